// UTF-8 well-formedness check, run before parsing so bad bytes get their own problem code, and
// lengths in characters (code points) of text that passed it.
#pragma once

#include <string>

namespace clv::api {

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool is_valid_utf8(const std::string& text);

// The number of characters (code points) in well-formed UTF-8 `text`.
std::size_t utf8_length(const std::string& text);

// The first `max_characters` characters of well-formed UTF-8 `text`, never part of one.
std::string utf8_prefix(const std::string& text, std::size_t max_characters);

}  // namespace clv::api
