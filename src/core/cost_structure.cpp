#include "cost_structure.hpp"

#include "evaluation_count.hpp"

namespace clv {

namespace {

double fraction(double part, double whole) { return whole > 0 ? part / whole : 0.0; }

}  // namespace

Outcome<CostStructureResult> compute_cost_structure(const CostStructureInput& input) {
    detail::count_calculation();
    ProblemList problems;
    for (const auto& family : input.families)
        check_cost_items(problems, family.items, "families." + family.family + ".");
    problems.require_whole("customers", input.customers, 1, limits::max_count);
    if (!problems.empty()) return {std::nullopt, problems.take()};

    CostStructureResult out;
    std::vector<NamedValue> family_totals;
    for (const auto& family : input.families) {
        const double total = out.explanation.record(
            family.family + "_total", "cost_structure.family_total", money_values(family.items),
            {family.family, total_of(family.items), Unit::money});
        family_totals.push_back({family.family, total, Unit::money});
    }
    double total = 0;
    for (const auto& family_total : family_totals) total += family_total.value;
    out.total = out.explanation.record("total", "cost_structure.total", family_totals,
                                       {"total", total, Unit::money});
    out.cost_per_customer = out.explanation.record(
        "cost_per_customer", "cost_structure.per_customer",
        {{"total", out.total, Unit::money}, {"customers", input.customers, Unit::count}},
        {"cost_per_customer", out.total / input.customers, Unit::money});

    for (std::size_t i = 0; i < input.families.size(); ++i) {
        const auto& family = input.families[i];
        const double family_total = family_totals[i].value;
        FamilyBreakdown breakdown{family.family, family_total, fraction(family_total, out.total),
                                  family_total / input.customers, {}};
        for (const auto& item : family.items)
            breakdown.items.push_back({item.name, item.amount, fraction(item.amount, family_total),
                                       fraction(item.amount, out.total)});
        out.families.push_back(std::move(breakdown));
    }
    return {out, {}};
}

}  // namespace clv
