// "acquisition_cost": cost items and new customers -> total spend, CAC, each item's share.
#include "../../core/acquisition.hpp"
#include "../calculation.hpp"
#include "../encode.hpp"

namespace clv::api {

const std::vector<std::string> acquisition_item_names = {
    "advertising", "marketing_events", "sales_team", "sales_tools", "other"};

CalculationOutput evaluate_acquisition_cost(InputReader& inputs) {
    CalculationOutput out;
    AcquisitionCostInput input;
    bool complete = true;
    for (const auto& name : acquisition_item_names) {
        auto amount = inputs.number_or(name, 0);
        if (amount) input.items.push_back({name, *amount});
        else complete = false;
    }
    auto new_customers = inputs.number("new_customers");
    if (!complete || !new_customers) return out;
    input.new_customers = *new_customers;

    auto outcome = compute_acquisition_cost(input);
    if (!outcome.ok()) {
        add_core_problems(out, inputs, outcome.problems);
        return out;
    }
    const auto& value = *outcome.value;
    nlohmann::json shares = nlohmann::json::object();
    for (const auto& share : value.shares) shares[share.name] = number_or_null(share.share);
    out.result = {{"acquisition_spend", number_or_null(value.acquisition_spend)},
                  {"cac", number_or_null(value.cac)},
                  {"shares", shares}};
    out.steps = to_json(value.explanation);
    out.warnings = to_json(value.warnings);
    return out;
}

}  // namespace clv::api
