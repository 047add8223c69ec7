#include "acquisition.hpp"

#include "evaluation_count.hpp"

namespace clv {

Outcome<AcquisitionCostResult> compute_acquisition_cost(const AcquisitionCostInput& input) {
    detail::count_calculation();
    ProblemList problems;
    for (const auto& item : input.items)
        problems.require_range(item.name, item.amount, 0, limits::max_money);
    problems.require_whole("new_customers", input.new_customers, 1, limits::max_count);
    if (!problems.empty()) return {std::nullopt, problems.take()};

    AcquisitionCostResult out;
    std::vector<NamedValue> addends;
    double total = 0;
    for (const auto& item : input.items) {
        total += item.amount;
        addends.push_back({item.name, item.amount, Unit::money});
    }
    out.acquisition_spend = out.explanation.record("acquisition_spend", "acquisition.spend",
                                                   addends,
                                                   {"acquisition_spend", total, Unit::money});
    out.cac = out.explanation.record(
        "cac", "acquisition.cac",
        {{"acquisition_spend", total, Unit::money},
         {"new_customers", input.new_customers, Unit::count}},
        {"cac", total / input.new_customers, Unit::money});
    out.shares = shares_of(input.items, total);
    return {out, {}};
}

}  // namespace clv
