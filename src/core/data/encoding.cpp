#include "encoding.hpp"

#include <cstdint>
#include <cstring>
#include <optional>

namespace clv::data {

namespace detail {

using Byte = unsigned char;

// The length of the character starting at text[i] when complete and well-formed, 0 when
// malformed, -1 when cut off by the end of `text`.
int utf8_character_length(const Byte* text, std::size_t i, std::size_t n) {
    const Byte lead = text[i];
    int length;
    std::uint32_t code, min_code;
    if ((lead & 0xE0) == 0xC0) { length = 2; code = lead & 0x1Fu; min_code = 0x80; }
    else if ((lead & 0xF0) == 0xE0) { length = 3; code = lead & 0x0Fu; min_code = 0x800; }
    else if ((lead & 0xF8) == 0xF0) { length = 4; code = lead & 0x07u; min_code = 0x10000; }
    else return 0;
    for (int k = 1; k < length; ++k) {
        if (i + k >= n) return -1;
        if ((text[i + k] & 0xC0) != 0x80) return 0;
        code = (code << 6) | (text[i + k] & 0x3Fu);
    }
    if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return length;
}

// GBK's two-byte characters (lead 81..FE, trail 40..FE but 7F) and GB18030's four-byte ones;
// 0x80 alone is the euro sign in code page 936.
bool is_gbk(const Byte* text, std::size_t n, bool allow_cut_end) {
    std::size_t i = 0;
    while (i < n) {
        const Byte lead = text[i];
        if (lead <= 0x80) { ++i; continue; }
        if (lead == 0xFF) return false;
        if (i + 1 >= n) return allow_cut_end;
        const Byte second = text[i + 1];
        if (second >= 0x30 && second <= 0x39) {  // GB18030 four bytes: 81-FE 30-39 81-FE 30-39
            if (i + 3 >= n) return allow_cut_end;
            if (text[i + 2] < 0x81 || text[i + 2] == 0xFF || text[i + 3] < 0x30 || text[i + 3] > 0x39)
                return false;
            i += 4;
            continue;
        }
        if (second < 0x40 || second == 0x7F || second == 0xFF) return false;
        i += 2;
    }
    return true;
}

bool starts_with(std::string_view text, const char* prefix, std::size_t length) {
    return text.size() >= length && std::memcmp(text.data(), prefix, length) == 0;
}

// NUL in most odd (little-endian) or even (big-endian) positions: UTF-16 without a mark.
std::optional<Encoding> utf16_by_zeros(const Byte* text, std::size_t n) {
    std::size_t even_zeros = 0, odd_zeros = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (text[i] == 0) (i % 2 ? odd_zeros : even_zeros)++;
    const std::size_t pairs = n / 2;
    if (pairs == 0) return std::nullopt;
    if (odd_zeros * 10 >= pairs * 7 && even_zeros * 10 < pairs) return Encoding::utf16le;
    if (even_zeros * 10 >= pairs * 7 && odd_zeros * 10 < pairs) return Encoding::utf16be;
    return std::nullopt;
}

// Control bytes other than tab, line feed, vertical tab, form feed, carriage return and the
// old end-of-file mark 0x1A: a text file has none of them.
bool has_control_bytes(const Byte* text, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const Byte c = text[i];
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1A)
            return true;
        if (c == 0x7F) return true;
    }
    return false;
}

bool only_white_space(std::string_view text) {
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    return true;
}

}  // namespace detail

const char* encoding_name(Encoding encoding) {
    switch (encoding) {
        case Encoding::utf8: return "utf-8";
        case Encoding::utf8_bom: return "utf-8-bom";
        case Encoding::gbk: return "gbk";
        case Encoding::utf16le: return "utf-16le";
        case Encoding::utf16be: return "utf-16be";
        case Encoding::unknown: return "unknown";
    }
    return "unknown";
}

const char* content_name(Content content) {
    switch (content) {
        case Content::text: return "text";
        case Content::empty: return "empty";
        case Content::binary: return "binary";
        case Content::spreadsheet: return "spreadsheet";
    }
    return "text";
}

bool is_utf8(std::string_view text, bool allow_cut_end) {
    const auto* bytes = reinterpret_cast<const detail::Byte*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: most of a transaction log.
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, bytes + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) { i += 8; continue; }
        }
        if (bytes[i] < 0x80) { ++i; continue; }
        const int length = detail::utf8_character_length(bytes, i, n);
        if (length == -1) return allow_cut_end;
        if (length == 0) return false;
        i += std::size_t(length);
    }
    return true;
}

std::optional<Problem> unreadable_file(const EncodingReport& report) {
    if (report.content == Content::empty) return Problem{"file", "empty_file"};
    if (report.content == Content::binary) return Problem{"file", "binary_file"};
    if (report.content == Content::spreadsheet) return Problem{"file", "spreadsheet_file"};
    if (report.encoding == Encoding::unknown) return Problem{"file", "unknown_encoding"};
    if (report.encoding == Encoding::utf8 || report.encoding == Encoding::utf8_bom) return std::nullopt;
    Problem problem{"file", "needs_decoding"};
    problem.allowed = {encoding_name(report.encoding)};
    return problem;
}

EncodingReport detect_encoding(std::string_view head, bool complete) {
    if (head.size() > encoding_sample_bytes) {
        head = head.substr(0, encoding_sample_bytes);
        complete = false;
    }
    EncodingReport report;
    if (detail::starts_with(head, "PK\x03\x04", 4) || detail::starts_with(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        report.content = Content::spreadsheet;
        return report;
    }
    const auto* bytes = reinterpret_cast<const detail::Byte*>(head.data());
    if (detail::starts_with(head, "\xFF\xFE", 2) || detail::starts_with(head, "\xFE\xFF", 2)) {
        report.encoding = head[0] == '\xFF' ? Encoding::utf16le : Encoding::utf16be;
        report.bom_bytes = 2;
        report.content = head.size() == 2 ? Content::empty : Content::text;
        return report;
    }
    if (auto utf16 = detail::utf16_by_zeros(bytes, head.size())) {
        report.encoding = *utf16;
        return report;
    }
    if (detail::starts_with(head, "\xEF\xBB\xBF", 3)) {
        report.encoding = Encoding::utf8_bom;
        report.bom_bytes = 3;
    }
    const std::string_view text = head.substr(report.bom_bytes);
    if (detail::has_control_bytes(bytes + report.bom_bytes, text.size())) {
        report.content = Content::binary;
        return report;
    }
    if (complete && detail::only_white_space(text)) {
        report.content = Content::empty;
        return report;
    }
    if (!is_utf8(text, !complete)) {
        const bool gbk = report.bom_bytes == 0 &&
                         detail::is_gbk(bytes, text.size(), !complete);
        report.encoding = gbk ? Encoding::gbk : Encoding::unknown;
    }
    return report;
}

}  // namespace clv::data
