// "profitability": lifetime value, acquisition and retention cost (and optionally revenue,
// margin, lifetime) -> profit per customer, LTV:CAC, margin per period, payback; without the
// lifetime value, the payback alone.
#include "../../core/profitability.hpp"
#include "../../core/slips.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_profitability(InputReader& inputs) {
    bool complete = true;
    // Without revenue there is no payback, so the lifetime value is all there is to work from.
    const bool has_revenue = inputs.has("revenue_per_period");
    auto lifetime_value = has_revenue ? inputs.optional_number("lifetime_value", complete)
                                      : inputs.number("lifetime_value");
    if (!has_revenue && !lifetime_value) complete = false;
    auto acquisition_cost = inputs.number("acquisition_cost");
    auto retention_cost = inputs.number_or("retention_cost", 0);
    auto revenue_per_period = inputs.optional_number("revenue_per_period", complete);
    auto gross_margin_rate = inputs.optional_number("gross_margin_rate", complete);
    auto lifetime_periods = inputs.optional_number("lifetime_periods", complete);
    auto period = read_period(inputs, "period", Period::year);
    if (!acquisition_cost || !retention_cost || !period || !complete) return {};

    ProfitabilityInput input;
    input.lifetime_value = lifetime_value;
    input.acquisition_cost = *acquisition_cost;
    input.retention_cost = *retention_cost;
    input.revenue_per_period = revenue_per_period;
    input.gross_margin_rate = gross_margin_rate;
    input.lifetime_periods = lifetime_periods;
    input.period = *period;

    return encode_outcome(
        inputs, input, compute_profitability(input),
        [](const ProfitabilityResult& value) {
            return nlohmann::json{{"profit", optional_number(value.profit)},
                                  {"ltv_to_cac", optional_number(value.ltv_to_cac)},
                                  {"margin_per_period", optional_number(value.margin_per_period)},
                                  {"payback_periods", optional_number(value.payback_periods)},
                                  {"period", period_name(value.period)}};
        },
        [](const ProfitabilityInput& in, const ProfitabilityResult& value, const std::string& result,
           const std::string&) { return profitability_slips(in, value, result); });
}

}  // namespace clv::api
