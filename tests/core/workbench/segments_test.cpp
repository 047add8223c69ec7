// Customer groups (src/core/workbench/segments.hpp): the README's four groups worked by hand,
// and properties (tiers partition the customers, the Pareto curve ends at 100 %, shares sum to 1).
#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include "core/workbench/segments.hpp"
#include "../core_test_support.hpp"

using namespace clv;
using namespace clv::workbench;
using namespace core_test;

namespace {

SegmentInput group(const char* name, double customers, double order_value, double orders, double margin,
                   double retention, double cac, double retention_cost) {
    SegmentInput segment;
    segment.name = name;
    segment.customers = customers;
    segment.average_order_value = order_value;
    segment.orders_per_period = orders;
    segment.gross_margin_rate = margin;
    segment.retention_rate = retention;
    segment.acquisition_cost = cac;
    segment.retention_cost_per_customer = retention_cost;
    return segment;
}

// The README's online retailer (README "The workbench", segments).
SegmentsInput retailer() {
    SegmentsInput input;
    input.segments = {group("Loyal", 1000, 120, 6, 0.35, 0.85, 200, 30), group("Regular", 3000, 60, 4, 0.3, 0.7, 80, 10),
                      group("Bargain", 4000, 25, 3, 0.2, 0.5, 40, 5), group("Lapsed", 2000, 40, 1, 0.3, 0.3, 60, 15)};
    input.segments[0].lifecycle_stage = LifecycleStage::mature;
    input.segments[3].lifecycle_stage = LifecycleStage::lapsed;
    input.discount_rate = 0.1;
    return input;
}

}  // namespace

TEST_CASE("Segments of the README retailer, worked by hand", "[workbench][segments]") {
    // end_retained for ever, d = 0.1: M = r / (1.1 - r); profit = (m - c) M - CAC.
    // Loyal:   m = 120 x 6 x 0.35 = 252, M = 0.85/0.25 = 3.4, CLV 856.8, profit 856.8 - 200 - 102 = 554.8
    // Regular: m = 72, M = 1.75, CLV 126, profit 126 - 80 - 17.5 = 28.5
    // Bargain: m = 15, M = 0.8333, CLV 12.5, profit 12.5 - 40 - 4.1667 = -31.6667 (CAC > net value)
    // Lapsed:  m = 12, M = 0.375, CLV 4.5, profit 4.5 - 60 - 5.625 = -61.125 (c = 15 > m = 12)
    // Totals: profit 554800 + 85500 - 126666.67 - 122250 = 391383.33 over 10000 customers.
    // Top 20 % = 2000 customers: Loyal's 1000 (554800) + 1000 of Regular (28500) = 583300.
    // Tolerance 1e-12 relative.
    const auto result = computed(compute_segments(retailer()));
    REQUIRE(result.segments.size() == 4);
    CHECK(result.segments[0].clv == Approx(856.8).epsilon(1e-12));
    CHECK(result.segments[0].profit_per_customer == Approx(554.8).epsilon(1e-12));
    CHECK(result.segments[1].profit_per_customer == Approx(28.5).epsilon(1e-12));
    CHECK(result.segments[2].profit_per_customer == Approx(12.5 - 40 - 5 / 1.2).epsilon(1e-12));
    CHECK(result.segments[3].profit_per_customer == Approx(-61.125).epsilon(1e-12));
    const double total = 554800 + 85500 + 4000 * (12.5 - 40 - 5 / 1.2) - 122250;
    CHECK(result.total_profit == Approx(total).epsilon(1e-12));
    CHECK(result.total_customers == 10000);
    CHECK(*result.top_share_of_profit == Approx(583300 / total).epsilon(1e-12));
    CHECK(*result.segments[0].share_of_profit == Approx(554800 / total).epsilon(1e-12));

    SECTION("ranks, flags and reasons") {
        CHECK(result.segments[0].rank == 1);
        CHECK(result.segments[3].rank == 4);
        CHECK_FALSE(result.segments[0].loss_reason);
        CHECK(*result.segments[2].loss_reason == "acquisition_cost_exceeds_net_value");
        CHECK(*result.segments[3].loss_reason == "retention_cost_exceeds_margin");
        CHECK(has_warning(result, "loss_making_segments"));
    }
    SECTION("tiers by the share of customers ranked before each group (A < 20 %, B < 50 %)") {
        // Loyal starts at 0 %, Regular at 10 % (A), Bargain at 40 % (B), Lapsed at 80 % (C).
        CHECK(result.segments[0].tier == 'A');
        CHECK(result.segments[1].tier == 'A');
        CHECK(result.segments[2].tier == 'B');
        CHECK(result.segments[3].tier == 'C');
        CHECK(*result.tiers[0].lowest_profit_per_customer == Approx(28.5));
    }
    SECTION("the curve: one point per group in rank order, from (0, 0) to (1, 1)") {
        REQUIRE(result.pareto.size() == 5);
        CHECK(result.pareto[1].customer_share == Approx(0.1));
        CHECK(result.pareto[1].profit_share == Approx(554800 / total).epsilon(1e-12));
        CHECK(result.pareto.back().customer_share == 1);
        CHECK(result.pareto.back().profit_share == 1);
    }
}

TEST_CASE("Segments: tiers partition the customers and shares sum to one", "[workbench][segments][property]") {
    auto input = retailer();
    for (double a : {0.0, 0.1, 0.3, 0.6})
        for (double b : {0.2, 0.5, 0.9}) {
            input.tier_a_customer_share = a;
            input.tier_b_customer_share = b;
            const auto result = computed(compute_segments(input));
            double customers = 0, share = 0;
            std::set<std::string> names;
            for (const auto& tier : result.tiers) {
                customers += tier.customers;
                share += *tier.share_of_profit;
                names.insert(tier.segments.begin(), tier.segments.end());
            }
            CHECK(customers == result.total_customers);
            CHECK(share == Approx(1).epsilon(1e-12));
            CHECK(names.size() == input.segments.size());
        }
}

TEST_CASE("Segments: the top share grows with the share asked for, to 100 %", "[workbench][segments][property]") {
    auto input = retailer();
    double previous = 0;
    for (double top : {0.05, 0.1, 0.2, 0.3}) {  // within the profitable groups, it rises
        input.top_customer_share = top;
        const double share = *computed(compute_segments(input)).top_share_of_profit;
        CHECK(share > previous);
        previous = share;
    }
    input.top_customer_share = 1;
    CHECK(*computed(compute_segments(input)).top_share_of_profit == Approx(1).epsilon(1e-12));
}

TEST_CASE("Segments refuse an empty table, duplicate names and diverging values", "[workbench][segments]") {
    SegmentsInput empty;
    empty.discount_rate = 0.1;
    CHECK(problem_pairs(compute_segments(empty).problems) == ProblemPairs{{"segments", "wrong_length"}});
    auto input = retailer();
    input.segments[2].name = "Loyal";
    input.segments[1].retention_rate = 1.5;
    CHECK(problem_pairs(compute_segments(input).problems) ==
          ProblemPairs{{"segments[1].retention_rate", "out_of_range"}, {"segments[2].name", "duplicate_name"}});
    input = retailer();
    input.discount_rate = 0;
    input.segments[0].retention_rate = 1;
    CHECK(problem_pairs(compute_segments(input).problems) ==
          ProblemPairs{{"segments[0].retention_rate", "value_diverges"}});
}

TEST_CASE("Segments without any profit give no shares, and say so", "[workbench][segments]") {
    auto input = retailer();
    input.segments.erase(input.segments.begin(), input.segments.begin() + 2);
    const auto result = computed(compute_segments(input));
    CHECK(result.total_profit < 0);
    CHECK_FALSE(result.top_share_of_profit);
    CHECK_FALSE(result.segments[0].share_of_profit);
    CHECK(has_warning(result, "no_total_profit"));
}
