// The transaction calculations' results as JSON: columns of numbers (one list per field, not
// one object per customer), the bad-row report, cohorts, statistics, conventions.
#pragma once

#include <nlohmann/json.hpp>

#include "../../core/data/column_guess.hpp"
#include "../../core/data/summary.hpp"
#include "../../core/data/transaction_log.hpp"

namespace clv::api {

// {"customer": i, "date": j, "amount": k|null, "quantity": l|null}, 0-based columns.
nlohmann::json columns_json(const data::ColumnRoles& roles);
// {"total", "by_reason": {code: count}, "first": [{line, reason, column, text}]}
nlohmann::json bad_rows_json(const data::BadRowReport& report);
// {"customers": {id, frequency, recency, T, monetary_value, total_spend}, "holdout", "cohorts",
// "cohorts_left_out", "statistics", "conventions"}
nlohmann::json summary_json(const data::TransactionLog& log, const data::TransactionSummary& summary);

}  // namespace clv::api
