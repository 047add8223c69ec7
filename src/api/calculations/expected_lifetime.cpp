// "expected_lifetime": a retention rate per period -> churn rate and expected lifetime.
#include "../../core/retention.hpp"
#include "../calculation.hpp"
#include "../encode.hpp"

namespace clv::api {

CalculationOutput evaluate_expected_lifetime(InputReader& inputs) {
    CalculationOutput out;
    auto retention_rate = inputs.number("retention_rate");
    auto period = inputs.choice("period", period_names(), "year");
    if (!retention_rate || !period) return out;

    ExpectedLifetimeInput input;
    input.retention_rate = *retention_rate;
    input.period = period_from_name(*period).value_or(Period::year);

    auto outcome = compute_expected_lifetime(input);
    if (!outcome.ok()) {
        add_core_problems(out, inputs, outcome.problems);
        return out;
    }
    const auto& value = *outcome.value;
    out.result = {{"churn_rate", number_or_null(value.churn_rate)},
                  {"expected_lifetime_periods", optional_number(value.expected_lifetime_periods)},
                  {"period", period_name(value.period)}};
    out.steps = to_json(value.explanation);
    out.warnings = to_json(value.warnings);
    return out;
}

}  // namespace clv::api
