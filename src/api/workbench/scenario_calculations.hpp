// The workbench's calculations added after the first seven (adapters in their own files, specs
// in scenario_specs.cpp and value_specs.cpp): scenarios, value_composition, win_back.
#pragma once

#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_scenarios(InputReader& inputs);
CalculationSpec scenarios_spec();
// What a scenarios base may be: unit_economics (default) or segments.
const std::vector<std::string>& scenario_base_names();
CalculationOutput evaluate_value_composition(InputReader& inputs);
CalculationSpec value_composition_spec();
CalculationOutput evaluate_win_back(InputReader& inputs);
CalculationSpec win_back_spec();

}  // namespace clv::api
