// Quoting names and the date arithmetic of each SQL dialect (src/core/data/sql_dialect.hpp).
#include <catch2/catch.hpp>

#include "core/data/sql_dialect.hpp"

using namespace clv::data;

TEST_CASE("names are quoted so no name can break out of the query", "[data][sql]") {
    CHECK(sql_quote_name("my \"table\"", SqlDialect::postgresql, false) == "\"my \"\"table\"\"\"");
    CHECK(sql_quote_name("sales.orders", SqlDialect::duckdb, true) == "\"sales\".\"orders\"");
    CHECK(sql_quote_name("a`b", SqlDialect::spark, false) == "`a``b`");
    CHECK(sql_quote_name("project.dataset.orders", SqlDialect::bigquery, true) == "`project.dataset.orders`");
    CHECK(sql_quote_name("客户", SqlDialect::duckdb, false) == "\"客户\"");
    CHECK_FALSE(is_valid_sql_name(".t", SqlDialect::duckdb));
    CHECK_FALSE(is_valid_sql_name("t\x7F", SqlDialect::duckdb));
    CHECK_FALSE(is_valid_sql_name("\xff", SqlDialect::duckdb));
    CHECK(is_valid_sql_name("a`b", SqlDialect::spark));
    CHECK_FALSE(is_valid_sql_name("a`b", SqlDialect::bigquery));
}

TEST_CASE("date expressions per dialect", "[data][sql]") {
    CHECK(sql_date_literal(day_number({1997, 9, 30}), SqlDialect::postgresql) == "DATE '1997-09-30'");
    CHECK(sql_date_literal(0, SqlDialect::sqlite) == "date('1970-01-01')");
    CHECK(sql_day_number("d", SqlDialect::postgresql) == "(d - DATE '1970-01-01')");
    CHECK(sql_month_number("d", SqlDialect::duckdb) == "(EXTRACT(YEAR FROM d) * 12 + EXTRACT(MONTH FROM d) - 1)");
    CHECK(sql_week_number("n", SqlDialect::duckdb) == "CAST(FLOOR((n + 3) / 7.0) AS BIGINT)");
    CHECK(sql_as_double("x", SqlDialect::bigquery) == "CAST(x AS FLOAT64)");
}

TEST_CASE("dialect names round-trip", "[data][sql]") {
    for (SqlDialect dialect : all_sql_dialects()) CHECK(sql_dialect_from_name(sql_dialect_name(dialect)) == dialect);
    CHECK_FALSE(sql_dialect_from_name("mysql"));
}
