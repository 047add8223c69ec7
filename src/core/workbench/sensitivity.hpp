// What moves an outcome most: each lever of a model (levers.hpp) moved down and up by the same
// fraction, the outcome at both ends, ranked by the size of the swing (a tornado chart's bars);
// and the value of one lever at which an outcome reaches a target (a break-even).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "levers.hpp"

namespace clv::workbench {

struct SensitivityBar {
    std::string lever;
    Unit unit = Unit::money;
    double base_value = 0;
    double low_value = 0, high_value = 0;       // base x (1 -/+ change), kept within the lever's
                                                // limits (counts rounded to whole numbers)
    std::optional<double> outcome_low, outcome_high;  // nullopt where the model gives none
    std::optional<double> swing;                // |outcome_high - outcome_low|
};

struct SensitivityResult {
    ModelOutcome outcome = ModelOutcome::profit;
    double change = 0.1;
    std::optional<double> base_outcome;
    std::vector<SensitivityBar> bars;  // largest swing first; bars without a swing last
    Explanation explanation;
    std::vector<Warning> warnings;     // outcome_missing (a bar's end gives no outcome)
};

// Each lever at base x (1 - change) and base x (1 + change), 0 < change < 1. Problems:
// change outside (0, 1); outcome_missing when the base gives no such outcome.
Outcome<SensitivityResult> compute_sensitivity(const LeverModel& model, ModelOutcome outcome, double change);

struct BreakEvenResult {
    std::string lever;
    Unit unit = Unit::money;
    ModelOutcome outcome = ModelOutcome::profit;
    double target = 0;
    double base_value = 0;
    std::optional<double> base_outcome;
    double value = 0;           // the lever's value found
    double outcome_value = 0;   // the outcome there (target within 1e-9 relative)
    double bracket_low = 0, bracket_high = 0;  // the lever's values around the crossing
    int iterations = 0;
    Explanation explanation;    // the search, then the model's steps at the value found
    std::vector<Warning> warnings;
};

// The lever's value in [min, max] where the outcome equals `target`: 65 points over the
// lever's range (and its base value) bracket the crossing nearest the base value, then
// bisection narrows it to the last representable number. Problems: "input" not_allowed (counts
// are not solved for; `allowed` lists the levers), "target" target_out_of_reach (min/max: the
// lowest and highest outcome seen over the range).
Outcome<BreakEvenResult> compute_break_even(const LeverModel& model, const std::string& lever, ModelOutcome outcome,
                                            double target);

}  // namespace clv::workbench
