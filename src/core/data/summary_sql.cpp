#include "summary_sql.hpp"

#include <cmath>
#include <cstdio>

namespace clv::data {

namespace detail {

std::string number_literal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", value);
    std::string out = text;
    if (out.find_first_of(".e") == std::string::npos) out += ".0";
    return out;
}

// The pieces of the query that depend on the options, written once for the dialect.
struct QueryParts {
    SqlDialect dialect;
    SummaryOptions options;
    std::string observation_end;  // a date expression
    std::string calibration_end;  // empty without a split

    std::string quote(const std::string& name, bool dotted = false) const { return sql_quote_name(name, dialect, dotted); }

    // The integer that grows by one per day, or per calendar week / month when so grouped.
    std::string key(const std::string& date) const {
        const std::string day = sql_day_number(date, dialect);
        if (options.grouping == PurchaseGrouping::day || options.time_unit == TimeUnit::day) return day;
        if (options.time_unit == TimeUnit::week) return sql_week_number(day, dialect);
        return sql_as_integer(sql_month_number(date, dialect), dialect);
    }
    std::string scale() const {
        return number_literal(options.grouping == PurchaseGrouping::day ? days_per_unit(options.time_unit) : 1.0);
    }
    std::string units(const std::string& key_difference) const {
        return sql_as_double(key_difference, dialect) + " / " + scale();
    }
};

std::string header_comment(const QueryParts& q) {
    const auto& o = q.options;
    std::string text = "-- clvcalc customer summary (" + std::string(sql_dialect_name(q.dialect)) + "): time unit " +
                       time_unit_name(o.time_unit);
    if (o.grouping == PurchaseGrouping::day) text += " of " + number_literal(days_per_unit(o.time_unit)) + " days, purchases merged per day";
    else text += ", purchases merged per calendar " + std::string(time_unit_name(o.time_unit));
    text += ", returns (negative amounts): " + std::string(returns_policy_name(o.returns)) + ".\n";
    text += "-- frequency = repeat purchases; recency = first to last purchase; T = first purchase to the ";
    text += o.calibration_end ? "calibration end;\n" : "observation end;\n";
    text += "-- monetary_value = mean spend of the repeat purchases (the first excluded), 0 without any.\n";
    return text;
}

std::string rows_and_purchases(const QueryParts& q, const SqlSource& source) {
    const SqlDialect d = q.dialect;
    const std::string customer = q.quote(source.customer_column), date = q.quote(source.date_column);
    const std::string amount = source.amount_column ? q.quote(*source.amount_column) : "";
    std::string sql = "WITH rows_in AS (\n  SELECT " + customer + " AS customer_id, " + sql_as_date(date, d) +
                      " AS purchase_day, " + (amount.empty() ? sql_as_double("0", d) : sql_as_double(amount, d)) +
                      " AS amount\n  FROM " + q.quote(source.table, true) + "\n  WHERE " + customer +
                      " IS NOT NULL AND " + date + " IS NOT NULL" + (amount.empty() ? "" : " AND " + amount + " IS NOT NULL") + "\n),\n";
    sql += "keyed AS (\n  SELECT customer_id, " + q.key("purchase_day") + " AS period_key, amount, ";
    sql += q.calibration_end.empty() ? "0" : "CASE WHEN purchase_day > " + q.calibration_end + " THEN 1 ELSE 0 END";
    sql += " AS in_holdout\n  FROM rows_in\n  WHERE purchase_day <= " + q.observation_end;
    if (q.options.returns == ReturnsPolicy::drop) sql += " AND amount >= 0";
    sql += "\n),\npurchases AS (\n  SELECT customer_id, period_key, in_holdout, SUM(amount) AS spend\n  FROM keyed\n"
           "  GROUP BY customer_id, period_key, in_holdout\n";
    // A day (or period) of returns only is no purchase: its returns have nothing to net against.
    if (q.options.returns == ReturnsPolicy::subtract) sql += "  HAVING SUM(CASE WHEN amount >= 0 THEN 1 ELSE 0 END) > 0\n";
    return sql + "),\n";
}

std::string calibration_and_holdout(const QueryParts& q) {
    std::string sql =
        "numbered AS (\n  SELECT customer_id, period_key, spend,\n"
        "         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY period_key) AS purchase_number\n"
        "  FROM purchases\n  WHERE in_holdout = 0\n),\n"
        "calibration AS (\n  SELECT customer_id, COUNT(*) - 1 AS frequency, MIN(period_key) AS first_key,\n"
        "         MAX(period_key) AS last_key, SUM(spend) AS total_spend,\n"
        "         SUM(CASE WHEN purchase_number > 1 THEN spend ELSE 0 END) AS repeat_spend\n"
        "  FROM numbered\n  GROUP BY customer_id\n)";
    if (!q.calibration_end.empty())
        sql += ",\nholdout AS (\n  SELECT customer_id, COUNT(*) AS purchases, SUM(spend) AS spend\n"
               "  FROM purchases\n  WHERE in_holdout = 1\n  GROUP BY customer_id\n)";
    return sql + "\n";
}

std::string final_select(const QueryParts& q) {
    const SqlDialect d = q.dialect;
    const bool split = !q.calibration_end.empty();
    const std::string end_key = q.key(split ? q.calibration_end : q.observation_end);
    std::string sql = "SELECT c.customer_id,\n       " + sql_as_double("c.frequency", d) + " AS frequency,\n       " +
                      q.units("c.last_key - c.first_key") + " AS recency,\n       " +
                      q.units(end_key + " - c.first_key") + " AS " + q.quote("T") + ",\n       " +
                      "CASE WHEN c.frequency > 0 THEN " + sql_as_double("c.repeat_spend", d) +
                      " / c.frequency ELSE 0 END AS monetary_value,\n       " +
                      sql_as_double("c.total_spend", d) + " AS total_spend";
    if (split) {
        sql += ",\n       " + sql_as_double("COALESCE(h.purchases, 0)", d) + " AS frequency_holdout,\n       " +
               "CASE WHEN h.purchases > 0 THEN " + sql_as_double("h.spend", d) +
               " / h.purchases ELSE 0 END AS monetary_value_holdout,\n       " +
               q.units(q.key(q.observation_end) + " - " + end_key) + " AS duration_holdout";
    }
    sql += "\nFROM calibration c";
    if (split) sql += "\nLEFT JOIN holdout h ON h.customer_id = c.customer_id";
    return sql + "\nORDER BY c.customer_id;\n";
}

}  // namespace detail

Outcome<std::string> summary_sql(SqlDialect dialect, const SqlSource& source, const SummaryOptions& options) {
    Outcome<std::string> outcome;
    const auto check = [&](const char* field, const std::string& name) {
        if (!is_valid_sql_name(name, dialect)) outcome.problems.push_back({field, "bad_name"});
    };
    check("table", source.table);
    check("columns.customer", source.customer_column);
    check("columns.date", source.date_column);
    if (source.amount_column) check("columns.amount", *source.amount_column);
    if (options.calibration_end && options.observation_end && *options.calibration_end >= *options.observation_end)
        outcome.problems.push_back({"calibration_end", "not_before_observation_end"});
    if (!outcome.problems.empty()) return outcome;

    detail::QueryParts q{dialect, options, "", ""};
    q.observation_end = options.observation_end ? sql_date_literal(*options.observation_end, dialect)
                                                : "(SELECT MAX(purchase_day) FROM rows_in)";
    if (options.calibration_end) q.calibration_end = sql_date_literal(*options.calibration_end, dialect);
    outcome.value = detail::header_comment(q) + detail::rows_and_purchases(q, source) +
                    detail::calibration_and_holdout(q) + detail::final_select(q);
    return outcome;
}

}  // namespace clv::data
