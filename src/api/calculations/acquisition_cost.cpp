// "acquisition_cost": cost items and new customers -> total spend, CAC, each item's share.
#include "../../core/acquisition.hpp"
#include "../calculation.hpp"
#include "../cost_items_json.hpp"

namespace clv::api {

CalculationOutput evaluate_acquisition_cost(InputReader& inputs) {
    auto items = read_cost_items(inputs, "acquisition");
    auto new_customers = inputs.number("new_customers");
    if (!items || !new_customers) return {};

    AcquisitionCostInput input;
    input.items = std::move(*items);
    input.new_customers = *new_customers;

    return encode_outcome(inputs, compute_acquisition_cost(input), [](const AcquisitionCostResult& value) {
        return nlohmann::json{{"acquisition_spend", number_or_null(value.acquisition_spend)},
                              {"cac", number_or_null(value.cac)},
                              {"shares", shares_json(value.shares)}};
    });
}

}  // namespace clv::api
