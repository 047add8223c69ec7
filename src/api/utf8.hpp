// UTF-8 well-formedness check, run before parsing so bad bytes get their own problem code.
#pragma once

#include <string>

namespace clv::api {

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool is_valid_utf8(const std::string& text);

}  // namespace clv::api
