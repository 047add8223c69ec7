#include "cost_periods.hpp"

#include "../evaluation_count.hpp"
#include "explanation_parts.hpp"

namespace clv::workbench {

namespace {

double family_total(const CostStructureResult& result, const std::string& family) {
    for (const auto& breakdown : result.families)
        if (breakdown.family == family) return breakdown.total;
    return 0;
}

void add_growth(CostPeriodsResult& out) {
    const auto& previous = *out.previous;
    for (const auto& family : out.current.families) {
        FamilyGrowth growth{family.family, family_total(previous, family.family), 0, std::nullopt};
        growth.change = family.total - growth.previous_total;
        if (growth.previous_total > 0)
            growth.growth = out.explanation.record(
                family.family + "_growth", "cost_periods.growth",
                {{"current_total", family.total, Unit::money}, {"previous_total", growth.previous_total, Unit::money}},
                {"growth", growth.change / growth.previous_total, Unit::share});
        out.growth.push_back(growth);
    }
    std::optional<double> fastest;
    for (const auto& growth : out.growth)
        if (growth.growth && (!fastest || *growth.growth > *fastest)) fastest = growth.growth, out.fastest_growing = growth.family;
    if (previous.total > 0)
        out.total_growth = out.explanation.record(
            "total_growth", "cost_periods.growth",
            {{"current_total", out.current.total, Unit::money}, {"previous_total", previous.total, Unit::money}},
            {"growth", (out.current.total - previous.total) / previous.total, Unit::share});
}

}  // namespace

Outcome<CostPeriodsResult> compute_cost_periods(const CostPeriodsInput& input) {
    detail::count_calculation();
    ProblemList problems;
    problems.require_whole("new_customers", input.new_customers, 1, clv::limits::max_count);
    problems.require_whole("customers_retained", input.customers_retained, 1, clv::limits::max_count);
    const double customers = input.new_customers + input.customers_retained;
    auto current = compute_cost_structure({input.families, problems.empty() ? customers : 1});
    for (const auto& problem : current.problems) problems.add(problem);
    std::optional<Outcome<CostStructureResult>> previous;
    if (input.previous_families) {
        previous = compute_cost_structure({*input.previous_families, 1});
        for (auto problem : previous->problems) {
            problem.field = "previous_" + problem.field;  // families.x.y -> previous_families.x.y
            problems.add(std::move(problem));
        }
    }
    if (!problems.empty()) return {std::nullopt, problems.take()};

    CostPeriodsResult out;
    out.current = std::move(*current.value);
    out.customers = customers;
    append_steps(out.explanation, out.current.explanation);
    out.cost_per_new_customer = out.explanation.record(
        "cost_per_new_customer", "acquisition.cac",
        {{"acquisition", family_total(out.current, "acquisition"), Unit::money},
         {"new_customers", input.new_customers, Unit::count}},
        {"cost_per_new_customer", family_total(out.current, "acquisition") / input.new_customers, Unit::money});
    out.cost_per_retained_customer = out.explanation.record(
        "cost_per_retained_customer", "retention_cost.per_customer",
        {{"retention", family_total(out.current, "retention"), Unit::money},
         {"customers_retained", input.customers_retained, Unit::count}},
        {"cost_per_retained_customer", family_total(out.current, "retention") / input.customers_retained, Unit::money});
    if (previous) {
        out.previous = std::move(*previous->value);
        add_growth(out);
    }
    return {out, {}};
}

}  // namespace clv::workbench
