// "retention_cost": retention spend (items or a total) and customers retained -> spend, cost
// per customer kept, each item's share.
#include "../../core/retention.hpp"
#include "../calculation.hpp"
#include "../cost_items_json.hpp"

namespace clv::api {

CalculationOutput evaluate_retention_cost(InputReader& inputs) {
    RetentionCostInput input;
    // An item given as 0 still counts: with a total as well, the two conflict.
    for (const auto& name : cost_family_items("retention"))
        if (inputs.has(name)) input.items_given = true;
    auto items = read_cost_items(inputs, "retention");
    bool complete = true;
    input.retention_spend = inputs.optional_number("retention_spend", complete);
    auto customers_retained = inputs.number("customers_retained");
    if (!items || !complete || !customers_retained) return {};
    input.items = std::move(*items);
    input.customers_retained = *customers_retained;

    return encode_outcome(inputs, compute_retention_cost(input), [](const RetentionCostResult& value) {
        return nlohmann::json{{"retention_spend", number_or_null(value.retention_spend)},
                              {"retention_cost_per_customer", number_or_null(value.retention_cost_per_customer)},
                              {"shares", shares_json(value.shares)}};
    });
}

}  // namespace clv::api
