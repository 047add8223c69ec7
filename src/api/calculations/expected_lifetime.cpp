// "expected_lifetime": a retention rate per period -> churn rate and expected lifetime.
#include "../../core/retention.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_expected_lifetime(InputReader& inputs) {
    auto retention_rate = inputs.number("retention_rate");
    auto period = read_period(inputs, "period", Period::year);
    if (!retention_rate || !period) return {};

    ExpectedLifetimeInput input;
    input.retention_rate = *retention_rate;
    input.period = *period;

    return encode_outcome(inputs, compute_expected_lifetime(input), [](const ExpectedLifetimeResult& value) {
        return nlohmann::json{{"churn_rate", number_or_null(value.churn_rate)},
                              {"expected_lifetime_periods", optional_number(value.expected_lifetime_periods)},
                              {"period", period_name(value.period)}};
    });
}

}  // namespace clv::api
