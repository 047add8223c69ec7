// "win_back": lapsed customers, an offer's cost, the win-back rate and a regained customer's
// value -> the expected net value per customer and in total, and the break-even win-back rate.
#include "../../core/workbench/win_back.hpp"
#include "scenario_calculations.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

CalculationOutput evaluate_win_back(InputReader& inputs) {
    auto lapsed = inputs.number("lapsed_customers");
    auto cost = inputs.number("offer_cost_per_customer");
    auto rate = inputs.number("win_back_rate");
    auto value = inputs.number("regained_customer_value");
    if (!lapsed || !cost || !rate || !value) return {};
    return encode_outcome(inputs, workbench::compute_win_back({*lapsed, *cost, *rate, *value}),
                          [](const workbench::WinBackResult& result) {
                              return nlohmann::json{
                                  {"expected_value_per_customer", number_or_null(result.expected_value_per_customer)},
                                  {"net_value_per_customer", number_or_null(result.net_value_per_customer)},
                                  {"regained_customers", number_or_null(result.regained_customers)},
                                  {"total_offer_cost", number_or_null(result.total_offer_cost)},
                                  {"total_net_value", number_or_null(result.total_net_value)},
                                  {"roi", optional_number(result.roi)},
                                  {"cost_per_regained_customer", optional_number(result.cost_per_regained_customer)},
                                  {"break_even_win_back_rate", optional_number(result.break_even_win_back_rate)}};
                          });
}

}  // namespace clv::api
