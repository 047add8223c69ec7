// The workbench family's calculations (adapters here, specs in workbench_specs.cpp), and the
// readers and encoders they share (a sensitivity or a scenario reads a unit_economics request).
#pragma once

#include <optional>

#include "../../core/workbench/segments.hpp"
#include "../../core/workbench/unit_economics.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_unit_economics(InputReader& inputs);
CalculationSpec unit_economics_spec();
CalculationOutput evaluate_segments(InputReader& inputs);
CalculationSpec segments_spec();
CalculationOutput evaluate_sensitivity(InputReader& inputs);
CalculationSpec sensitivity_spec();
CalculationOutput evaluate_break_even(InputReader& inputs);
CalculationSpec break_even_spec();
CalculationOutput evaluate_satisfaction_index(InputReader& inputs);
CalculationSpec satisfaction_index_spec();
CalculationOutput evaluate_loyalty_programme(InputReader& inputs);
CalculationSpec loyalty_programme_spec();
CalculationOutput evaluate_cost_structure_periods(InputReader& inputs);
CalculationSpec cost_structure_periods_spec();

// The purchase behaviour, retention, discounting and convention fields of `inputs`; with
// `rate_list` false one retention_rate is required and retention_rates is not read.
std::optional<workbench::CustomerValueInput> read_customer_behaviour(InputReader& inputs, bool rate_list);
// The customer_value results (margin, lifetime, horizon, the lead's numbers, conventions[]).
void add_customer_value_json(nlohmann::json& out, const workbench::CustomerValueResult& value);
// The unit_economics inputs of `inputs` (type problems through the reader); nullopt on one.
std::optional<workbench::UnitEconomicsInput> read_unit_economics_input(InputReader& inputs);
// A unit_economics result as the "result" object of its response (steps kept per convention).
nlohmann::json unit_economics_json(const workbench::UnitEconomicsResult& value);
// The segments inputs and result, as for unit_economics.
std::optional<workbench::SegmentsInput> read_segments_input(InputReader& inputs);
nlohmann::json segments_json(const workbench::SegmentsResult& value);
// A customer's purchase behaviour, retention, discounting, convention and period fields (the
// unit_economics fields after its spend and customer counts; value_composition's behaviour).
std::vector<FieldSpec> behaviour_fields();
// The unit_economics fields (for specs that embed a unit_economics request).
std::vector<FieldSpec> unit_economics_fields();

}  // namespace clv::api
