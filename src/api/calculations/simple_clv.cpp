// "simple_clv": average purchase x purchases per period x lifespan, optionally x margin rate.
#include "../../core/lifetime_value.hpp"
#include "../answer_check_json.hpp"
#include "../calculation.hpp"

namespace clv::api {

std::optional<SimpleClvInput> read_simple_clv_input(InputReader& inputs) {
    SimpleClvInput input;
    bool complete = true;
    auto average_purchase = inputs.number("average_purchase");
    auto purchases = inputs.number("purchases_per_period");
    auto lifespan = inputs.number("lifespan_periods");
    input.gross_margin_rate = inputs.optional_number("gross_margin_rate", complete);
    auto period = read_period(inputs, "period", Period::year);
    if (!average_purchase || !purchases || !lifespan || !period || !complete) return std::nullopt;
    input.average_purchase = *average_purchase;
    input.purchases_per_period = *purchases;
    input.lifespan_periods = *lifespan;
    input.period = *period;
    return input;
}

CalculationOutput evaluate_simple_clv(InputReader& inputs) {
    auto input = read_simple_clv_input(inputs);
    if (!input) return {};
    return encode_outcome(inputs, compute_simple_clv(*input), [](const SimpleClvResult& value) {
        return nlohmann::json{{"revenue_value", number_or_null(value.revenue_value)},
                              {"clv", number_or_null(value.clv)},
                              {"basis", basis_name(value.basis)},
                              {"period", period_name(value.period)}};
    });
}

}  // namespace clv::api
