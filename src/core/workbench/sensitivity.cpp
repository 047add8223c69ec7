#include "sensitivity.hpp"

#include <algorithm>
#include <cmath>

#include "../evaluation_count.hpp"
#include "explanation_parts.hpp"

namespace clv::workbench {

namespace {

// The lever moved by `factor`, kept within its limits (a count rounded to a whole number).
double moved(const Lever& lever, double factor) {
    double value = lever.value * factor;
    if (lever.whole) value = std::round(value);
    return std::clamp(value, lever.min, lever.max);
}

SensitivityBar bar_of(const LeverModel& model, std::size_t index, ModelOutcome outcome, double change) {
    const Lever& lever = model.levers()[index];
    SensitivityBar bar;
    bar.lever = lever.name;
    bar.unit = lever.unit;
    bar.base_value = lever.value;
    bar.low_value = moved(lever, 1 - change);
    bar.high_value = moved(lever, 1 + change);
    bar.outcome_low = model.outcome_at(index, bar.low_value, outcome);
    bar.outcome_high = model.outcome_at(index, bar.high_value, outcome);
    if (bar.outcome_low && bar.outcome_high) bar.swing = std::abs(*bar.outcome_high - *bar.outcome_low);
    return bar;
}

}  // namespace

Outcome<SensitivityResult> compute_sensitivity(const LeverModel& model, ModelOutcome outcome, double change) {
    detail::count_calculation();
    ProblemList problems;
    if (!std::isfinite(change) || change <= 0 || change >= 1) {
        Problem p{"change", std::isfinite(change) ? "out_of_range" : "not_finite", 0.0, 1.0, true, true};
        problems.add(std::move(p));
    }
    SensitivityResult out;
    out.outcome = outcome;
    out.change = change;
    out.base_outcome = model.base_outcome(outcome);
    if (!out.base_outcome) problems.add({"outcome", "outcome_missing"});
    if (!problems.empty()) return {std::nullopt, problems.take()};

    for (std::size_t i = 0; i < model.levers().size(); ++i) out.bars.push_back(bar_of(model, i, outcome, change));
    std::stable_sort(out.bars.begin(), out.bars.end(), [](const SensitivityBar& a, const SensitivityBar& b) {
        if (a.swing.has_value() != b.swing.has_value()) return a.swing.has_value();
        return a.swing && *a.swing > *b.swing;
    });
    for (const auto& bar : out.bars) {
        if (!bar.swing) {
            add_warning_once(out.warnings, {"outcome_missing", {{bar.lever, bar.base_value, bar.unit}}});
            continue;
        }
        out.explanation.record(bar.lever, "sensitivity.swing",
                               {{"low_value", bar.low_value, bar.unit}, {"high_value", bar.high_value, bar.unit},
                                {"outcome_low", *bar.outcome_low, outcome_unit(outcome)},
                                {"outcome_high", *bar.outcome_high, outcome_unit(outcome)}},
                               {"swing", *bar.swing, outcome_unit(outcome)});
    }
    return {out, {}};
}

}  // namespace clv::workbench
