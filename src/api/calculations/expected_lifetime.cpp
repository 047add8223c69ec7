// "expected_lifetime": a retention rate per period, or a list of them whose last repeats, and
// optionally a cap -> churn rate (one rate only) and expected lifetime in periods.
#include "../../core/retention.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_expected_lifetime(InputReader& inputs) {
    ExpectedLifetimeInput input;
    bool complete = true;
    input.retention_rate = inputs.optional_number("retention_rate", complete);
    input.retention_rates =
        inputs.optional_number_list("retention_rates", limits::max_periods, complete);
    input.max_periods = inputs.optional_number("max_periods", complete);
    auto period = read_period(inputs, "period", Period::year);
    if (!complete || !period) return {};
    input.period = *period;

    return encode_outcome(inputs, compute_expected_lifetime(input), [](const ExpectedLifetimeResult& value) {
        return nlohmann::json{{"churn_rate", optional_number(value.churn_rate)},
                              {"expected_lifetime_periods", optional_number(value.expected_lifetime_periods)},
                              {"max_periods", optional_whole_number(value.max_periods)},
                              {"period", period_name(value.period)}};
    });
}

}  // namespace clv::api
