// The transaction calculations of the customer_data family (adapters here, specs in
// transaction_specs.cpp): a file's preview, its per-customer summary, the summary as SQL, a
// summary brought as a file.
#pragma once

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

}  // namespace clv::api
