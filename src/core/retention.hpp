// Keeping customers: what retention costs per customer kept, the retention and churn rates
// observed over one period, and the expected customer lifetime a retention rate implies.
#pragma once

#include <optional>
#include <vector>

#include "cost_items.hpp"
#include "discounting.hpp"
#include "explanation.hpp"
#include "problems.hpp"
#include "retention_sums.hpp"

namespace clv {

// Retention spend is given either as items or as one total, never both.
struct RetentionCostInput {
    std::vector<CostItem> items;            // customer_service, loyalty_programme,
                                            // satisfaction_surveys, other (0 when not given)
    bool items_given = false;               // true when the caller was given any item
    std::optional<double> retention_spend;  // a total, given instead of the items
    double customers_retained = 0;
};

struct RetentionCostResult {
    double retention_spend = 0;              // the total, or the sum of the items, money
    double retention_cost_per_customer = 0;  // retention_spend / customers_retained, money
    std::vector<ItemShare> shares;           // each item's share of the spend; empty for a total
    Explanation explanation;
    std::vector<Warning> warnings;
};

// Retention cost per customer = retention spend / customers retained, where the spend is the
// given total or customer service + loyalty programme + satisfaction surveys + other.
// A total together with any item is "conflicting_fields" on retention_spend.
Outcome<RetentionCostResult> compute_retention_cost(const RetentionCostInput& input);

// Counts over one period: customers at its start S, new customers won during it N, and
// customers at its end E (whole numbers).
struct RetentionRateInput {
    double customers_at_start = 0;
    double new_customers = 0;
    double customers_at_end = 0;
    Period period = Period::year;  // the period the counts span, echoed in the result
};

struct RetentionRateResult {
    double customers_retained = 0;  // E − N, count
    double retention_rate = 0;      // (E − N) / S, fraction per period
    double churn_rate = 0;          // 1 − retention_rate, fraction per period
    std::optional<double> expected_lifetime_periods;  // 1 / churn_rate; none when churn is 0
    Period period = Period::year;
    Explanation explanation;
    std::vector<Warning> warnings;  // zero_churn_infinite_lifetime
};

// Retention rate r = (E − N) / S, churn c = 1 − r, expected lifetime 1 / c periods. E − N outside
// 0..S is "inconsistent_counts" on customers_at_end, with the allowed range N..S + N.
Outcome<RetentionRateResult> compute_retention_rate(const RetentionRateInput& input);

// The retention of a customer: one rate for every period, or a list whose last rate repeats
// (as in retention CLV); optionally the lifetime counted up to a number of periods only.
struct ExpectedLifetimeInput {
    std::optional<double> retention_rate;                // fraction per period, 0..1
    std::optional<std::vector<double>> retention_rates;  // or r_t = list[min(t, n) - 1]
    std::optional<double> max_periods;                   // whole 1..1200; absent = no cap
    Period period = Period::year;
};

struct ExpectedLifetimeResult {
    std::optional<double> churn_rate;                 // 1 − r for one rate; none for a list
    std::optional<double> expected_lifetime_periods;  // periods; none when it is infinite
    std::optional<int> max_periods;                   // the cap, when one was given
    Period period = Period::year;
    Explanation explanation;
    std::vector<Warning> warnings;  // zero_churn_infinite_lifetime, finite_horizon_truncates
};

// Expected lifetime in periods, the churn period included: sum_{t>=0} S_t with S_0 = 1,
// S_t = S_{t-1} r_t, which is 1 / (1 − r) for one rate (geometric lifetime) and, for a list of
// n rates, sum_{t=0}^{n-1} S_t + S_n / (1 − rho) for its repeating rate rho (the start
// convention's margin multiple at 0%, retention_sums.hpp). With max_periods T it is
// E[min(L, T)] = sum_{t=0}^{T-1} S_t ((1 − r^T) / (1 − r) for one rate), and warning
// finite_horizon_truncates gives the uncapped lifetime when the cap cuts some off.
Outcome<ExpectedLifetimeResult> compute_expected_lifetime(const ExpectedLifetimeInput& input);

}  // namespace clv
