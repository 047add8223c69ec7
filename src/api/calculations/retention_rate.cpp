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

CalculationSpec retention_rate_spec() {
    CalculationSpec spec;
    spec.fields = {count_field("customers_at_start", 1).needed(), count_field("new_customers", 0).needed(),
                   count_field("customers_at_end", 0).needed(), period_field()};
    spec.results = {number_result("customers_retained", "count"), number_result("retention_rate", "rate"),
                    number_result("churn_rate", "rate"), number_result("expected_lifetime_periods", "periods"),
                    period_result(), steps_result()};
    spec.warnings = {"zero_churn_infinite_lifetime"};
    return spec;
}

}  // namespace clv::api
