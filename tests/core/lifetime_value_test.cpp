#include <catch2/catch.hpp>

#include <limits>

#include "core/lifetime_value.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

namespace {
// Worked example "clv.simple" (../shared/formulas/worked-examples.json); the shared names are
// per year, the engine's per period.
SimpleClvInput example_input() {
    const auto& inputs = shared_example("clv.simple").at("inputs");
    SimpleClvInput input;
    input.average_purchase = inputs.at("average_purchase").get<double>();
    input.purchases_per_period = inputs.at("purchases_per_year").get<double>();
    input.lifespan_periods = inputs.at("lifespan_years").get<double>();
    return input;
}
}  // namespace

TEST_CASE("Simple CLV reproduces the shared worked example as revenue", "[lifetime_value]") {
    const auto& example = shared_example("clv.simple");
    const double tolerance = example.at("tolerance").get<double>();
    auto outcome = compute_simple_clv(example_input());
    REQUIRE(outcome.ok());
    const auto& value = *outcome.value;
    CHECK(value.clv == Approx(example.at("expected").at("clv").get<double>()).margin(tolerance));
    CHECK(value.revenue_value == value.clv);
    CHECK(value.basis == ClvBasis::revenue);
    REQUIRE(value.warnings.size() == 1);
    CHECK(value.warnings[0].code == "revenue_only");
    REQUIRE(value.explanation.steps().size() == 1);
    CHECK(value.explanation.steps()[0].formula == "simple_clv.revenue");
    CHECK(value.explanation.steps()[0].values.size() == 3);
}

TEST_CASE("Simple CLV with a gross margin is margin, not revenue", "[lifetime_value]") {
    auto input = example_input();
    input.gross_margin_rate = 0.3;
    auto outcome = compute_simple_clv(input);
    REQUIRE(outcome.ok());
    const auto& value = *outcome.value;
    // 100 x 4 x 5 = 2000 revenue; x 0.3 = 600 margin.
    CHECK(value.revenue_value == Approx(2000));
    CHECK(value.clv == Approx(600));
    CHECK(value.basis == ClvBasis::margin);
    CHECK(value.warnings.empty());
    const auto& steps = value.explanation.steps();
    REQUIRE(steps.size() == 2);
    CHECK(steps[1].formula == "simple_clv.margin");
    CHECK(steps[1].values[0].name == "revenue_value");
    CHECK(steps[1].values[1].name == "gross_margin_rate");
    CHECK(steps[1].result.value == Approx(600));
}

TEST_CASE("Simple CLV rises with each of its factors", "[lifetime_value][property]") {
    auto base = compute_simple_clv(example_input());
    REQUIRE(base.ok());
    auto input = example_input();
    input.lifespan_periods += 1;
    auto longer = compute_simple_clv(input);
    REQUIRE(longer.ok());
    CHECK(longer.value->clv > base.value->clv);
    input = example_input();
    input.purchases_per_period = 4.5;  // fractional purchase counts are allowed
    auto more = compute_simple_clv(input);
    REQUIRE(more.ok());
    CHECK(more.value->clv == Approx(100 * 4.5 * 5));
}

TEST_CASE("Simple CLV reports every bad input", "[lifetime_value][validation]") {
    auto input = example_input();
    input.average_purchase = -1;
    input.purchases_per_period = std::numeric_limits<double>::quiet_NaN();
    input.lifespan_periods = 1201;
    input.gross_margin_rate = 1.5;
    auto outcome = compute_simple_clv(input);
    REQUIRE_FALSE(outcome.ok());
    REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"average_purchase", "negative"},
                                                           {"purchases_per_period", "not_finite"},
                                                           {"lifespan_periods", "out_of_range"},
                                                           {"gross_margin_rate", "out_of_range"}});
    CHECK(*outcome.problems[2].max == 1200);
    CHECK(*outcome.problems[3].max == 1);
}

// ---- simple CLV from totals -----------------------------------------------------------------

namespace {
// By hand (issue 14 item 9's recipe): a year's 50000 of revenue from 1000 purchases by 200
// customers whose lifespans add up to 800 years.
SimpleClvTotalsInput totals_input() {
    SimpleClvTotalsInput input;
    input.total_revenue = 50000;
    input.total_purchases = 1000;
    input.customers = 200;
    input.total_lifespan_periods = 800;
    return input;
}
}  // namespace

TEST_CASE("Simple CLV from totals: each textbook step in turn", "[lifetime_value]") {
    // 50000 / 1000 = 50 a purchase; 1000 / 200 = 5 purchases a customer; 50 x 5 = 250 a year;
    // 800 / 200 = 4 years; 250 x 4 = 1000.
    auto outcome = compute_simple_clv_totals(totals_input());
    REQUIRE(outcome.ok());
    const auto& value = *outcome.value;
    CHECK(value.average_purchase == 50);
    CHECK(value.purchase_frequency == 5);
    CHECK(value.customer_value == 250);
    CHECK(value.average_lifespan_periods == 4);
    CHECK(value.revenue_value == 1000);
    CHECK(value.clv == 1000);
    CHECK(value.basis == ClvBasis::revenue);
    CHECK(warning_codes(value) == std::vector<std::string>{"revenue_only"});
    const auto& steps = value.explanation.steps();
    REQUIRE(steps.size() == 5);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"average_purchase", "simple_clv_totals.average_purchase"},
        {"purchase_frequency", "simple_clv_totals.purchase_frequency"},
        {"customer_value", "simple_clv_totals.customer_value"},
        {"average_lifespan_periods", "simple_clv_totals.average_lifespan"},
        {"revenue_value", "simple_clv_totals.revenue"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(steps[i].id == expected[i].first);
        CHECK(steps[i].formula == expected[i].second);
    }
    CHECK(steps[3].result.unit == Unit::periods);
    // With a 30% margin: 1000 x 0.3 = 300, one more step, no warning.
    auto input = totals_input();
    input.gross_margin_rate = 0.3;
    auto margin = compute_simple_clv_totals(input);
    CHECK(margin.value->clv == Approx(300).epsilon(1e-12));
    CHECK(margin.value->explanation.steps().back().formula == "simple_clv.margin");
    CHECK(margin.value->warnings.empty());
}

TEST_CASE("Simple CLV from totals equals simple CLV from its averages", "[lifetime_value][property]") {
    for (double revenue : {0.0, 1234.5, 9.99e9})
        for (double purchases : {1.0, 7.0, 3000.0})
            for (double customers : {1.0, 3.0, 250.0}) {
                auto input = totals_input();
                input.total_revenue = revenue;
                input.total_purchases = purchases;
                input.customers = customers;
                input.total_lifespan_periods = 2.5 * customers;
                const auto totals = *compute_simple_clv_totals(input).value;
                SimpleClvInput averages;
                averages.average_purchase = revenue / purchases;
                averages.purchases_per_period = purchases / customers;
                averages.lifespan_periods = 2.5;
                CHECK(totals.clv == Approx(compute_simple_clv(averages).value->clv).epsilon(1e-12));
                CHECK(totals.clv == Approx(revenue / customers * 2.5).epsilon(1e-12));
            }
}

TEST_CASE("Simple CLV from totals reports every bad input", "[lifetime_value][validation]") {
    auto input = totals_input();
    input.total_revenue = -1;
    input.total_purchases = 0;
    input.customers = 2.5;
    input.total_lifespan_periods = std::numeric_limits<double>::infinity();
    input.gross_margin_rate = -0.1;
    auto outcome = compute_simple_clv_totals(input);
    REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"total_revenue", "negative"},
                                                           {"total_purchases", "out_of_range"},
                                                           {"customers", "not_whole_number"},
                                                           {"total_lifespan_periods", "not_finite"},
                                                           {"gross_margin_rate", "negative"}});
    CHECK(*outcome.problems[1].min == 1);
}
