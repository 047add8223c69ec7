// What differs between the warehouses the summary SQL is written for: quoting names, date
// literals, day and month numbers, floating-point types.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates.hpp"

namespace clv::data {

enum class SqlDialect { duckdb, postgresql, spark, bigquery, sqlite };

const char* sql_dialect_name(SqlDialect dialect);
std::optional<SqlDialect> sql_dialect_from_name(std::string_view name);
const std::vector<SqlDialect>& all_sql_dialects();

// Longest table or column name accepted, in bytes.
constexpr std::size_t max_sql_name_bytes = 128;

// True when `name` can be quoted safely in `dialect`: 1..max_sql_name_bytes bytes of UTF-8
// without control characters (nor, for BigQuery, a backtick or backslash).
bool is_valid_sql_name(std::string_view name, SqlDialect dialect);

// `name` quoted as an identifier: "name" ("" inside) for DuckDB, PostgreSQL and SQLite,
// `name` (`` inside) for Spark, `name` for BigQuery. With `dotted`, each '.'-separated part
// is quoted apart (schema.table), except in BigQuery, which quotes the whole path.
std::string sql_quote_name(std::string_view name, SqlDialect dialect, bool dotted);

// A date literal: DATE '1997-09-30' (SQLite: date('1997-09-30')).
std::string sql_date_literal(DayNumber day, SqlDialect dialect);
// `value` (any date or timestamp) as a date.
std::string sql_as_date(const std::string& value, SqlDialect dialect);
// Whole days from 1970-01-01 to the date `date` (an integer expression).
std::string sql_day_number(const std::string& date, SqlDialect dialect);
// year * 12 + month - 1 of the date `date`.
std::string sql_month_number(const std::string& date, SqlDialect dialect);
// The Monday-to-Sunday week number floor((day_number + 3) / 7) of a day-number expression
// (1970-01-01 was a Thursday, so weeks start on Mondays; as week_start in dates.hpp).
std::string sql_week_number(const std::string& day_number, SqlDialect dialect);
// `value` as the dialect's double-precision type.
std::string sql_as_double(const std::string& value, SqlDialect dialect);
// `value` (a floor()ed number) as the dialect's 64-bit integer type.
std::string sql_as_integer(const std::string& value, SqlDialect dialect);

}  // namespace clv::data
