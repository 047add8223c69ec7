// "convert_rate": a discount or retention rate from one period (month/year) to the other.
#include "../../core/discounting.hpp"
#include "../answer_check_json.hpp"
#include "../calculation.hpp"

namespace clv::api {

std::optional<RateConversionInput> read_rate_conversion_input(InputReader& inputs) {
    auto kind = inputs.required_choice("rate_kind", rate_kind_names());
    auto rate = inputs.number("rate");
    auto from = inputs.required_choice("from_period", period_names());
    auto to = inputs.required_choice("to_period", period_names());
    if (!kind || !rate || !from || !to) return std::nullopt;
    RateConversionInput input;
    input.rate_kind = *rate_kind_from_name(*kind);
    input.rate = *rate;
    input.from_period = *period_from_name(*from);
    input.to_period = *period_from_name(*to);
    return input;
}

CalculationOutput evaluate_convert_rate(InputReader& inputs) {
    auto input = read_rate_conversion_input(inputs);
    if (!input) return {};
    return encode_outcome(inputs, compute_rate_conversion(*input), [](const RateConversionResult& value) {
        return nlohmann::json{{"converted_rate", number_or_null(value.converted_rate)},
                              {"rate_kind", rate_kind_name(value.rate_kind)},
                              {"from_period", period_name(value.from_period)},
                              {"to_period", period_name(value.to_period)}};
    });
}

}  // namespace clv::api
