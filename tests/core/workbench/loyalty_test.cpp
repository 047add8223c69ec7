// A loyalty programme (src/core/workbench/loyalty.hpp): the car-rental club with a $25
// annual fee, worked by hand, and properties (value rises with each uplift; each break-even
// uplift gives a value per member of 0).
#include <catch2/catch.hpp>

#include "core/workbench/loyalty.hpp"
#include "../core_test_support.hpp"

using namespace clv;
using namespace clv::workbench;
using namespace core_test;

namespace {

// The car-rental club (issue 12, the seeds' example): members pay $25 a year and cost $40; a
// rental brings $300 at a 30 % margin. A non-member rents 2 of their 4 rentals a year with us
// and stays with probability 0.7; a member rents 9 times in 10 with us (2 -> 3.6 a year: +80 %)
// and stays with 0.8. Discount rate 10 %, end_retained, for ever. (README's example.)
LoyaltyInput car_rental_club() {
    LoyaltyInput input;
    input.members = 10000;
    input.annual_fee = 25;
    input.annual_cost_per_member = 40;
    input.customer.average_order_value = 300;
    input.customer.orders_per_period = 2;
    input.customer.gross_margin_rate = 0.3;
    input.customer.retention_rate = 0.7;
    input.customer.discount_rate = 0.1;
    input.retention_uplift = 0.1;
    input.frequency_uplift = 0.8;
    return input;
}

}  // namespace

TEST_CASE("The car-rental club, worked by hand", "[workbench][loyalty]") {
    // Non-member: m = 300 x 2 x 0.3 = 180, M = 0.7 / 0.4 = 1.75, CLV 315.
    // Member: m' = 300 x 3.6 x 0.3 = 324, M' = 0.8 / 0.3 = 2.6667, CLV 864; incremental 549.
    // Fee 25 x M' = 66.667, cost 40 x M' = 106.667: value per member 549 + 66.667 - 106.667 = 509;
    // 10000 members: profit 5,090,000, cost 1,066,666.67, ROI 4.771875.
    // Break-even, each uplift alone: retention 165 M - 315 = 0 -> M = 21/11 -> r = 23.1/32 =
    // 0.721875 (uplift 0.021875); frequency 315 f - 26.25 = 0 -> f = 1/12; spend the same.
    // Tolerance 1e-12 relative (bisection to the last representable number).
    const auto result = computed(compute_loyalty_programme(car_rental_club()));
    CHECK(result.base_clv == Approx(315).epsilon(1e-12));
    CHECK(result.member_clv == Approx(864).epsilon(1e-12));
    CHECK(result.value_per_member == Approx(509).epsilon(1e-12));
    CHECK(result.programme_profit == Approx(5090000).epsilon(1e-12));
    CHECK(*result.roi == Approx(4.771875).epsilon(1e-12));
    CHECK(*result.break_even_retention_uplift == Approx(0.021875).epsilon(1e-12));
    CHECK(*result.break_even_frequency_uplift == Approx(1.0 / 12).epsilon(1e-12));
    CHECK(*result.break_even_spend_uplift == Approx(1.0 / 12).epsilon(1e-12));
    CHECK(result.warnings.empty());
}

TEST_CASE("A fee that covers the cost breaks even without uplift; monthly periods split the fee", "[workbench][loyalty]") {
    auto input = car_rental_club();
    input.annual_fee = 40;
    auto result = computed(compute_loyalty_programme(input));
    CHECK(*result.break_even_retention_uplift == 0);
    input.customer.period = Period::month;
    input.customer.retention_rate = 0.97;
    input.retention_uplift = 0.01;
    result = computed(compute_loyalty_programme(input));
    CHECK(result.fee_per_period == Approx(40.0 / 12));
}

TEST_CASE("Loyalty value rises with each uplift", "[workbench][loyalty][property]") {
    auto input = car_rental_club();
    double previous = -1e300;
    for (double uplift : {0.0, 0.05, 0.1, 0.2, 0.3}) {
        input.retention_uplift = uplift;
        const double value = computed(compute_loyalty_programme(input)).value_per_member;
        CHECK(value > previous);
        previous = value;
    }
    input.retention_uplift = 0.5;  // 0.7 + 0.5 is capped at 1: M' = 1 / 0.1 = 10
    CHECK(computed(compute_loyalty_programme(input)).member_margin_multiple == Approx(10));
    input.retention_uplift = 1.5;
    CHECK(problem_pairs(compute_loyalty_programme(input).problems) == ProblemPairs{{"retention_uplift", "out_of_range"}});
}
