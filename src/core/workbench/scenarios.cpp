#include "scenarios.hpp"

#include <cmath>
#include <set>

#include "../evaluation_count.hpp"
#include "explanation_parts.hpp"

namespace clv::workbench {

namespace {

void add_prefixed(ProblemList& problems, std::vector<Problem> from, const std::string& prefix) {
    for (auto& problem : from) {
        problem.field = prefix + problem.field;
        problems.add(std::move(problem));
    }
}

template <class Variant>
void check_names(ProblemList& problems, const std::vector<Variant>& variants) {
    if (variants.empty() || variants.size() > max_scenario_variants)
        problems.add({"variants", "wrong_length", 1.0, double(max_scenario_variants)});
    std::set<std::string> names;
    for (std::size_t i = 0; i < variants.size(); ++i) {
        const std::string field = "variants[" + std::to_string(i) + "].name";
        if (variants[i].name.empty()) problems.add({field, "missing_field"});
        else if (!names.insert(variants[i].name).second) problems.add({field, "duplicate_name"});
    }
}

std::optional<double> payback_of(const UnitEconomicsResult& model) {
    const auto& payback = model.customer.lead().payback_period;
    if (!payback) return std::nullopt;
    return double(*payback);
}

void add_change_steps(Explanation& explanation, const std::string& prefix, const ScenarioFigure& figure,
                      double base) {
    if (!figure.change) return;
    explanation.record(prefix + figure.outcome + ".change", "scenarios.change",
                       {{"scenario_value", *figure.value, figure.unit}, {"base_value", base, figure.unit}},
                       {"change", *figure.change, figure.unit});
    if (figure.relative_change)
        explanation.record(prefix + figure.outcome + ".relative_change", "scenarios.relative_change",
                           {{"change", *figure.change, figure.unit}, {"base_value", base, figure.unit}},
                           {"relative_change", *figure.relative_change, Unit::share});
}

// The variant's figures with their changes against the base's, and their steps.
void compare(ScenarioResult& variant, const ScenarioResult& base, Explanation& explanation,
             const std::string& prefix) {
    for (std::size_t k = 0; k < variant.figures.size(); ++k) {
        auto& figure = variant.figures[k];
        const auto& base_value = base.figures[k].value;
        if (!figure.value || !base_value) continue;
        figure.change = *figure.value - *base_value;
        if (*base_value != 0) figure.relative_change = *figure.change / std::fabs(*base_value);
        add_change_steps(explanation, prefix, figure, *base_value);
    }
}

}  // namespace

const std::vector<std::string>& scenario_outcome_names() {
    static const std::vector<std::string> names = {"cac", "retention_cost_per_customer", "clv", "profit",
                                                   "ltv_to_cac", "payback_period", "customers", "total_clv",
                                                   "total_profit"};
    return names;
}

std::vector<ScenarioFigure> scenario_figures(const UnitEconomicsResult& model) {
    const auto& lead = model.customer.lead();
    return {{"cac", Unit::money, model.cac},
            {"retention_cost_per_customer", Unit::money, model.retention_cost_per_customer},
            {"clv", Unit::money, lead.clv},
            {"profit", Unit::money, lead.profit},
            {"ltv_to_cac", Unit::ratio, lead.ltv_to_cac},
            {"payback_period", Unit::periods, payback_of(model)},
            {"customers", Unit::count, model.customers},
            {"total_clv", Unit::money, model.total_clv},
            {"total_profit", Unit::money, model.total_profit}};
}

std::vector<ScenarioFigure> scenario_figures(const SegmentsInput& input, const SegmentsResult& model) {
    double acquisition = 0, retention = 0;
    for (const auto& segment : input.segments) {
        acquisition += segment.customers * segment.acquisition_cost;
        retention += segment.customers * segment.retention_cost_per_customer;
    }
    const double customers = model.total_customers;
    return {{"cac", Unit::money, share_of(acquisition, customers)},
            {"retention_cost_per_customer", Unit::money, share_of(retention, customers)},
            {"clv", Unit::money, model.average_clv},
            {"profit", Unit::money, model.average_profit},
            {"ltv_to_cac", Unit::ratio, model.ltv_to_cac},
            {"payback_period", Unit::periods, std::nullopt},
            {"customers", Unit::count, customers},
            {"total_clv", Unit::money, model.total_clv},
            {"total_profit", Unit::money, model.total_profit}};
}

namespace {

Outcome<ScenarioResult> evaluate(const UnitEconomicsInput& input) {
    auto model = compute_unit_economics(input);
    if (!model.ok()) return {std::nullopt, std::move(model.problems)};
    auto& value = *model.value;
    return {ScenarioResult{"", scenario_figures(value), value.customer.convention, value.customer.period,
                           std::move(value.explanation), std::move(value.warnings)},
            {}};
}

Outcome<ScenarioResult> evaluate(const SegmentsInput& input) {
    auto model = compute_segments(input);
    if (!model.ok()) return {std::nullopt, std::move(model.problems)};
    auto& value = *model.value;
    return {ScenarioResult{"", scenario_figures(input, value), value.convention, value.period,
                           std::move(value.explanation), std::move(value.warnings)},
            {}};
}

// The base and every variant evaluated alone, then each variant compared with the base.
template <class Input, class Variant>
Outcome<ScenariosResult> compare_all(const Input& base_input, const std::vector<Variant>& variants) {
    detail::count_calculation();
    ProblemList problems;
    check_names(problems, variants);
    auto base = evaluate(base_input);
    add_prefixed(problems, std::move(base.problems), "base.");
    std::vector<ScenarioResult> models;
    // A variant is evaluated only over a valid base (else it would repeat the base's problems).
    for (std::size_t i = 0; base.ok() && i < variants.size(); ++i) {
        auto model = evaluate(variants[i].input);
        if (model.ok()) models.push_back(std::move(*model.value));
        add_prefixed(problems, std::move(model.problems), "variants[" + std::to_string(i) + "].");
    }
    if (!problems.empty()) return {std::nullopt, problems.take()};

    ScenariosResult out;
    out.base = std::move(*base.value);
    out.base.name = "base";
    for (auto& figure : out.base.figures)
        if (figure.value) figure.change = figure.relative_change = 0.0;
    merge_warnings(out.warnings, out.base.warnings);
    for (std::size_t i = 0; i < models.size(); ++i) {
        ScenarioResult variant = std::move(models[i]);
        variant.name = variants[i].name;
        compare(variant, out.base, out.explanation, "variants[" + std::to_string(i) + "].");
        merge_warnings(out.warnings, variant.warnings);
        out.variants.push_back(std::move(variant));
    }
    return {out, {}};
}

}  // namespace

Outcome<ScenariosResult> compute_scenarios(const ScenariosInput& input) {
    return compare_all(input.base, input.variants);
}

Outcome<ScenariosResult> compute_segment_scenarios(const SegmentScenariosInput& input) {
    return compare_all(input.base, input.variants);
}

}  // namespace clv::workbench
