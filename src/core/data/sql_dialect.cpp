#include "sql_dialect.hpp"

#include "encoding.hpp"

namespace clv::data {

namespace detail {

std::string quote_part(std::string_view part, SqlDialect dialect) {
    const char quote = dialect == SqlDialect::spark || dialect == SqlDialect::bigquery ? '`' : '"';
    std::string out(1, quote);
    for (char c : part) {
        out.push_back(c);
        if (c == quote) out.push_back(quote);  // BigQuery names never hold one (is_valid_sql_name)
    }
    out.push_back(quote);
    return out;
}

}  // namespace detail

const char* sql_dialect_name(SqlDialect dialect) {
    switch (dialect) {
        case SqlDialect::duckdb: return "duckdb";
        case SqlDialect::postgresql: return "postgresql";
        case SqlDialect::spark: return "spark";
        case SqlDialect::bigquery: return "bigquery";
        case SqlDialect::sqlite: return "sqlite";
    }
    return "duckdb";
}

std::optional<SqlDialect> sql_dialect_from_name(std::string_view name) {
    for (SqlDialect dialect : all_sql_dialects())
        if (name == sql_dialect_name(dialect)) return dialect;
    return std::nullopt;
}

const std::vector<SqlDialect>& all_sql_dialects() {
    static const std::vector<SqlDialect> dialects = {SqlDialect::duckdb, SqlDialect::postgresql, SqlDialect::spark,
                                                     SqlDialect::bigquery, SqlDialect::sqlite};
    return dialects;
}

bool is_valid_sql_name(std::string_view name, SqlDialect dialect) {
    if (name.empty() || name.size() > max_sql_name_bytes || !is_utf8(name)) return false;
    for (char c : name) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
        if (dialect == SqlDialect::bigquery && (c == '`' || c == '\\')) return false;
    }
    return name.front() != '.' && name.back() != '.';
}

std::string sql_quote_name(std::string_view name, SqlDialect dialect, bool dotted) {
    if (!dotted || dialect == SqlDialect::bigquery) return detail::quote_part(name, dialect);
    std::string out;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = name.find('.', start);
        out += detail::quote_part(name.substr(start, dot - start), dialect);
        if (dot == std::string_view::npos) return out;
        out += '.';
        start = dot + 1;
    }
}

std::string sql_date_literal(DayNumber day, SqlDialect dialect) {
    if (dialect == SqlDialect::sqlite) return "date('" + iso_date(day) + "')";
    return "DATE '" + iso_date(day) + "'";
}

std::string sql_as_date(const std::string& value, SqlDialect dialect) {
    if (dialect == SqlDialect::sqlite) return "date(" + value + ")";
    return "CAST(" + value + " AS DATE)";
}

std::string sql_day_number(const std::string& date, SqlDialect dialect) {
    const std::string epoch = sql_date_literal(0, dialect);
    switch (dialect) {
        case SqlDialect::duckdb: return "date_diff('day', " + epoch + ", " + date + ")";
        case SqlDialect::postgresql: return "(" + date + " - " + epoch + ")";
        case SqlDialect::spark: return "datediff(" + date + ", " + epoch + ")";
        case SqlDialect::bigquery: return "DATE_DIFF(" + date + ", " + epoch + ", DAY)";
        case SqlDialect::sqlite: return "CAST(julianday(" + date + ") - 2440587.5 AS INTEGER)";
    }
    return date;
}

std::string sql_month_number(const std::string& date, SqlDialect dialect) {
    if (dialect == SqlDialect::sqlite)
        return "(CAST(strftime('%Y', " + date + ") AS INTEGER) * 12 + CAST(strftime('%m', " + date + ") AS INTEGER) - 1)";
    return "(EXTRACT(YEAR FROM " + date + ") * 12 + EXTRACT(MONTH FROM " + date + ") - 1)";
}

std::string sql_week_number(const std::string& day_number, SqlDialect dialect) {
    // SQLite's floor() needs its math extension: its integer division, shifted by 10000 weeks
    // to stay positive (for any day after 1778), floors as well.
    if (dialect == SqlDialect::sqlite) return "((" + day_number + " + 70003) / 7 - 10000)";
    return sql_as_integer("FLOOR((" + day_number + " + 3) / 7.0)", dialect);
}

std::string sql_as_double(const std::string& value, SqlDialect dialect) {
    switch (dialect) {
        case SqlDialect::postgresql: return "CAST(" + value + " AS DOUBLE PRECISION)";
        case SqlDialect::bigquery: return "CAST(" + value + " AS FLOAT64)";
        case SqlDialect::sqlite: return "CAST(" + value + " AS REAL)";
        default: return "CAST(" + value + " AS DOUBLE)";
    }
}

std::string sql_as_integer(const std::string& value, SqlDialect dialect) {
    switch (dialect) {
        case SqlDialect::bigquery: return "CAST(" + value + " AS INT64)";
        case SqlDialect::sqlite: return "CAST(" + value + " AS INTEGER)";
        default: return "CAST(" + value + " AS BIGINT)";
    }
}

}  // namespace clv::data
