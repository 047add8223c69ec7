// The customer-data family, in the order the page's customer-data tool uses them: a dropped
// file's preview, its per-customer summary, the summary as warehouse SQL, a summary brought
// as a file instead, a model fitted to the summary, each customer's predictions and the model held against the
// holdout.
#include "customer_data_family.hpp"

#include "model_calculations.hpp"
#include "transaction_calculations.hpp"

namespace clv::api {

const Family& customer_data_family() {
    static const Family family{"customer_data", {
        {"preview_transactions", evaluate_preview_transactions, preview_transactions_spec},
        {"summarise_transactions", evaluate_summarise_transactions, summarise_transactions_spec},
        {"summary_sql", evaluate_summary_sql, summary_sql_spec},
        {"read_summary", evaluate_read_summary, read_summary_spec},
        {"fit_model", evaluate_fit_model, fit_model_spec},
        {"predict", evaluate_predict, predict_spec},
        {"validate_model", evaluate_validate_model, validate_model_spec},
    }};
    return family;
}

}  // namespace clv::api
