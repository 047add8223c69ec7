#include "utf8.hpp"

namespace clv::api {

bool is_valid_utf8(const std::string& text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0, n = text.size();
    while (i < n) {
        unsigned char lead = bytes[i];
        std::size_t length;
        unsigned min_code;
        unsigned code;
        if (lead < 0x80) { ++i; continue; }
        if ((lead & 0xE0) == 0xC0) { length = 2; code = lead & 0x1F; min_code = 0x80; }
        else if ((lead & 0xF0) == 0xE0) { length = 3; code = lead & 0x0F; min_code = 0x800; }
        else if ((lead & 0xF8) == 0xF0) { length = 4; code = lead & 0x07; min_code = 0x10000; }
        else return false;
        if (i + length > n) return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) return false;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        i += length;
    }
    return true;
}

namespace {
// A byte that continues a character rather than starting one (10xxxxxx).
bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }
}  // namespace

std::size_t utf8_length(const std::string& text) {
    std::size_t characters = 0;
    for (char byte : text)
        if (!is_continuation(byte)) ++characters;
    return characters;
}

std::string utf8_prefix(const std::string& text, std::size_t max_characters) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!is_continuation(text[i]) && characters++ == max_characters) return text.substr(0, i);
    return text;
}

}  // namespace clv::api
