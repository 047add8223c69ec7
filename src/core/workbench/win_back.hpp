// Winning back lapsed customers: an offer sent to each lapsed customer costs something, a share
// of them comes back, and each one regained is worth some value (e.g. their CLV from now) ->
// the expected net value per lapsed customer and in total, and the win-back rate at which the
// offer breaks even.
#pragma once

#include <optional>
#include <vector>

#include "../explanation.hpp"
#include "../problems.hpp"

namespace clv::workbench {

struct WinBackInput {
    double lapsed_customers = 0;         // whole >= 1, each sent the offer
    double offer_cost_per_customer = 0;  // money per lapsed customer sent the offer
    double win_back_rate = 0;            // share of them who come back, 0..1
    double regained_customer_value = 0;  // money: what one regained customer is worth
};

struct WinBackResult {
    double expected_value_per_customer = 0;  // rate x value
    double net_value_per_customer = 0;       // rate x value - cost
    double regained_customers = 0;           // lapsed x rate (expected)
    double total_offer_cost = 0;             // lapsed x cost
    double total_net_value = 0;              // lapsed x net
    std::optional<double> roi;                         // total net / total cost; none without cost
    std::optional<double> cost_per_regained_customer;  // cost / rate; none when the rate is 0
    // cost / value: the rate at which net is 0; none (warning break_even_unreachable) when it
    // would exceed 1 (or a worthless customer costs something to win back).
    std::optional<double> break_even_win_back_rate;
    Explanation explanation;
    std::vector<Warning> warnings;
};

Outcome<WinBackResult> compute_win_back(const WinBackInput& input);

}  // namespace clv::workbench
