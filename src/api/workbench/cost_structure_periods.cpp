// "cost_structure_periods": the five cost families this period (and optionally the previous
// one), new and retained customers -> the calculator's cost structure, cost per new / retained /
// all customers, each family's growth and the fastest-growing family.
#include "../../core/workbench/cost_periods.hpp"
#include "../cost_items_json.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

namespace {

nlohmann::json structure_json(const CostStructureResult& value) {
    nlohmann::json families = nlohmann::json::array();
    for (const auto& family : value.families)
        families.push_back({{"family", family.family},
                            {"total", number_or_null(family.total)},
                            {"share", number_or_null(family.share)},
                            {"cost_per_customer", number_or_null(family.cost_per_customer)}});
    return {{"total", number_or_null(value.total)},
            {"cost_per_customer", number_or_null(value.cost_per_customer)},
            {"families", families}};
}

nlohmann::json result_json(const workbench::CostPeriodsResult& value) {
    nlohmann::json growth = nlohmann::json::array();
    for (const auto& family : value.growth)
        growth.push_back({{"family", family.family},
                          {"previous_total", number_or_null(family.previous_total)},
                          {"change", number_or_null(family.change)},
                          {"growth", optional_number(family.growth)}});
    nlohmann::json out = structure_json(value.current);
    out["customers"] = number_or_null(value.customers);
    out["cost_per_new_customer"] = number_or_null(value.cost_per_new_customer);
    out["cost_per_retained_customer"] = number_or_null(value.cost_per_retained_customer);
    out["previous"] = value.previous ? structure_json(*value.previous) : nlohmann::json(nullptr);
    out["growth"] = std::move(growth);
    out["total_growth"] = optional_number(value.total_growth);
    out["fastest_growing"] = value.fastest_growing ? nlohmann::json(*value.fastest_growing) : nlohmann::json(nullptr);
    return out;
}

}  // namespace

CalculationOutput evaluate_cost_structure_periods(InputReader& inputs) {
    workbench::CostPeriodsInput input;
    auto families = read_cost_families(inputs, "families");
    const bool has_previous = inputs.has("previous_families");
    auto previous = has_previous ? read_cost_families(inputs, "previous_families") : std::nullopt;
    auto new_customers = inputs.number("new_customers");
    auto retained = inputs.number("customers_retained");
    if (!families || (has_previous && !previous) || !new_customers || !retained) return {};
    input.families = std::move(*families);
    input.previous_families = std::move(previous);
    input.new_customers = *new_customers;
    input.customers_retained = *retained;
    return encode_outcome(inputs, workbench::compute_cost_periods(input), result_json);
}

}  // namespace clv::api
