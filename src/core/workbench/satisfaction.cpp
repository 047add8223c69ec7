#include "satisfaction.hpp"

#include <cmath>
#include <set>

#include "../evaluation_count.hpp"

namespace clv::workbench {

const std::vector<std::string>& satisfaction_level_names() {
    static const std::vector<std::string> names = {"very_dissatisfied", "dissatisfied", "somewhat_dissatisfied",
                                                   "neutral", "somewhat_satisfied", "satisfied", "very_satisfied"};
    return names;
}

double satisfaction_level_score(std::size_t level) { return 100.0 * double(level) / double(satisfaction_levels - 1); }

namespace {

void check_indicator(ProblemList& problems, const IndicatorInput& indicator, const std::string& prefix) {
    if (indicator.name.empty()) problems.add({prefix + "name", "missing_field"});
    problems.require_range(prefix + "weight", indicator.weight, 0, 1e6);
    if (indicator.counts.size() != satisfaction_levels) {
        problems.add({prefix + "counts", "wrong_length", double(satisfaction_levels), double(satisfaction_levels)});
        return;
    }
    double answers = 0;
    for (std::size_t k = 0; k < satisfaction_levels; ++k) {
        const std::string field = prefix + "counts[" + std::to_string(k) + "]";
        if (problems.require_whole(field, indicator.counts[k], 0, clv::limits::max_count)) answers += indicator.counts[k];
    }
    if (problems.empty() && answers == 0) problems.add({prefix + "counts", "no_answers"});
}

std::vector<Problem> validate(const std::vector<IndicatorInput>& indicators) {
    ProblemList problems;
    if (indicators.empty() || indicators.size() > max_indicators)
        problems.add({"indicators", "wrong_length", 1.0, double(max_indicators)});
    std::set<std::string> names;
    double weights = 0;
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        const std::string prefix = "indicators[" + std::to_string(i) + "].";
        ProblemList own;
        check_indicator(own, indicators[i], prefix);
        for (auto& problem : own.take()) problems.add(std::move(problem));
        if (!indicators[i].name.empty() && !names.insert(indicators[i].name).second)
            problems.add({prefix + "name", "duplicate_name"});
        if (std::isfinite(indicators[i].weight) && indicators[i].weight > 0) weights += indicators[i].weight;
    }
    if (problems.empty() && weights == 0) problems.add({"indicators", "weights_all_zero"});
    return problems.take();
}

IndicatorScore score_of(const IndicatorInput& indicator, double weights, Explanation& explanation) {
    IndicatorScore out;
    out.name = indicator.name;
    out.weight = indicator.weight;
    out.normalised_weight = indicator.weight / weights;
    std::vector<NamedValue> values;
    double total = 0, satisfied = 0;
    for (std::size_t k = 0; k < satisfaction_levels; ++k) {
        out.answers += indicator.counts[k];
        total += indicator.counts[k] * satisfaction_level_score(k);
        if (k >= 4) satisfied += indicator.counts[k];
        values.push_back({satisfaction_level_names()[k], indicator.counts[k], Unit::count});
    }
    out.score = explanation.record(indicator.name, "satisfaction.indicator_score", values,
                                   {"score", total / out.answers, Unit::ratio});
    out.share_satisfied = satisfied / out.answers;
    for (double count : indicator.counts) out.distribution.push_back(count / out.answers);
    return out;
}

}  // namespace

Outcome<SatisfactionResult> compute_satisfaction_index(const std::vector<IndicatorInput>& indicators) {
    detail::count_calculation();
    auto problems = validate(indicators);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};

    SatisfactionResult out;
    for (std::size_t k = 0; k < satisfaction_levels; ++k) out.level_scores.push_back(satisfaction_level_score(k));
    double weights = 0;
    for (const auto& indicator : indicators) weights += indicator.weight;
    if (std::abs(weights - 1) > 1e-9)
        out.warnings.push_back({"weights_normalised", {{"sum_of_weights", weights, Unit::factor}}});
    out.distribution.assign(satisfaction_levels, 0.0);
    std::vector<NamedValue> weighted;
    for (const auto& indicator : indicators) {
        out.indicators.push_back(score_of(indicator, weights, out.explanation));
        const auto& score = out.indicators.back();
        out.index += score.normalised_weight * score.score;
        out.share_satisfied += score.normalised_weight * score.share_satisfied;
        for (std::size_t k = 0; k < satisfaction_levels; ++k)
            out.distribution[k] += score.normalised_weight * score.distribution[k];
        weighted.push_back({score.name, score.normalised_weight, Unit::share});
    }
    weighted.push_back({"sum_of_weights", weights, Unit::factor});
    out.explanation.record("index", "satisfaction.index", weighted, {"index", out.index, Unit::ratio});
    return {out, {}};
}

}  // namespace clv::workbench
