// Profit per customer, LTV:CAC, margin per period and CAC payback (src/core/profitability.hpp).
#include <catch2/catch.hpp>

#include <limits>
#include <string>

#include "core/profitability.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

namespace {

const double not_a_number = std::numeric_limits<double>::quiet_NaN();

// Worked example "profitability.per_customer"; its lifetime_revenue is our lifetime_value.
ProfitabilityInput example_input() {
    const auto& inputs = shared_example("profitability.per_customer").at("inputs");
    ProfitabilityInput input;
    input.lifetime_value = inputs.at("lifetime_revenue").get<double>();
    input.acquisition_cost = inputs.at("acquisition_cost").get<double>();
    input.retention_cost = inputs.at("retention_cost").get<double>();
    return input;
}
}  // namespace

TEST_CASE("Profit reproduces the shared worked example", "[profitability]") {
    const auto& example = shared_example("profitability.per_customer");
    auto outcome = compute_profitability(example_input());
    REQUIRE(outcome.ok());
    const auto& value = *outcome.value;
    CHECK(value.profit == Approx(example.at("expected").at("profit").get<double>())
                              .margin(example.at("tolerance").get<double>()));
    // By hand: LTV:CAC = 3000 / 500 = 6.
    REQUIRE(value.ltv_to_cac);
    CHECK(*value.ltv_to_cac == Approx(6));
    SECTION("without revenue there is no margin per period and no payback") {
        CHECK_FALSE(value.margin_per_period);
        CHECK_FALSE(value.payback_periods);
        CHECK(value.warnings.empty());
    }
    SECTION("two steps with the values substituted") {
        const auto& steps = value.explanation.steps();
        REQUIRE(steps.size() == 2);
        CHECK(steps[0].id == "profit");
        CHECK(steps[0].formula == "profitability.profit");
        REQUIRE(steps[0].values.size() == 3);
        CHECK(steps[0].values[0].name == "lifetime_value");
        CHECK(steps[0].values[0].value == 3000);
        CHECK(steps[0].values[1].name == "acquisition_cost");
        CHECK(steps[0].values[2].name == "retention_cost");
        CHECK(steps[0].values[2].value == 200);
        CHECK(steps[0].result.unit == Unit::money);
        CHECK(steps[1].formula == "profitability.ltv_to_cac");
        CHECK(steps[1].result.name == "ltv_to_cac");
        CHECK(steps[1].result.unit == Unit::ratio);
    }
}

TEST_CASE("Payback counts periods of margin needed to earn back CAC", "[profitability]") {
    auto input = example_input();
    input.revenue_per_period = 100;
    input.gross_margin_rate = 0.4;
    input.period = Period::month;
    SECTION("by hand: margin 100 × 0.4 = 40, payback 500 / 40 = 12.5, within 36 months") {
        input.lifetime_periods = 36;
        auto outcome = compute_profitability(input);
        REQUIRE(outcome.ok());
        CHECK(*outcome.value->margin_per_period == Approx(40));
        CHECK(*outcome.value->payback_periods == Approx(12.5));
        CHECK(outcome.value->period == Period::month);
        CHECK(outcome.value->warnings.empty());
        const auto& steps = outcome.value->explanation.steps();
        REQUIRE(steps.size() == 4);
        CHECK(steps[2].formula == "profitability.margin_per_period");
        CHECK(steps[2].values[1].name == "gross_margin_rate");
        CHECK(steps[2].values[1].unit == Unit::share);
        CHECK(steps[3].formula == "profitability.payback");
        CHECK(steps[3].values[0].name == "acquisition_cost");
        CHECK(steps[3].values[1].name == "margin_per_period");
        CHECK(steps[3].result.unit == Unit::periods);
    }
    SECTION("a 12-month lifetime is shorter than a 12.5-month payback") {
        input.lifetime_periods = 12;
        auto outcome = compute_profitability(input);
        REQUIRE(outcome.ok());
        REQUIRE(warning_codes(*outcome.value) == std::vector<std::string>{"payback_exceeds_lifetime"});
        const auto& values = outcome.value->warnings[0].values;
        REQUIRE(values.size() == 2);
        CHECK(values[0].name == "payback_periods");
        CHECK(values[0].value == Approx(12.5));
        CHECK(values[1].name == "lifetime_periods");
        CHECK(values[1].value == 12);
    }
    SECTION("a payback equal to the lifetime does not exceed it") {
        input.lifetime_periods = 12.5;
        auto outcome = compute_profitability(input);
        REQUIRE(outcome.ok());
        CHECK(outcome.value->warnings.empty());
    }
}

TEST_CASE("Revenue without a margin rate counts all revenue as margin, with a warning", "[profitability]") {
    auto input = example_input();
    input.revenue_per_period = 50;
    auto outcome = compute_profitability(input);
    REQUIRE(outcome.ok());
    CHECK(*outcome.value->margin_per_period == 50);
    CHECK(*outcome.value->payback_periods == Approx(10));  // by hand: 500 / 50
    CHECK(warning_codes(*outcome.value) == std::vector<std::string>{"revenue_only"});
}

TEST_CASE("A margin rate without revenue gives no margin and no payback", "[profitability]") {
    auto input = example_input();
    input.gross_margin_rate = 0.3;
    auto outcome = compute_profitability(input);
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome.value->margin_per_period);
    CHECK_FALSE(outcome.value->payback_periods);
    CHECK(outcome.value->warnings.empty());
}

TEST_CASE("Zero margin never pays back", "[profitability]") {
    auto input = example_input();
    input.revenue_per_period = 100;
    SECTION("zero margin rate") { input.gross_margin_rate = 0; }
    SECTION("zero revenue") { input.revenue_per_period = 0; input.gross_margin_rate = 0.5; }
    auto outcome = compute_profitability(input);
    REQUIRE(outcome.ok());
    CHECK(*outcome.value->margin_per_period == 0);
    CHECK_FALSE(outcome.value->payback_periods);
    CHECK(warning_codes(*outcome.value) == std::vector<std::string>{"never_pays_back"});
    CHECK(outcome.value->explanation.steps().size() == 3);
}

TEST_CASE("Zero CAC has no LTV:CAC and nothing to pay back", "[profitability]") {
    auto input = example_input();
    input.acquisition_cost = 0;
    input.revenue_per_period = 0;
    input.gross_margin_rate = 0.5;
    auto outcome = compute_profitability(input);
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome.value->ltv_to_cac);
    CHECK(outcome.value->profit == 2800);  // by hand: 3000 − 0 − 200
    REQUIRE(outcome.value->payback_periods);
    CHECK(*outcome.value->payback_periods == 0);
    CHECK(warning_codes(*outcome.value) == std::vector<std::string>{"zero_acquisition_cost"});
}

TEST_CASE("A customer worth less than its costs is unprofitable", "[profitability]") {
    auto input = example_input();
    input.lifetime_value = 500;
    auto outcome = compute_profitability(input);
    REQUIRE(outcome.ok());
    CHECK(outcome.value->profit == -200);  // by hand: 500 − 500 − 200
    REQUIRE(warning_codes(*outcome.value) == std::vector<std::string>{"unprofitable"});
    CHECK(outcome.value->warnings[0].values[0].name == "profit");
    CHECK(outcome.value->warnings[0].values[0].value == -200);
    SECTION("breaking even is not unprofitable") {
        input.lifetime_value = 700;
        CHECK(compute_profitability(input).value->warnings.empty());
    }
}

TEST_CASE("Profit falls one for one with CAC and payback rises with it", "[profitability][property]") {
    auto input = example_input();
    input.revenue_per_period = 80;
    input.gross_margin_rate = 0.25;
    auto base = compute_profitability(input);
    REQUIRE(base.ok());
    double previous_payback = *base.value->payback_periods;
    for (double extra : {1.0, 10.0, 250.0, 1e6}) {
        input.acquisition_cost = 500 + extra;
        auto outcome = compute_profitability(input);
        REQUIRE(outcome.ok());
        CHECK(*base.value->profit - *outcome.value->profit == Approx(extra));
        CHECK(*outcome.value->payback_periods > previous_payback);
        previous_payback = *outcome.value->payback_periods;
    }
}

TEST_CASE("LTV:CAC times CAC gives back LTV", "[profitability][property]") {
    auto input = example_input();
    for (double ltv : {0.0, 1.0, 3000.0, 1e9})
        for (double cac : {0.01, 1.0, 500.0, 1e12}) {
            input.lifetime_value = ltv;
            input.acquisition_cost = cac;
            auto outcome = compute_profitability(input);
            REQUIRE(outcome.ok());
            CHECK(*outcome.value->ltv_to_cac * cac == Approx(ltv).margin(1e-9));
        }
}

TEST_CASE("A payback-only exercise needs no lifetime value", "[profitability]") {
    // Issue 14 item 12: CAC 500, revenue 1000 a period at a 25% margin: payback 500 / 250 = 2
    // periods; profit and LTV:CAC need the lifetime value and are left out, without warnings.
    ProfitabilityInput input;
    input.acquisition_cost = 500;
    input.revenue_per_period = 1000;
    input.gross_margin_rate = 0.25;
    auto outcome = compute_profitability(input);
    REQUIRE(outcome.ok());
    const auto& value = *outcome.value;
    CHECK_FALSE(value.profit);
    CHECK_FALSE(value.ltv_to_cac);
    CHECK(*value.margin_per_period == 250);
    CHECK(*value.payback_periods == 2);
    CHECK(value.warnings.empty());
    REQUIRE(value.explanation.steps().size() == 2);
    CHECK(value.explanation.steps()[0].id == "margin_per_period");
    CHECK(value.explanation.steps()[1].id == "payback_periods");
    // Even a CAC of 0 is no zero_acquisition_cost warning when no ratio is asked for.
    input.acquisition_cost = 0;
    CHECK(compute_profitability(input).value->warnings.empty());
}

TEST_CASE("A ratio-only exercise needs only LTV and CAC", "[profitability]") {
    // LTV 3000, CAC 500: LTV:CAC = 6 (README example), no retention cost, no revenue.
    ProfitabilityInput input;
    input.lifetime_value = 3000;
    input.acquisition_cost = 500;
    auto outcome = compute_profitability(input);
    REQUIRE(outcome.ok());
    CHECK(*outcome.value->ltv_to_cac == 6);
    CHECK_FALSE(outcome.value->payback_periods);
}

TEST_CASE("Without lifetime value and revenue there is nothing to compute", "[profitability][validation]") {
    ProfitabilityInput input;
    input.acquisition_cost = 500;
    REQUIRE(problem_pairs(compute_profitability(input).problems) ==
            ProblemPairs{{"lifetime_value", "missing_field"}});
}

TEST_CASE("Profitability rejects bad input, reporting every problem", "[profitability][validation]") {
    auto input = example_input();
    SECTION("each field's rule, in field order") {
        input.lifetime_value = -1;
        input.acquisition_cost = not_a_number;
        input.retention_cost = limits::max_money * 10;
        input.revenue_per_period = -5;
        input.gross_margin_rate = 1.5;
        input.lifetime_periods = 0;
        auto outcome = compute_profitability(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"lifetime_value", "negative"},
                                                               {"acquisition_cost", "not_finite"},
                                                               {"retention_cost", "out_of_range"},
                                                               {"revenue_per_period", "negative"},
                                                               {"gross_margin_rate", "out_of_range"},
                                                               {"lifetime_periods", "must_be_positive"}});
        CHECK(*outcome.problems[4].max == 1);
        CHECK(outcome.problems[5].min_exclusive);
    }
    SECTION("a lifetime beyond the longest lifespan") {
        input.lifetime_periods = limits::max_lifespan + 1;
        auto outcome = compute_profitability(input);
        REQUIRE(outcome.problems.size() == 1);
        CHECK(outcome.problems[0].code == "out_of_range");
        CHECK(*outcome.problems[0].max == limits::max_lifespan);
    }
}
