// "cost_structure": cost items grouped in families, and customers served -> total, cost per
// customer, and each family's and item's part of it.
#include "../../core/cost_structure.hpp"
#include "../calculation.hpp"
#include "../cost_items_json.hpp"

namespace clv::api {

namespace {

// Reads inputs.families: every family of the catalogue (absent families and items are 0), and
// an unknown family or item as unknown_field. False when a type problem was found.
bool read_families(InputReader& inputs, std::vector<CostFamily>& families) {
    auto reader = inputs.object("families");
    if (!reader) return false;
    bool complete = true;
    for (const auto& catalogue : cost_families()) {
        CostFamily family{catalogue.family, {}};
        if (!reader->has(catalogue.family)) {
            for (const auto& name : catalogue.items) family.items.push_back({name, 0});
        } else if (auto items_reader = reader->object(catalogue.family)) {
            auto items = read_cost_items(*items_reader, catalogue.family);
            items_reader->reject_unknown_fields();
            if (items) family.items = std::move(*items);
            else complete = false;
        } else {
            complete = false;
        }
        families.push_back(std::move(family));
    }
    reader->reject_unknown_fields();
    return complete;
}

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
    const bool complete = read_families(inputs, input.families);
    auto customers = inputs.number("customers");
    if (!complete || !customers) return {};
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
