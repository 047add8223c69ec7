// The SQL that computes the per-customer summary inside a warehouse, from the same options as
// summarise_transactions, so an analyst gets the numbers the page would give without exporting
// the transactions: customer_id, frequency, recency, T, monetary_value, total_spend, and with
// a calibration end frequency_holdout, monetary_value_holdout, duration_holdout.
#pragma once

#include <optional>
#include <string>

#include "../problems.hpp"
#include "sql_dialect.hpp"
#include "summary_options.hpp"

namespace clv::data {

// Where the transactions are: a table (schema.table allowed) and its columns. The date column
// may be a DATE or a TIMESTAMP (its date is used); the amount column is optional.
struct SqlSource {
    std::string table = "transactions";
    std::string customer_column = "customer_id";
    std::string date_column = "date";
    std::optional<std::string> amount_column = std::string("amount");
};

// The query for `dialect`. Rows with a NULL customer, date or amount are left out (the reader
// reports such rows as bad rows). Without an observation end, the latest date in the table is
// used. Problems: bad_name on table / columns.* (see is_valid_sql_name), and the summary's own
// calibration_end not_before_observation_end.
Outcome<std::string> summary_sql(SqlDialect dialect, const SqlSource& source, const SummaryOptions& options);

}  // namespace clv::data
