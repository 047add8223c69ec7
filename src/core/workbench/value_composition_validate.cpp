// The input rules of a value composition, every problem at once (value_composition.hpp).
#include "value_composition.hpp"

namespace clv::workbench {

std::vector<Problem> validate_value_composition(const ValueCompositionInput& input);

namespace {

void check_history(ProblemList& problems, const ValueCompositionInput& input) {
    if (input.historical_margins && input.historical_margin_total)
        problems.add({"historical_margin_total", "conflicting_fields"});
    if (input.historical_margin_total) {
        problems.require_range("historical_margin_total", *input.historical_margin_total, 0, clv::limits::max_money);
        if (input.carry_history) problems.add({"history", "conflicting_fields"});  // a total has no dates
    }
    if (!input.historical_margins) return;
    const auto& margins = *input.historical_margins;
    if (margins.empty() || margins.size() > std::size_t(clv::limits::max_periods))
        problems.add({"historical_margins", "wrong_length", 1.0, double(clv::limits::max_periods)});
    for (std::size_t i = 0; i < margins.size(); ++i)
        problems.require_range("historical_margins[" + std::to_string(i) + "]", margins[i], 0,
                               clv::limits::max_money / double(clv::limits::max_periods));
}

// Limits that depend on another field have their own codes (the field's own range is as
// described): the category spend covers what we sell, a customer uses at most what is offered.
void check_wallet_and_scope(ProblemList& problems, const ValueCompositionInput& input) {
    const double revenue = input.customer.average_order_value * input.customer.orders_per_period;
    if (input.category_spend_per_period &&
        problems.require_range("category_spend_per_period", *input.category_spend_per_period, 0, clv::limits::max_money) &&
        (*input.category_spend_per_period <= 0 || *input.category_spend_per_period < revenue))
        problems.add({"category_spend_per_period", "below_our_sales", revenue, clv::limits::max_money, revenue == 0});
    if (input.target_share_of_wallet) {
        problems.require_range("target_share_of_wallet", *input.target_share_of_wallet, 0, 1);
        if (!input.category_spend_per_period) problems.add({"category_spend_per_period", "missing_field"});
    }
    if (input.product_lines_used.has_value() != input.product_lines_offered.has_value())
        problems.add({input.product_lines_used ? "product_lines_offered" : "product_lines_used", "missing_field"});
    if (!input.product_lines_used || !input.product_lines_offered) return;
    const bool offered = problems.require_whole("product_lines_offered", *input.product_lines_offered, 1, clv::limits::max_count);
    if (problems.require_whole("product_lines_used", *input.product_lines_used, 0, clv::limits::max_count) && offered &&
        *input.product_lines_used > *input.product_lines_offered)
        problems.add({"product_lines_used", "more_than_offered", 0.0, *input.product_lines_offered});
}

}  // namespace

std::vector<Problem> validate_value_composition(const ValueCompositionInput& input) {
    ProblemList problems;
    check_history(problems, input);
    CustomerValueInput customer = input.customer;
    customer.acquisition_cost = customer.retention_cost_per_customer = 0;
    for (auto& problem : validate_customer_value(customer)) problems.add(std::move(problem));
    problems.require_range("cross_sell_margin_per_period", input.cross_sell_margin_per_period, 0,
                           clv::limits::max_money / 1e3);
    problems.require_range("cross_sell_adoption_rate", input.cross_sell_adoption_rate, 0, 1);
    problems.require_range("referrals_per_period", input.referrals_per_period, 0, max_referrals_per_period);
    problems.require_range("referred_customer_value", input.referred_customer_value, 0, clv::limits::max_money / 1e3);
    problems.require_range("spend_growth_rate", input.spend_growth_rate, 0, 1);
    check_wallet_and_scope(problems, input);
    return problems.take();
}

}  // namespace clv::workbench
