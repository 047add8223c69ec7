// "cost_structure": cost items grouped in families, and customers served -> total, cost per
// customer, and each family's and item's part of it.
#include "../../core/cost_structure.hpp"
#include "../calculation.hpp"
#include "../cost_items_json.hpp"

namespace clv::api {

namespace {

nlohmann::json family_json(const FamilyBreakdown& family) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : family.items)
        items.push_back({{"item", item.item},
                         {"amount", number_or_null(item.amount)},
                         {"share_of_family", number_or_null(item.share_of_family)},
                         {"share_of_total", number_or_null(item.share_of_total)}});
    return {{"family", family.family},
            {"total", number_or_null(family.total)},
            {"share", number_or_null(family.share)},
            {"cost_per_customer", number_or_null(family.cost_per_customer)},
            {"items", items}};
}

}  // namespace

CalculationOutput evaluate_cost_structure(InputReader& inputs) {
    CostStructureInput input;
    auto given = read_cost_families(inputs, "families");
    auto customers = inputs.number("customers");
    if (!given || !customers) return {};
    input.families = std::move(*given);
    input.customers = *customers;

    return encode_outcome(inputs, compute_cost_structure(input), [](const CostStructureResult& value) {
        nlohmann::json families = nlohmann::json::array();
        for (const auto& family : value.families) families.push_back(family_json(family));
        return nlohmann::json{{"total", number_or_null(value.total)},
                              {"cost_per_customer", number_or_null(value.cost_per_customer)},
                              {"families", families}};
    });
}

}  // namespace clv::api
