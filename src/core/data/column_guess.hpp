// Guesses from the first records of a file: the delimiter, whether the first record names the
// columns, which column is which, the date format and the decimal separator. Each guess is
// only a proposal the page shows; the user's mapping decides.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates.hpp"
#include "fields.hpp"
#include "numbers.hpp"

namespace clv::data {

// The delimiter that splits nearly every record (90%) into the same number (≥ 2) of fields:
// the one that does so most consistently, then with the most fields, then tab, semicolon,
// comma, pipe; runs of white space only when none of those fits. nullopt: one column.
std::optional<Delimiter> guess_delimiter(const std::vector<std::string_view>& records);

using Rows = std::vector<std::vector<std::string>>;

// True when the first row names the columns: none of its fields is a number or a date, and two
// of them are header words (see guess_roles) or some column below holds numbers or dates in at
// least half of its rows.
bool guess_header(const Rows& rows);

struct ColumnRoles {
    std::optional<std::size_t> customer, date, amount, quantity;
};

// Roles from the header names (English and Chinese words such as "customer", "客户", "date",
// "日期", "amount", "金额", "qty", "数量"), else from the contents: the date column reads as
// dates (half of its values or more), the amount column as numbers (60%) with decimals, the
// quantity (without a header) as small
// whole numbers, the customer column is the most repeated of those left.
ColumnRoles guess_roles(const std::vector<std::string>& header, const Rows& data_rows);

struct DateFormatGuess {
    std::optional<DateFormat> format;   // the best; nullopt when no value is a date
    std::vector<DateFormat> candidates;  // every format that reads as many values as the best
    bool ambiguous = false;             // both d/m/y and m/d/y read every value: ask the user
    bool mixed = false;                 // no one format reads every value, but several together do
};

DateFormatGuess guess_date_format(const std::vector<std::string_view>& values);

struct DecimalGuess {
    DecimalSeparator separator = DecimalSeparator::point;
    bool ambiguous = false;  // both read every value but differently ("1,234"): ask the user
};

// The separator that reads more of `values`; on a tie the one usual with `delimiter` (a comma
// with semicolon-separated files, a point otherwise), ambiguous when the readings differ.
DecimalGuess guess_decimal_separator(const std::vector<std::string_view>& values, Delimiter delimiter);

}  // namespace clv::data
