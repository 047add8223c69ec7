// The transaction calculations' results as JSON: columns of numbers (one list per field, not
// one object per customer), the bad-row report, cohorts, statistics, conventions.
#pragma once

#include <cstdint>
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
// "cohorts_left_out", "statistics", "conventions"}; the customers' (and holdout's) columns cut
// to the first `max_customers` (the page's streaming reader keeps the rest in wasm memory).
nlohmann::json summary_json(const data::TransactionLog& log, const data::TransactionSummary& summary,
                            std::size_t max_customers = SIZE_MAX);

}  // namespace clv::api
