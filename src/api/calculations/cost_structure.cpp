// "cost_structure": cost items grouped in families, and customers served -> total, cost per
// customer, and each family's and item's part of it.
#include "../../core/cost_structure.hpp"
#include "../calculation.hpp"
#include "../encode.hpp"

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
        const bool given = reader->has(catalogue.family);
        std::optional<InputReader> items =
            given ? reader->object(catalogue.family) : std::optional<InputReader>();
        if (given && !items) complete = false;
        for (const auto& name : catalogue.items) {
            auto amount = items ? items->number_or(name, 0) : std::optional<double>(0.0);
            if (amount) family.items.push_back({name, *amount});
            else complete = false;
        }
        if (items) items->reject_unknown_fields();
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
    CalculationOutput out;
    CostStructureInput input;
    const bool complete = read_families(inputs, input.families);
    auto customers = inputs.number("customers");
    if (!complete || !customers) return out;
    input.customers = *customers;

    auto outcome = compute_cost_structure(input);
    if (!outcome.ok()) {
        add_core_problems(out, inputs, outcome.problems);
        return out;
    }
    const auto& value = *outcome.value;
    nlohmann::json families = nlohmann::json::array();
    for (const auto& family : value.families) families.push_back(family_json(family));
    out.result = {{"total", number_or_null(value.total)},
                  {"cost_per_customer", number_or_null(value.cost_per_customer)},
                  {"families", families}};
    out.steps = to_json(value.explanation);
    out.warnings = to_json(value.warnings);
    return out;
}

}  // namespace clv::api
