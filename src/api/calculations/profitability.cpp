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

CalculationSpec profitability_spec() {
    CalculationSpec spec;
    FieldSpec lifetime = number_field("lifetime_periods", "periods", 0, limits::max_lifespan);
    lifetime.min_exclusive = true;
    // lifetime_value is needed for profit and LTV:CAC, revenue_per_period for the payback: with
    // neither, lifetime_value is missing_field.
    spec.fields = {money_field("lifetime_value"), money_field("acquisition_cost").needed(),
                   money_field("retention_cost").defaults(0), money_field("revenue_per_period"),
                   share_field("gross_margin_rate"), lifetime, period_field()};
    spec.results = {number_result("profit", "money"), number_result("ltv_to_cac", "ratio"),
                    number_result("margin_per_period", "money"), number_result("payback_periods", "periods"),
                    period_result(), steps_result()};
    spec.warnings = {"never_pays_back", "payback_exceeds_lifetime", "zero_acquisition_cost",
                     "revenue_only", "unprofitable"};
    return spec;
}

}  // namespace clv::api
