// "profitability": lifetime value, acquisition and retention cost (and optionally revenue,
// margin, lifetime) -> profit per customer, LTV:CAC, margin per period, payback.
#include "../../core/profitability.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_profitability(InputReader& inputs) {
    auto lifetime_value = inputs.number("lifetime_value");
    auto acquisition_cost = inputs.number("acquisition_cost");
    auto retention_cost = inputs.number_or("retention_cost", 0);
    bool complete = true;
    auto revenue_per_period = inputs.optional_number("revenue_per_period", complete);
    auto gross_margin_rate = inputs.optional_number("gross_margin_rate", complete);
    auto lifetime_periods = inputs.optional_number("lifetime_periods", complete);
    auto period = read_period(inputs, "period", Period::year);
    if (!lifetime_value || !acquisition_cost || !retention_cost || !period || !complete) return {};

    ProfitabilityInput input;
    input.lifetime_value = *lifetime_value;
    input.acquisition_cost = *acquisition_cost;
    input.retention_cost = *retention_cost;
    input.revenue_per_period = revenue_per_period;
    input.gross_margin_rate = gross_margin_rate;
    input.lifetime_periods = lifetime_periods;
    input.period = *period;

    return encode_outcome(inputs, compute_profitability(input), [](const ProfitabilityResult& value) {
        return nlohmann::json{{"profit", number_or_null(value.profit)},
                              {"ltv_to_cac", optional_number(value.ltv_to_cac)},
                              {"margin_per_period", optional_number(value.margin_per_period)},
                              {"payback_periods", optional_number(value.payback_periods)},
                              {"period", period_name(value.period)}};
    });
}

}  // namespace clv::api
