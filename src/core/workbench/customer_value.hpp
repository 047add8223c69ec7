// The value of one acquired customer, given what it costs to win and keep: margin per period,
// CLV in the three retention conventions (retention_clv.hpp), retention cost over the lifetime,
// profit, LTV:CAC (profitability.hpp), expected lifetime and payback. The per-customer half of
// unit_economics, and what each group of `segments` is worth.
#pragma once

#include <optional>
#include <vector>

#include "../discounting.hpp"
#include "../explanation.hpp"
#include "../problems.hpp"
#include "../retention_sums.hpp"

namespace clv::workbench {

// Limits of the purchase behaviour: their product (revenue per period) stays within max_money.
namespace behaviour_limits {
constexpr double max_order_value = 1e9;        // money per order
constexpr double max_orders_per_period = 1e6;  // orders per customer per period
}  // namespace behaviour_limits

struct CustomerValueInput {
    double acquisition_cost = 0;             // CAC, money per customer
    double retention_cost_per_customer = 0;  // money per retained customer per period
    double average_order_value = 0;          // money per order
    double orders_per_period = 0;            // orders per customer per period
    double gross_margin_rate = 0;            // share of revenue kept, 0..1
    std::optional<double> retention_rate;    // per period, or
    std::optional<std::vector<double>> retention_rates;  // r_t = list[min(t, n) - 1]
    double discount_rate = 0;                // per discount_rate_period, 0..10
    Period discount_rate_period = Period::year;
    Period period = Period::year;
    std::optional<double> horizon_periods;   // whole 1..1200; absent = for ever
    RetentionConvention convention = RetentionConvention::end_retained;  // the one that leads
};

// One convention's numbers per acquired customer.
struct ConventionEconomics {
    RetentionConvention convention = RetentionConvention::end_retained;
    std::optional<double> clv;               // margin x margin multiple; nullopt: diverges
    std::optional<double> margin_multiple;   // factor
    std::optional<double> retention_cost_over_lifetime;  // retention cost x margin multiple
    std::optional<double> profit;            // clv - CAC - retention cost over lifetime
    std::optional<double> ltv_to_cac;        // clv / CAC; nullopt when CAC is 0
    std::optional<int> payback_period;       // first period whose cumulative discounted net
                                             // margin reaches CAC; nullopt: not within horizon
    std::optional<double> simple_payback_periods;  // CAC / margin per period (profitability)
    Explanation explanation;
};

struct CustomerValueResult {
    double revenue_per_period = 0;   // average order value x orders per period
    double margin_per_period = 0;    // revenue x gross margin rate
    double discount_rate_per_period = 0;
    std::optional<double> expected_lifetime_periods;  // E[min(L, horizon)]; nullopt: infinite
    Horizon horizon = Horizon::infinite;
    std::optional<int> horizon_periods;
    Period period = Period::year;
    RetentionConvention convention = RetentionConvention::end_retained;
    std::vector<ConventionEconomics> conventions;  // end_retained, start, end_first_certain
    const ConventionEconomics& lead() const;        // the one `convention` names
    Explanation explanation;  // margin, shared rate and lifetime steps, then the lead's steps
    std::vector<Warning> warnings;
};

// Margin m = order value x orders x gross margin rate; per convention clv = m x M and
// retention cost over the lifetime = c x M (M its margin multiple: retention cost is spent when
// the margin is earned), profit = clv - CAC - c x M (profitability.profit), LTV:CAC = clv / CAC;
// payback = the first period k with sum_{j<=k} (m - c) S_j / (1+d)^t_j >= CAC (null and warning
// payback_not_within_horizon when no period of the horizon, or of 1200 for ever, reaches it).
Outcome<CustomerValueResult> compute_customer_value(const CustomerValueInput& input);

// The problems of `input`, fields named as above ("average_order_value", "retention_rates[2]").
std::vector<Problem> validate_customer_value(const CustomerValueInput& input);

}  // namespace clv::workbench
