// Customer profitability: profit per customer over its lifetime, the LTV:CAC ratio, and how
// many periods of margin it takes to earn back the acquisition cost (payback).
#pragma once

#include <optional>
#include <vector>

#include "discounting.hpp"
#include "explanation.hpp"
#include "problems.hpp"

namespace clv {

struct ProfitabilityInput {
    std::optional<double> lifetime_value;  // LTV, money per customer; optional when only the
                                           // payback is asked (revenue_per_period given)
    double acquisition_cost = 0;  // CAC, money per customer
    double retention_cost = 0;    // retention cost over the lifetime, money per customer
    std::optional<double> revenue_per_period;  // money per customer per period
    std::optional<double> gross_margin_rate;   // 0..1; 1 (revenue only) when not given
    std::optional<double> lifetime_periods;    // expected lifetime, periods (> 0)
    Period period = Period::year;              // the period of revenue and lifetime
};

struct ProfitabilityResult {
    std::optional<double> profit;             // LTV − CAC − retention cost, money; none without LTV
    std::optional<double> ltv_to_cac;         // LTV / CAC, ratio; none without LTV or when CAC is 0
    std::optional<double> margin_per_period;  // revenue × margin rate, money; none without revenue
    std::optional<double> payback_periods;    // CAC / margin per period; none without revenue or
                                              // when the margin is 0
    Period period = Period::year;
    Explanation explanation;
    // revenue_only, zero_acquisition_cost, never_pays_back, payback_exceeds_lifetime, unprofitable
    std::vector<Warning> warnings;
};

// profit = LTV − CAC − retention cost; LTV:CAC = LTV / CAC; margin per period m = revenue ×
// gross margin rate; payback = CAC / m periods (0 when CAC is 0). Profit and LTV:CAC need the
// lifetime value, the payback needs revenue; with neither, lifetime_value is missing_field.
Outcome<ProfitabilityResult> compute_profitability(const ProfitabilityInput& input);

}  // namespace clv
