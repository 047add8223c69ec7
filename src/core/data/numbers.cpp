#include "numbers.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace clv::data {

namespace detail {

constexpr std::string_view currency_signs[] = {"$", "\xC2\xA5", "\xEF\xBF\xA5", "\xE2\x82\xAC",
                                                "\xC2\xA3", "\xE5\x85\x83"};  // $ ¥ ￥ € £ 元
constexpr std::string_view unicode_minus = "\xE2\x88\x92";
constexpr std::string_view wide_spaces[] = {"\xC2\xA0", "\xE2\x80\xAF"};  // U+00A0, U+202F

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}
bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

void trim(std::string_view& text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
}

bool strip_currency_front(std::string_view& text) {
    for (auto sign : currency_signs)
        if (starts_with(text, sign)) { text.remove_prefix(sign.size()); trim(text); return true; }
    return false;
}
bool strip_currency_back(std::string_view& text) {
    for (auto sign : currency_signs)
        if (ends_with(text, sign)) { text.remove_suffix(sign.size()); trim(text); return true; }
    return false;
}
bool strip_sign_front(std::string_view& text, bool& negative) {
    if (starts_with(text, unicode_minus)) { text.remove_prefix(unicode_minus.size()); negative = true; }
    else if (starts_with(text, "-")) { text.remove_prefix(1); negative = true; }
    else if (starts_with(text, "+")) { text.remove_prefix(1); }
    else return false;
    trim(text);
    return true;
}

// Strips everything around the digits: parentheses, one sign, one currency sign (either side).
// False when more than one sign is written.
bool strip_decorations(std::string_view& text, bool& negative) {
    trim(text);
    int signs = 0;
    if (text.size() >= 2 && text.front() == '(' && text.back() == ')') {
        text = text.substr(1, text.size() - 2);
        trim(text);
        negative = true;
        ++signs;
    }
    if (strip_sign_front(text, negative)) ++signs;
    bool currency = strip_currency_front(text);
    if (!currency) currency = strip_currency_back(text);
    if (currency && strip_sign_front(text, negative)) ++signs;  // "$-12.50"
    if (ends_with(text, "-")) {                                  // "12.50-", as some ledgers write it
        text.remove_suffix(1);
        trim(text);
        negative = true;
        ++signs;
    }
    if (!currency) strip_currency_back(text);                    // "-12.50 €"
    return signs <= 1;
}

// The length of a thousands separator at the start of `text` (0 when there is none there).
std::size_t group_separator_at(std::string_view text, char decimal) {
    if (text.empty()) return 0;
    const char c = text.front();
    if ((c == ',' || c == '.') && c != decimal) return 1;
    if (c == ' ' || c == '\'') return 1;
    for (auto space : wide_spaces)
        if (starts_with(text, space)) return space.size();
    return 0;
}

// Digits seen so far: the first 19 significant ones exactly; `inexact` once any is beyond.
struct Digits {
    std::uint64_t mantissa = 0;
    int significant = 0;
    int fraction = 0;  // digits after the decimal separator held in mantissa
    bool inexact = false;
    void add(char digit, bool in_fraction) {
        if (significant == 0 && digit == '0') {
            if (in_fraction) ++fraction;
            return;
        }
        if (significant == 19) {
            inexact = true;
            return;
        }
        mantissa = mantissa * 10 + std::uint64_t(digit - '0');
        ++significant;
        if (in_fraction) ++fraction;
    }
};

// Reads [digits with groups][decimal digits] into `digits`; pos ends at the exponent or the end.
bool read_digits_and_groups(std::string_view text, std::size_t& pos, char decimal, Digits& digits,
                            int& fraction_digits) {
    int group_length = 0, groups = 0, integer_digits = 0;
    std::string_view separator;
    while (pos < text.size()) {
        const char c = text[pos];
        if (c >= '0' && c <= '9') {
            digits.add(c, false);
            ++group_length;
            ++integer_digits;
            ++pos;
            continue;
        }
        const std::size_t length = group_separator_at(text.substr(pos), decimal);
        if (length == 0) break;
        const std::string_view this_separator = text.substr(pos, length);
        if (integer_digits == 0 || (groups == 0 && group_length > 3) || (groups > 0 && group_length != 3))
            return false;
        if (groups > 0 && this_separator != separator) return false;
        separator = this_separator;
        ++groups;
        group_length = 0;
        pos += length;
    }
    if (groups > 0 && group_length != 3) return false;
    if (pos < text.size() && text[pos] == decimal) {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            digits.add(text[pos], true);
            ++fraction_digits;
            ++pos;
        }
    }
    return integer_digits + fraction_digits > 0;
}

bool read_exponent(std::string_view text, std::size_t& pos, int& exponent) {
    if (pos >= text.size() || (text[pos] != 'e' && text[pos] != 'E')) return true;
    ++pos;
    bool negative = false;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) negative = text[pos++] == '-';
    int value = 0, count = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        if (value < 100000) value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    exponent = negative ? -value : value;
    return count > 0;
}

constexpr double exact_powers_of_ten[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                          1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                          1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// One exact integer times or divided by one exact power of ten rounds once: correctly rounded.
std::optional<double> fast_value(const Digits& digits, int exponent) {
    if (digits.inexact || digits.mantissa > (std::uint64_t(1) << 53)) return std::nullopt;
    const int power = exponent - digits.fraction;
    const double mantissa = double(digits.mantissa);
    if (power >= 0 && power <= 22) return mantissa * exact_powers_of_ten[power];
    if (power < 0 && power >= -22) return mantissa / exact_powers_of_ten[-power];
    return std::nullopt;
}

// strtod on `number` (already validated) with its group separators left out and its decimal
// separator written as '.' (C locale: the core never sets one).
double slow_value(std::string_view number, char decimal) {
    std::string text;
    for (std::size_t i = 0; i < number.size(); ++i) {
        const char c = number[i];
        if (c >= '0' && c <= '9') text.push_back(c);
        else if (c == decimal) text.push_back('.');
        else if (c == 'e' || c == 'E') { text.append(number.substr(i)); break; }
    }
    return std::strtod(text.c_str(), nullptr);
}

// The common case, "-1234.56" without spaces, signs, groups or exponent, in one pass: nullopt
// when `text` is anything else (the full reading below then decides). Up to 15 digits the
// integer is exact, so one division by an exact power of ten rounds correctly.
std::optional<double> plain_amount(std::string_view text, char decimal) {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) ++i;
    std::uint64_t mantissa = 0;
    int digits = 0, fraction = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) mantissa = mantissa * 10 + std::uint64_t(text[i] - '0');
    if (i < text.size() && text[i] == decimal) {
        for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits, ++fraction)
            mantissa = mantissa * 10 + std::uint64_t(text[i] - '0');
    }
    if (i != text.size() || digits == 0 || digits > 15) return std::nullopt;
    const double value = double(mantissa) / exact_powers_of_ten[fraction];
    return negative ? -value : value;
}

}  // namespace detail

const char* decimal_separator_name(DecimalSeparator separator) {
    return separator == DecimalSeparator::comma ? "comma" : "point";
}

std::optional<DecimalSeparator> decimal_separator_from_name(std::string_view name) {
    if (name == "point") return DecimalSeparator::point;
    if (name == "comma") return DecimalSeparator::comma;
    return std::nullopt;
}

std::optional<double> parse_amount(std::string_view text, DecimalSeparator separator) {
    if (auto plain = detail::plain_amount(text, separator == DecimalSeparator::comma ? ',' : '.')) return plain;
    bool negative = false;
    if (!detail::strip_decorations(text, negative)) return std::nullopt;
    const char decimal = separator == DecimalSeparator::comma ? ',' : '.';
    detail::Digits digits;
    std::size_t pos = 0;
    int fraction_digits = 0, exponent = 0;
    if (!detail::read_digits_and_groups(text, pos, decimal, digits, fraction_digits)) return std::nullopt;
    if (!detail::read_exponent(text, pos, exponent) || pos != text.size()) return std::nullopt;
    auto value = detail::fast_value(digits, exponent);
    const double magnitude = value ? *value : detail::slow_value(text, decimal);
    if (!std::isfinite(magnitude)) return std::nullopt;
    return negative ? -magnitude : magnitude;
}

}  // namespace clv::data
