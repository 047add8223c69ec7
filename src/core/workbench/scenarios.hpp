// Scenarios: one client's model (the base: a unit_economics or a segments input) and up to four
// named variants of it, each a whole input of the same kind (the API builds it from the base and
// the variant's overrides). Every model is evaluated as its calculation evaluates it alone; each
// variant's key outcomes are given beside the base's with their absolute and relative change.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "segments.hpp"
#include "unit_economics.hpp"

namespace clv::workbench {

constexpr std::size_t max_scenario_variants = 4;

struct ScenarioVariant {
    std::string name;           // non-empty, distinct
    UnitEconomicsInput input;   // the base with the variant's overrides
};

struct ScenariosInput {
    UnitEconomicsInput base;
    std::vector<ScenarioVariant> variants;  // 1..max_scenario_variants
};

struct SegmentScenarioVariant {
    std::string name;
    SegmentsInput input;
};

struct SegmentScenariosInput {
    SegmentsInput base;
    std::vector<SegmentScenarioVariant> variants;
};

// The key outcomes, in the order every scenario gives them.
const std::vector<std::string>& scenario_outcome_names();
// cac, retention_cost_per_customer, clv, profit, ltv_to_cac, payback_period, customers,
// total_clv, total_profit (the lead convention's values; for segments the customer-weighted
// averages of CAC, retention cost, clv and profit, total clv / total acquisition cost, no payback).

// One key outcome of one model, with its change against the base's.
struct ScenarioFigure {
    std::string outcome;
    Unit unit = Unit::money;
    std::optional<double> value;            // nullopt when the model gives none (a diverging CLV)
    std::optional<double> change;           // value - base value; nullopt when either is missing
    std::optional<double> relative_change;  // change / |base value|; nullopt when that is 0
};

struct ScenarioResult {
    std::string name;
    std::vector<ScenarioFigure> figures;  // scenario_outcome_names()'s order
    RetentionConvention convention = RetentionConvention::end_retained;
    Period period = Period::year;
    Explanation explanation;              // the model's own steps
    std::vector<Warning> warnings;        // the model's own warnings
};

struct ScenariosResult {
    ScenarioResult base;                   // its figures' changes are 0
    std::vector<ScenarioResult> variants;  // in the request's order
    Explanation explanation;               // each variant's changes (the models keep their steps)
    std::vector<Warning> warnings;         // every model's warnings, each code once
};

// The figures of one unit_economics or segments result, without changes.
std::vector<ScenarioFigure> scenario_figures(const UnitEconomicsResult& model);
std::vector<ScenarioFigure> scenario_figures(const SegmentsInput& input, const SegmentsResult& model);

// Problems: the base's fields under "base.", a variant's under "variants[i]." (its name too:
// missing_field when empty, duplicate_name); "variants" wrong_length outside 1..4.
Outcome<ScenariosResult> compute_scenarios(const ScenariosInput& input);
Outcome<ScenariosResult> compute_segment_scenarios(const SegmentScenariosInput& input);

}  // namespace clv::workbench
