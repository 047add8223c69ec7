// Amounts as spreadsheets and shops write them: decimal point or comma, thousands separators,
// currency signs, accounting negatives.
#pragma once

#include <optional>
#include <string_view>

namespace clv::data {

// Which character separates the decimals; the other of '.' and ',' may group thousands.
enum class DecimalSeparator { point, comma };

const char* decimal_separator_name(DecimalSeparator separator);
std::optional<DecimalSeparator> decimal_separator_from_name(std::string_view name);

// The number `text` writes, or nullopt when it is not a finite number. Accepted around the
// digits: spaces, a sign (+, -, U+2212), an accounting negative "(12.50)", one currency sign
// before or after ($ ¥ ￥ € £ 元), an exponent (1.5E3). Thousands are grouped by exactly three
// digits with the separator that is not the decimal one, a space, U+00A0, U+202F or an
// apostrophe ("1,234,567.89", "1.234,5", "1 234,5", "1'234.5"); "1,5" is therefore no number
// with a decimal point. Up to 19 significant digits the result is the correctly rounded double.
std::optional<double> parse_amount(std::string_view text, DecimalSeparator separator);

}  // namespace clv::data
