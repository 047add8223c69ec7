// Simple customer lifetime value: average purchase x purchases per period x lifespan in
// periods, optionally turned from revenue into margin by a gross margin rate; also worked out
// from a period's totals (revenue, purchases, customers, the sum of their lifespans).
#pragma once

#include <optional>
#include <vector>

#include "discounting.hpp"
#include "explanation.hpp"
#include "problems.hpp"

namespace clv {

struct SimpleClvInput {
    double average_purchase = 0;                // money per purchase
    double purchases_per_period = 0;            // purchases per period (may be fractional)
    double lifespan_periods = 0;                // customer lifespan, in periods
    std::optional<double> gross_margin_rate;    // share of revenue kept as margin, 0..1
    Period period = Period::year;
};

// Whether a lifetime value counts revenue or margin.
enum class ClvBasis { revenue, margin };
const char* basis_name(ClvBasis basis);  // "revenue" / "margin"

struct SimpleClvResult {
    double revenue_value = 0;  // lifetime revenue, money
    double clv = 0;            // revenue x gross margin rate, or the revenue without a margin
    ClvBasis basis = ClvBasis::revenue;
    Period period = Period::year;
    Explanation explanation;
    std::vector<Warning> warnings;  // revenue_only when no margin rate was given
};

// Revenue value = average purchase x purchases per period x lifespan (formula
// "simple_clv.revenue"); CLV = revenue value x gross margin rate ("simple_clv.margin"), or the
// revenue value itself with warning revenue_only.
Outcome<SimpleClvResult> compute_simple_clv(const SimpleClvInput& input);

// One period's totals over a group of customers ("simple_clv_totals").
struct SimpleClvTotalsInput {
    double total_revenue = 0;                 // money over the period
    double total_purchases = 0;               // purchases over the period, whole >= 1
    double customers = 0;                     // distinct customers who bought, whole >= 1
    double total_lifespan_periods = 0;        // the customers' lifespans added up, periods
    std::optional<double> gross_margin_rate;  // share of revenue kept as margin, 0..1
    Period period = Period::year;             // the period the totals span
};

struct SimpleClvTotalsResult {
    double average_purchase = 0;          // total revenue / total purchases, money
    double purchase_frequency = 0;        // total purchases / customers, per customer per period
    double customer_value = 0;            // average purchase x purchase frequency, money per period
    double average_lifespan_periods = 0;  // total lifespan / customers, periods
    double revenue_value = 0;             // customer value x average lifespan, money
    double clv = 0;                       // revenue value x gross margin rate, or the revenue
    ClvBasis basis = ClvBasis::revenue;
    Period period = Period::year;
    Explanation explanation;
    std::vector<Warning> warnings;  // revenue_only when no margin rate was given
};

// Average purchase value = total revenue / purchases ("simple_clv_totals.average_purchase"),
// purchase frequency = purchases / customers ("simple_clv_totals.purchase_frequency"),
// customer value = average purchase x frequency ("simple_clv_totals.customer_value"), average
// lifespan = total lifespan / customers ("simple_clv_totals.average_lifespan"), revenue value =
// customer value x average lifespan ("simple_clv_totals.revenue"), then the margin as in
// compute_simple_clv: the usual textbook and marketing-blog recipe for CLV from sales records.
Outcome<SimpleClvTotalsResult> compute_simple_clv_totals(const SimpleClvTotalsInput& input);

}  // namespace clv
