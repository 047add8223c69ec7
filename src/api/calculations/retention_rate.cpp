// "retention_rate": customers at the start and end of a period and new customers won in it ->
// customers retained, retention and churn rates, expected lifetime.
#include "../../core/retention.hpp"
#include "../calculation.hpp"
#include "../encode.hpp"

namespace clv::api {

CalculationOutput evaluate_retention_rate(InputReader& inputs) {
    CalculationOutput out;
    auto customers_at_start = inputs.number("customers_at_start");
    auto new_customers = inputs.number("new_customers");
    auto customers_at_end = inputs.number("customers_at_end");
    auto period = inputs.choice("period", period_names(), "year");
    if (!customers_at_start || !new_customers || !customers_at_end || !period) return out;

    RetentionRateInput input;
    input.customers_at_start = *customers_at_start;
    input.new_customers = *new_customers;
    input.customers_at_end = *customers_at_end;
    input.period = period_from_name(*period).value_or(Period::year);

    auto outcome = compute_retention_rate(input);
    if (!outcome.ok()) {
        add_core_problems(out, inputs, outcome.problems);
        return out;
    }
    const auto& value = *outcome.value;
    out.result = {{"customers_retained", number_or_null(value.customers_retained)},
                  {"retention_rate", number_or_null(value.retention_rate)},
                  {"churn_rate", number_or_null(value.churn_rate)},
                  {"expected_lifetime_periods", optional_number(value.expected_lifetime_periods)},
                  {"period", period_name(value.period)}};
    out.steps = to_json(value.explanation);
    out.warnings = to_json(value.warnings);
    return out;
}

}  // namespace clv::api
