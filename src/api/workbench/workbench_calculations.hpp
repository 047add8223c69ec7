// The workbench family's calculations (adapters here, specs in workbench_specs.cpp), and the
// readers and encoders they share (a sensitivity or a scenario reads a unit_economics request).
#pragma once

#include <optional>

#include "../../core/workbench/unit_economics.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_unit_economics(InputReader& inputs);
CalculationSpec unit_economics_spec();

// The unit_economics inputs of `inputs` (type problems through the reader); nullopt on one.
std::optional<workbench::UnitEconomicsInput> read_unit_economics_input(InputReader& inputs);
// A unit_economics result as the "result" object of its response (steps kept per convention).
nlohmann::json unit_economics_json(const workbench::UnitEconomicsResult& value);
// The unit_economics fields (for specs that embed a unit_economics request).
std::vector<FieldSpec> unit_economics_fields();

}  // namespace clv::api
