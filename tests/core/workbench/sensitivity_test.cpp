// Sensitivity and break-even over the workbench's models (src/core/workbench/sensitivity.hpp):
// the tornado's ranking is the recomputed swings' order, its bars bracket the base, and a
// break-even value really gives its target.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/workbench/sensitivity.hpp"
#include "../core_test_support.hpp"
#include "example_client.hpp"

using namespace clv;
using namespace clv::workbench;
using namespace core_test;
using workbench_test::example_client;

namespace {

UnitEconomicsInput client() { return example_client(); }

std::shared_ptr<const LeverModel> model_of(const UnitEconomicsInput& input) {
    return computed(unit_economics_model(input));
}

}  // namespace

TEST_CASE("Sensitivity: a worked bar, the order of the swings and bars bracketing the base", "[workbench][sensitivity]") {
    const auto model = model_of(client());
    const auto result = computed(compute_sensitivity(*model, ModelOutcome::profit, 0.1));
    // Base profit 108 x 0.75/0.35 - 150 = 81.428571 (tests/core/workbench/unit_economics_test.cpp).
    CHECK(*result.base_outcome == Approx(108 * 0.75 / 0.35 - 150).epsilon(1e-12));
    // Advertising 60000 -/+ 10 % = 54000 / 66000: CAC 140 / 160, so profit +10 / -10: swing 20.
    bool seen = false;
    for (const auto& bar : result.bars) {
        if (bar.lever != "acquisition_spend.advertising") continue;
        seen = true;
        CHECK(bar.low_value == Approx(54000));
        CHECK(*bar.outcome_low == Approx(*result.base_outcome + 10).epsilon(1e-12));
        CHECK(*bar.swing == Approx(20).epsilon(1e-12));
    }
    CHECK(seen);
    for (std::size_t i = 0; i < result.bars.size(); ++i) {
        const auto& bar = result.bars[i];
        INFO(bar.lever);
        REQUIRE(bar.swing);
        // Recomputed from the lever alone: the same ends, and the ranking follows the swing.
        const auto& levers = model->levers();
        for (std::size_t j = 0; j < levers.size(); ++j)
            if (levers[j].name == bar.lever)
                CHECK(*model->outcome_at(j, bar.high_value, ModelOutcome::profit) == *bar.outcome_high);
        if (i > 0) CHECK(*result.bars[i - 1].swing >= *bar.swing);
        const double low = std::min(*bar.outcome_low, *bar.outcome_high);
        const double high = std::max(*bar.outcome_low, *bar.outcome_high);
        CHECK(low <= *result.base_outcome + 1e-9);
        CHECK(high >= *result.base_outcome - 1e-9);
    }
    // Profit moves most with the retention rate (0.675 .. 0.825 changes M from 1.59 to 2.99).
    CHECK(result.bars.front().lever == "retention_rate");
}

TEST_CASE("Sensitivity refuses 0 % and 100 %", "[workbench][sensitivity]") {
    const auto model = model_of(client());
    for (double change : {0.0, 1.0, -0.1})
        CHECK(problem_pairs(compute_sensitivity(*model, ModelOutcome::profit, change).problems) ==
              ProblemPairs{{"change", "out_of_range"}});
}

TEST_CASE("Break-even: the retention rate at which profit is zero, and it reproduces the target", "[workbench][break_even]") {
    // By hand: profit = 108 r / (1.1 - r) - 150 = 0 -> 108 r = 150 (1.1 - r) -> r = 165 / 258
    // = 0.639534883720930. Tolerance 1e-12 relative on r; the outcome within 1e-9 of 0 (absolute,
    // scaled by CAC).
    const auto model = model_of(client());
    const auto result = computed(compute_break_even(*model, "retention_rate", ModelOutcome::profit, 0));
    CHECK(result.value == Approx(165.0 / 258).epsilon(1e-12));
    CHECK(std::abs(result.outcome_value) <= 1e-9 * 150);
    CHECK(result.explanation.steps().front().id == "bracket");
}

TEST_CASE("Break-even answers reproduce their targets for every continuous lever", "[workbench][break_even][property]") {
    const auto model = model_of(client());
    for (const auto& lever : model->levers()) {
        if (lever.whole) continue;
        for (double target : {0.0, 50.0, 150.0}) {
            const auto outcome = compute_break_even(*model, lever.name, ModelOutcome::profit, target);
            if (!outcome.ok()) {
                CHECK(problem_pairs(outcome.problems) == ProblemPairs{{"target", "target_out_of_reach"}});
                continue;
            }
            INFO(lever.name << " for profit " << target << " = " << outcome.value->value);
            CHECK(outcome.value->value >= lever.min);
            CHECK(outcome.value->value <= lever.max);
            CHECK(outcome.value->outcome_value == Approx(target).epsilon(1e-9).margin(1e-9));
        }
    }
}

TEST_CASE("Break-even says when no value in range reaches the target, and which inputs it solves", "[workbench][break_even]") {
    const auto model = model_of(client());
    // Profit is at most 128 x 1 / 0.1... with r = 1: (128 - 20) x 1/0.1 - 150 = 930 < 10000.
    const auto far = compute_break_even(*model, "retention_rate", ModelOutcome::profit, 10000);
    REQUIRE(far.problems.size() == 1);
    CHECK(far.problems[0].code == "target_out_of_reach");
    CHECK(*far.problems[0].max == Approx(108 / 0.1 - 150).epsilon(1e-12));
    const auto count = compute_break_even(*model, "new_customers", ModelOutcome::profit, 0);
    REQUIRE(count.problems.size() == 1);
    CHECK(count.problems[0].code == "not_allowed");
    CHECK(count.problems[0].allowed.front() == "acquisition_spend.advertising");
}

TEST_CASE("Segments' levers scale a column for every group", "[workbench][sensitivity]") {
    SegmentsInput input;
    SegmentInput a;
    a.name = "A", a.customers = 100, a.average_order_value = 50, a.orders_per_period = 2, a.gross_margin_rate = 0.5;
    a.retention_rate = 0.8, a.acquisition_cost = 60, a.retention_cost_per_customer = 5;
    SegmentInput b = a;
    b.name = "B", b.retention_rate = 0.4;
    input.segments = {a, b};
    input.discount_rate = 0.1;
    const auto model = computed(segments_model(input));
    // Break-even of the acquisition cost factor for zero total profit: each group's
    // (m - c) M - f x 60 summed: A (50 - 5) x 0.8/0.3 = 120, B 45 x 0.4/0.7 = 25.714; 100 (145.714
    // - 120 f) = 0 -> f = 1.2142857.
    const auto result = computed(compute_break_even(*model, "acquisition_cost", ModelOutcome::total_profit, 0));
    CHECK(result.value == Approx((120 + 45 * 0.4 / 0.7) / 120).epsilon(1e-12));
}
