// Simple customer lifetime value: average purchase x purchases per period x lifespan in
// periods, optionally turned from revenue into margin by a gross margin rate.
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

}  // namespace clv
