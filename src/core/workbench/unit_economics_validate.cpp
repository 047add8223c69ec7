// The input rules of unit_economics, every problem at once, fields named as in the request.
#include "unit_economics.hpp"

namespace clv::workbench {

namespace {

// Items of one family, and their sum within max_money (so CAC and the retention cost per
// customer stay within the calculator's own limits).
void check_spend(ProblemList& problems, const std::vector<CostItem>& items, const std::string& field) {
    check_cost_items(problems, items, field + ".");
    if (problems.empty() && total_of(items) > clv::limits::max_money)
        problems.add({field, "out_of_range", 0.0, clv::limits::max_money});
}

void check_retention(ProblemList& problems, const UnitEconomicsInput& input) {
    if (input.retention_rate && input.retention_rates)
        problems.add({"retention_rates", "conflicting_fields"});
    else if (!input.retention_rate && !input.retention_rates)
        problems.add({"retention_rate", "missing_field"});
    if (input.retention_rate) problems.require_range("retention_rate", *input.retention_rate, 0, 1);
    if (!input.retention_rates) return;
    const auto& rates = *input.retention_rates;
    if (rates.empty() || rates.size() > std::size_t(clv::limits::max_periods))
        problems.add({"retention_rates", "wrong_length", 1.0, double(clv::limits::max_periods)});
    for (std::size_t i = 0; i < rates.size(); ++i)
        problems.require_range("retention_rates[" + std::to_string(i) + "]", rates[i], 0, 1);
}

}  // namespace

std::vector<Problem> validate_unit_economics(const UnitEconomicsInput& input) {
    ProblemList problems;
    {
        ProblemList spend;
        check_spend(spend, input.acquisition_items, "acquisition_spend");
        for (auto& problem : spend.take()) problems.add(std::move(problem));
    }
    problems.require_whole("new_customers", input.new_customers, 1, clv::limits::max_count);
    {
        ProblemList spend;
        check_spend(spend, input.retention_items, "retention_spend");
        for (auto& problem : spend.take()) problems.add(std::move(problem));
    }
    problems.require_whole("customers_retained", input.customers_retained, 1, clv::limits::max_count);
    problems.require_range("average_order_value", input.average_order_value, 0,
                           behaviour_limits::max_order_value);
    problems.require_range("orders_per_period", input.orders_per_period, 0,
                           behaviour_limits::max_orders_per_period);
    problems.require_range("gross_margin_rate", input.gross_margin_rate, 0, 1);
    check_retention(problems, input);
    problems.require_range("discount_rate", input.discount_rate, 0, clv::limits::max_discount_rate);
    if (input.horizon_periods)
        problems.require_whole("horizon_periods", *input.horizon_periods, 1, clv::limits::max_periods);
    if (input.customers)
        problems.require_whole("customers", *input.customers, 1, clv::limits::max_count);
    return problems.take();
}

}  // namespace clv::workbench
