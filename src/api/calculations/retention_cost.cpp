// "retention_cost": retention spend (items or a total) and customers retained -> spend, cost
// per customer kept, each item's share.
#include "../../core/retention.hpp"
#include "../calculation.hpp"
#include "../encode.hpp"

namespace clv::api {

CalculationOutput evaluate_retention_cost(InputReader& inputs) {
    CalculationOutput out;
    RetentionCostInput input;
    bool complete = true;
    for (const auto& name : cost_family_items("retention")) {
        if (inputs.has(name)) input.items_given = true;
        auto amount = inputs.number_or(name, 0);
        if (amount) input.items.push_back({name, *amount});
        else complete = false;
    }
    if (inputs.has("retention_spend")) {
        input.retention_spend = inputs.maybe_number("retention_spend");
        if (!input.retention_spend) complete = false;
    }
    auto customers_retained = inputs.number("customers_retained");
    if (!complete || !customers_retained) return out;
    input.customers_retained = *customers_retained;

    auto outcome = compute_retention_cost(input);
    if (!outcome.ok()) {
        add_core_problems(out, inputs, outcome.problems);
        return out;
    }
    const auto& value = *outcome.value;
    nlohmann::json shares = nlohmann::json::object();
    for (const auto& share : value.shares) shares[share.name] = number_or_null(share.share);
    out.result = {{"retention_spend", number_or_null(value.retention_spend)},
                  {"retention_cost_per_customer",
                   number_or_null(value.retention_cost_per_customer)},
                  {"shares", shares}};
    out.steps = to_json(value.explanation);
    out.warnings = to_json(value.warnings);
    return out;
}

}  // namespace clv::api
