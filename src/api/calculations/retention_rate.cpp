// "retention_rate": customers at the start and end of a period and new customers won in it ->
// customers retained, retention and churn rates, expected lifetime.
#include "../../core/retention.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_retention_rate(InputReader& inputs) {
    auto customers_at_start = inputs.number("customers_at_start");
    auto new_customers = inputs.number("new_customers");
    auto customers_at_end = inputs.number("customers_at_end");
    auto period = read_period(inputs, "period", Period::year);
    if (!customers_at_start || !new_customers || !customers_at_end || !period) return {};

    RetentionRateInput input;
    input.customers_at_start = *customers_at_start;
    input.new_customers = *new_customers;
    input.customers_at_end = *customers_at_end;
    input.period = *period;

    return encode_outcome(inputs, compute_retention_rate(input), [](const RetentionRateResult& value) {
        return nlohmann::json{{"customers_retained", number_or_null(value.customers_retained)},
                              {"retention_rate", number_or_null(value.retention_rate)},
                              {"churn_rate", number_or_null(value.churn_rate)},
                              {"expected_lifetime_periods", optional_number(value.expected_lifetime_periods)},
                              {"period", period_name(value.period)}};
    });
}

}  // namespace clv::api
