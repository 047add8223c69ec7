// The input rules of one customer's value, every problem at once.
#include "customer_value.hpp"

namespace clv::workbench {

namespace {

void check_retention(ProblemList& problems, const CustomerValueInput& input) {
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

std::vector<Problem> validate_customer_value(const CustomerValueInput& input) {
    ProblemList problems;
    problems.require_range("acquisition_cost", input.acquisition_cost, 0, clv::limits::max_money);
    problems.require_range("retention_cost_per_customer", input.retention_cost_per_customer, 0,
                           clv::limits::max_money);
    problems.require_range("average_order_value", input.average_order_value, 0, behaviour_limits::max_order_value);
    problems.require_range("orders_per_period", input.orders_per_period, 0, behaviour_limits::max_orders_per_period);
    problems.require_range("gross_margin_rate", input.gross_margin_rate, 0, 1);
    check_retention(problems, input);
    problems.require_range("discount_rate", input.discount_rate, 0, clv::limits::max_discount_rate);
    if (input.horizon_periods)
        problems.require_whole("horizon_periods", *input.horizon_periods, 1, clv::limits::max_periods);
    return problems.take();
}

}  // namespace clv::workbench
