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

CalculationSpec profitability_spec() {
    CalculationSpec spec;
    FieldSpec lifetime = number_field("lifetime_periods", "periods", 0, limits::max_lifespan);
    lifetime.min_exclusive = true;
    spec.fields = {money_field("lifetime_value").needed(), money_field("acquisition_cost").needed(),
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
