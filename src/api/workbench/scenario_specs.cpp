// What scenarios takes and gives (spec.hpp): static data only.
#include "../../core/workbench/scenarios.hpp"
#include "scenario_calculations.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

namespace {

ResultSpec scenario_result(const char* name, bool list) {
    std::vector<ResultSpec> row = {choice_result("name", nullptr), choice_result("convention", &convention_names()),
                                   number_result("cac", "money"), number_result("retention_cost_per_customer", "money"),
                                   number_result("clv", "money"), number_result("profit", "money"),
                                   number_result("ltv_to_cac", "ratio"), number_result("payback_period", "periods"),
                                   number_result("customers", "count"), number_result("total_clv", "money"),
                                   number_result("total_profit", "money"), map_result("changes", "number"),
                                   map_result("relative_changes", "share"), steps_result()};
    if (list) return list_result(name, std::move(row));
    return ResultSpec{name, "object", "", nullptr, std::move(row)};
}

}  // namespace

CalculationSpec scenarios_spec() {
    FieldSpec name{"name", "text"};
    name.required = true;
    CalculationSpec spec;
    // The base's fields are described for a unit_economics base (segments's are in its own spec).
    spec.fields = {choice_field("base_calculation", scenario_base_names()).defaults("unit_economics"),
                   object_field("base", unit_economics_fields()).needed(),
                   list_field("variants", object_field("", {name}), workbench::max_scenario_variants).needed()};
    spec.results = {list_result("outcomes", {choice_result("", &workbench::scenario_outcome_names())}),
                    scenario_result("base", false), scenario_result("scenarios", true), period_result(),
                    steps_result()};
    spec.warnings = unit_economics_spec().warnings;
    for (const char* code : {"loss_making_segments", "no_total_profit"}) spec.warnings.push_back(code);
    return spec;
}

}  // namespace clv::api
