// The transaction calculations of the customer_data family (adapters here, specs in
// transaction_specs.cpp): a file's preview, its per-customer summary, the summary as SQL, a
// summary brought as a file.
#pragma once

#include <cstdint>

#include "../../core/data/summary_file.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_preview_transactions(InputReader& inputs);
CalculationOutput evaluate_summarise_transactions(InputReader& inputs);
CalculationOutput evaluate_summary_sql(InputReader& inputs);
CalculationOutput evaluate_read_summary(InputReader& inputs);
CalculationSpec preview_transactions_spec();
CalculationSpec summarise_transactions_spec();
CalculationSpec summary_sql_spec();
CalculationSpec read_summary_spec();

// read_summary's result for a summary file read, its customers cut to the first `shown`
// (the streaming session's form), and its warnings (no_amounts, no_repeat_customers).
nlohmann::json summary_file_json(const data::SummaryFile& file, std::size_t shown = SIZE_MAX);
void add_summary_file_warnings(CalculationOutput& out, const data::SummaryFile& file);

}  // namespace clv::api
