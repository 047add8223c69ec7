// Where one customer's value comes from: historical value (margins already earned, optionally
// carried to today at the discount rate), current value (the lead convention's CLV if behaviour
// stays as it is: customer_value.hpp), potential value (cross-selling, referrals, spend growth),
// the total and each part's share; and the seeds' other two dimensions of a relationship: share
// of wallet (value at today's and at a target share) and scope (product lines used of offered).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "customer_value.hpp"

namespace clv::workbench {

struct ValueCompositionInput {
    std::optional<std::vector<double>> historical_margins;  // per past period, oldest first (the last ends today)
    std::optional<double> historical_margin_total;           // or their total (then not carried)
    bool carry_history = false;                               // carried to today at the discount rate
    CustomerValueInput customer;                              // behaviour from today; costs ignored
    double cross_sell_margin_per_period = 0;  // extra margin per period of a customer who adopts
    double cross_sell_adoption_rate = 0;      // share of customers who adopt, 0..1
    double referrals_per_period = 0;          // customers referred per period, 0..max_referrals
    double referred_customer_value = 0;       // the value of one referred customer, money
    double spend_growth_rate = 0;             // the margin grows by this per period, 0..1
    std::optional<double> category_spend_per_period;  // the customer's spend in the category, all sellers
    std::optional<double> target_share_of_wallet;     // 0..1 (needs category_spend_per_period)
    std::optional<double> product_lines_used, product_lines_offered;  // whole, used <= offered
};

constexpr double max_referrals_per_period = 1000;

// How historical margins are counted: as earned (their sum), or carried to today.
const std::vector<std::string>& history_names();  // as_earned, carried_to_today

// One part of the total, with its share (nullopt when the total is 0).
struct ValuePart {
    std::string part;
    double value = 0;
    std::optional<double> share;
};

struct ValueCompositionResult {
    double historical_value = 0;
    double current_value = 0;    // the lead convention's clv
    double margin_multiple = 0;  // M: the lead's discounted expected periods from today
    double cross_sell_value = 0, referral_value = 0, spend_growth_value = 0;
    double potential_value = 0;  // their sum
    double total_value = 0;      // historical + current + potential
    std::vector<ValuePart> parts;            // historical, current, potential
    std::vector<ValuePart> potential_parts;  // cross_selling, referrals, spend_growth (shares of the total)
    std::optional<double> share_of_wallet, target_share_of_wallet;
    std::optional<double> value_at_current_share, value_at_target_share;  // the current value at each share
    std::optional<double> scope;                // product lines used / offered
    CustomerValueResult customer;               // the current value's evaluation
    Explanation explanation;
    std::vector<Warning> warnings;
};

// historical = sum m_k (carried: sum m_k (1+d)^(n-k)); current = m x M; cross-selling = extra
// margin x adoption x M; referrals = referrals x referred value x M; spend growth =
// m x (M_g - M), M_g the margin multiple at d' = (1+d)/(1+g) - 1 (the margin of time t grows by
// (1+g)^t); share of wallet s = revenue / category spend, value at a share s = s x category
// spend x gross margin rate x M; scope = used / offered.
Outcome<ValueCompositionResult> compute_value_composition(const ValueCompositionInput& input);

}  // namespace clv::workbench
