// Win-back of lapsed customers (src/core/workbench/win_back.hpp): the README example worked by
// hand, the break-even rate really breaks even, and an offer that cannot pay back.
#include <catch2/catch.hpp>

#include "core/workbench/win_back.hpp"
#include "../core_test_support.hpp"

using namespace clv;
using namespace clv::workbench;
using namespace core_test;

TEST_CASE("Winning back 2000 lapsed customers, worked by hand", "[workbench][win_back]") {
    // README example: 2000 lapsed customers, a $15 offer each, 12 % come back, each worth $200.
    // Expected value per customer 0.12 x 200 = 24, net 24 - 15 = 9; total net 2000 x 9 = 18000;
    // offer cost 2000 x 15 = 30000, ROI 18000 / 30000 = 0.6; 240 regained at 15 / 0.12 = 125
    // each; break-even rate 15 / 200 = 0.075. Tolerance 1e-12 relative.
    const auto result = computed(compute_win_back({2000, 15, 0.12, 200}));
    CHECK(result.expected_value_per_customer == Approx(24).epsilon(1e-12));
    CHECK(result.net_value_per_customer == Approx(9).epsilon(1e-12));
    CHECK(result.total_net_value == Approx(18000).epsilon(1e-12));
    CHECK(result.total_offer_cost == Approx(30000).epsilon(1e-12));
    CHECK(*result.roi == Approx(0.6).epsilon(1e-12));
    CHECK(result.regained_customers == Approx(240).epsilon(1e-12));
    CHECK(*result.cost_per_regained_customer == Approx(125).epsilon(1e-12));
    CHECK(*result.break_even_win_back_rate == Approx(0.075).epsilon(1e-12));
    CHECK(result.warnings.empty());
}

TEST_CASE("At the break-even win-back rate the net value is 0", "[workbench][win_back][property]") {
    for (double cost : {0.5, 15.0, 80.0})
        for (double value : {100.0, 250.0, 1e4}) {
            const auto result = computed(compute_win_back({1000, cost, 0.3, value}));
            const auto at = computed(compute_win_back({1000, cost, *result.break_even_win_back_rate, value}));
            INFO("cost " << cost << ", value " << value);
            CHECK(at.net_value_per_customer == Approx(0).margin(1e-12 * value));
            // Net value rises with the win-back rate: below break-even it loses, above it gains.
            CHECK((result.net_value_per_customer > 0) == (0.3 > *result.break_even_win_back_rate));
        }
}

TEST_CASE("An offer dearer than a regained customer's value never breaks even", "[workbench][win_back]") {
    auto result = computed(compute_win_back({500, 250, 0.5, 200}));
    CHECK_FALSE(result.break_even_win_back_rate);
    CHECK(warning_codes(result) == std::vector<std::string>{"break_even_unreachable", "unprofitable"});
    result = computed(compute_win_back({500, 0, 0, 0}));  // a free offer: breaks even at once
    CHECK(*result.break_even_win_back_rate == 0);
    CHECK_FALSE(result.roi);
    CHECK_FALSE(result.cost_per_regained_customer);
    CHECK(problem_pairs(compute_win_back({0.5, -1, 1.5, 0}).problems) ==
          ProblemPairs{{"lapsed_customers", "out_of_range"}, {"offer_cost_per_customer", "negative"},
                       {"win_back_rate", "out_of_range"}});
}
