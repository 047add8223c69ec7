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
