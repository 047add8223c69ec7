// compute_break_even (sensitivity.hpp): bracket the crossing on a grid, then bisect.
#include <algorithm>
#include <cmath>

#include "../evaluation_count.hpp"
#include "explanation_parts.hpp"
#include "sensitivity.hpp"

namespace clv::workbench {

namespace {

constexpr int grid_points = 65;

struct Sample {
    double value = 0;
    double gap = 0;  // outcome - target
};

std::vector<Sample> samples(const LeverModel& model, std::size_t index, ModelOutcome outcome, double target,
                            double& lowest, double& highest) {
    const Lever& lever = model.levers()[index];
    std::vector<double> values{lever.value};
    for (int i = 0; i < grid_points; ++i)
        values.push_back(lever.min + (lever.max - lever.min) * i / (grid_points - 1));
    std::sort(values.begin(), values.end());
    std::vector<Sample> out;
    lowest = HUGE_VAL, highest = -HUGE_VAL;
    for (double value : values) {
        const auto result = model.outcome_at(index, value, outcome);
        if (!result) continue;
        lowest = std::min(lowest, *result);
        highest = std::max(highest, *result);
        out.push_back({value, *result - target});
    }
    return out;
}

// The neighbouring samples whose gaps change sign (or touch 0) nearest the base value.
std::optional<std::pair<Sample, Sample>> bracket(const std::vector<Sample>& grid, double base) {
    std::optional<std::pair<Sample, Sample>> best;
    double best_distance = HUGE_VAL;
    for (std::size_t i = 0; i + 1 < grid.size(); ++i) {
        const Sample& a = grid[i];
        const Sample& b = grid[i + 1];
        if ((a.gap > 0 && b.gap > 0) || (a.gap < 0 && b.gap < 0)) continue;
        const double distance = std::min(std::abs(a.value - base), std::abs(b.value - base));
        if (distance < best_distance) best = std::make_pair(a, b), best_distance = distance;
    }
    return best;
}

Problem out_of_reach(double lowest, double highest) {
    Problem p{"target", "target_out_of_reach"};
    if (lowest <= highest) p.min = lowest, p.max = highest;
    return p;
}

void record_search(BreakEvenResult& out, const Sample& low, const Sample& high) {
    const Unit unit = outcome_unit(out.outcome);
    out.explanation.record("bracket", "break_even.bracket",
                           {{"bracket_low", low.value, out.unit}, {"outcome_low", low.gap + out.target, unit},
                            {"bracket_high", high.value, out.unit}, {"outcome_high", high.gap + out.target, unit},
                            {"target", out.target, unit}},
                           {"bracket_width", high.value - low.value, out.unit});
    out.explanation.record("value", "break_even.bisection",
                           {{"iterations", double(out.iterations), Unit::count}, {"target", out.target, unit},
                            {"outcome_value", out.outcome_value, unit}},
                           {out.lever, out.value, out.unit});
}

}  // namespace

Outcome<BreakEvenResult> compute_break_even(const LeverModel& model, const std::string& lever, ModelOutcome outcome,
                                            double target) {
    detail::count_calculation();
    const auto& levers = model.levers();
    std::size_t index = levers.size();
    Problem unknown{"input", "not_allowed"};
    for (std::size_t i = 0; i < levers.size(); ++i) {
        if (levers[i].whole) continue;
        unknown.allowed.push_back(levers[i].name);
        if (levers[i].name == lever) index = i;
    }
    if (index == levers.size()) return {std::nullopt, {unknown}};
    ProblemList target_problems;
    if (!target_problems.require_range("target", target, -clv::limits::max_money, clv::limits::max_money))
        return {std::nullopt, target_problems.take()};

    double lowest = 0, highest = 0;
    const auto grid = samples(model, index, outcome, target, lowest, highest);
    const auto found = bracket(grid, levers[index].value);
    if (!found) return {std::nullopt, {out_of_reach(lowest, highest)}};

    BreakEvenResult out;
    out.lever = lever;
    out.unit = levers[index].unit;
    out.outcome = outcome;
    out.target = target;
    out.base_value = levers[index].value;
    out.base_outcome = model.base_outcome(outcome);
    Sample low = found->first, high = found->second;
    out.bracket_low = low.value;
    out.bracket_high = high.value;
    // Bisection: keeps a sign change (or an exact 0) between low and high.
    while (low.gap != 0 && high.gap != 0 && out.iterations < 200) {
        const double middle = low.value + (high.value - low.value) / 2;
        if (middle <= low.value || middle >= high.value) break;  // no number left between
        const auto result = model.outcome_at(index, middle, outcome);
        ++out.iterations;
        if (!result) break;
        const Sample sample{middle, *result - target};
        if ((sample.gap < 0) == (low.gap < 0) && sample.gap != 0) low = sample;
        else high = sample;
    }
    const Sample& best = std::abs(low.gap) <= std::abs(high.gap) ? low : high;
    out.value = best.value;
    out.outcome_value = model.outcome_at(index, best.value, outcome).value_or(best.gap + target);
    record_search(out, found->first, found->second);
    append_steps(out.explanation, model.explanation_at(index, out.value));
    return {out, {}};
}

}  // namespace clv::workbench
