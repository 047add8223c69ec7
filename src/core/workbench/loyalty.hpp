// A loyalty programme's worth: members who pay a fee and cost the programme something, and whose
// retention, purchase frequency and spend rise; the incremental CLV per member (customer_value.hpp
// with and without the uplifts), the programme's profit and ROI, and the uplift of each kind that
// alone would make it break even.
#pragma once

#include <optional>
#include <vector>

#include "customer_value.hpp"

namespace clv::workbench {

struct LoyaltyInput {
    double members = 0;                  // whole >= 1
    double annual_fee = 0;               // paid by each member per year, money
    double annual_cost_per_member = 0;   // what the programme spends per member per year
    CustomerValueInput customer;         // a non-member's behaviour (its costs are ignored)
    double retention_uplift = 0;         // added to the retention rate, 0..1 (capped at 1)
    double frequency_uplift = 0;         // orders x (1 + uplift), 0..10
    double spend_uplift = 0;             // order value x (1 + uplift), 0..10
};

struct LoyaltyResult {
    double fee_per_period = 0, cost_per_period = 0;  // the annual amounts per period (/12 monthly)
    double base_clv = 0, member_clv = 0;             // lead convention, money
    double member_margin_multiple = 0;               // M' of the member's retention
    double incremental_clv = 0;                      // member - base
    double fee_value = 0, cost_value = 0;            // fee and cost per period x M'
    double value_per_member = 0;                     // incremental + fees - costs
    double programme_profit = 0;                     // members x value per member
    double programme_cost = 0;                       // members x cost value
    std::optional<double> roi;                       // profit / cost; none when the cost is 0
    // The uplift of each kind that alone (the others 0) makes the value per member 0; 0 when the
    // fee already covers the cost; none (warning no_break_even_uplift) when none in its range does.
    std::optional<double> break_even_retention_uplift, break_even_frequency_uplift, break_even_spend_uplift;
    RetentionConvention convention = RetentionConvention::end_retained;
    Period period = Period::year;
    Explanation explanation;
    std::vector<Warning> warnings;
};

Outcome<LoyaltyResult> compute_loyalty_programme(const LoyaltyInput& input);

}  // namespace clv::workbench
