#include <catch2/catch.hpp>

#include <cmath>
#include <utility>

#include "core/discounting.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

TEST_CASE("Discount rates convert by compounding, not by dividing", "[discounting]") {
    // 12% a year: (1.12)^(1/12) - 1 = 0.00948879293...; 1% a month: 1.01^12 - 1 = 0.12682503...
    CHECK(convert_discount_rate(0.12, Period::year, Period::month) ==
          Approx(std::pow(1.12, 1.0 / 12) - 1).epsilon(1e-12));
    CHECK(convert_discount_rate(0.12, Period::year, Period::month) == Approx(0.0094887929).margin(1e-9));
    CHECK(convert_discount_rate(0.12, Period::year, Period::month) != Approx(0.01));
    CHECK(convert_discount_rate(0.01, Period::month, Period::year) == Approx(0.1268250301).margin(1e-9));
    CHECK(convert_discount_rate(0.07, Period::month, Period::month) == 0.07);
}

TEST_CASE("Retention rates convert as survival probabilities", "[discounting]") {
    // Keeping 90% a month keeps 0.9^12 = 0.2824295365 a year; 0.81 a year is 0.81^(1/12) a month.
    CHECK(convert_retention_rate(0.9, Period::month, Period::year) == Approx(0.2824295365).margin(1e-9));
    CHECK(convert_retention_rate(0.81, Period::year, Period::month) ==
          Approx(std::pow(0.81, 1.0 / 12)).epsilon(1e-12));
    CHECK(convert_retention_rate(0.5, Period::year, Period::year) == 0.5);
}

TEST_CASE("Rate conversions round-trip year -> month -> year and month -> year -> month",
          "[discounting][property]") {
    const std::pair<Period, Period> ways[] = {{Period::year, Period::month}, {Period::month, Period::year}};
    for (const auto& [from, to] : ways) {
        INFO(period_name(from) << " -> " << period_name(to) << " -> " << period_name(from));
        for (double rate : {0.0, 1e-12, 0.004, 0.05, 0.1, 0.5, 1.0, 10.0}) {
            const double there = convert_discount_rate(rate, from, to);
            CHECK(convert_discount_rate(there, to, from) == Approx(rate).epsilon(1e-12).margin(1e-15));
        }
        for (double rate : {0.0, 0.3, 0.8, 0.99, 1.0}) {
            const double there = convert_retention_rate(rate, from, to);
            CHECK(convert_retention_rate(there, to, from) == Approx(rate).epsilon(1e-12).margin(1e-15));
        }
    }
}

TEST_CASE("Rate conversions follow their formulas across the range", "[discounting][property]") {
    // DESIGN.md: a yearly discount rate a is (1 + a)^(1/12) - 1 a month, a monthly m is
    // (1 + m)^12 - 1 a year; retention is a survival probability, r_month^12 a year. The margin
    // allows for the formula's own rounding: 1 + a - 1 loses digits the engine keeps.
    for (double rate : {0.001, 0.05, 0.12, 1.0, 10.0}) {
        CHECK(convert_discount_rate(rate, Period::year, Period::month) ==
              Approx(std::pow(1 + rate, 1.0 / 12) - 1).epsilon(1e-12).margin(1e-15));
        CHECK(convert_discount_rate(rate, Period::month, Period::year) ==
              Approx(std::pow(1 + rate, 12) - 1).epsilon(1e-12).margin(1e-15));
    }
    for (double rate : {0.0, 0.3, 0.9, 0.999, 1.0}) {
        CHECK(convert_retention_rate(rate, Period::month, Period::year) ==
              Approx(std::pow(rate, 12)).epsilon(1e-12));
        CHECK(convert_retention_rate(rate, Period::year, Period::month) ==
              Approx(std::pow(rate, 1.0 / 12)).epsilon(1e-12));
    }
}

TEST_CASE("A tiny rate keeps its digits through the conversion", "[discounting]") {
    // (1 + 1e-12)^(1/12) - 1 = 1e-12 / 12 to first order; 1 + 1e-12 - 1 alone loses ~4 digits.
    CHECK(convert_discount_rate(1e-12, Period::year, Period::month) ==
          Approx(1e-12 / 12).epsilon(1e-9));
}

TEST_CASE("Discount factors are 1 / (1 + d)^t", "[discounting]") {
    CHECK(discount_factor(0.05, 0) == 1);
    CHECK(discount_factor(0.05, 2) == Approx(1 / 1.1025).epsilon(1e-14));
    CHECK(discount_factor(10, 1200) == 0);  // underflows to 0, never NaN
    CHECK(discount_factor(0, 7) == 1);
}

TEST_CASE("convert_rate records one step named for the conversion", "[discounting]") {
    SECTION("discount, year to month") {
        auto outcome = compute_rate_conversion({RateKind::discount, 0.1, Period::year, Period::month});
        REQUIRE(outcome.ok());
        // 1.1^(1/12) - 1 = 0.00797414043...
        CHECK(outcome.value->converted_rate == Approx(0.0079741404).margin(1e-10));
        const auto& steps = outcome.value->explanation.steps();
        REQUIRE(steps.size() == 1);
        CHECK(steps[0].formula == "discount.convert_year_to_month");
        CHECK(steps[0].values[0].name == "discount_rate_annual");
        CHECK(steps[0].result.name == "discount_rate_monthly");
    }
    SECTION("retention, month to year") {
        auto outcome = compute_rate_conversion({RateKind::retention, 0.9, Period::month, Period::year});
        REQUIRE(outcome.ok());
        CHECK(outcome.value->converted_rate == Approx(0.2824295365).margin(1e-9));
        CHECK(outcome.value->explanation.steps()[0].formula == "retention.convert_month_to_year");
        CHECK(outcome.value->explanation.steps()[0].values[0].name == "retention_rate_monthly");
    }
    SECTION("same period leaves the rate as it is") {
        auto outcome = compute_rate_conversion({RateKind::retention, 0.9, Period::year, Period::year});
        REQUIRE(outcome.ok());
        CHECK(outcome.value->converted_rate == 0.9);
        CHECK(outcome.value->explanation.steps()[0].formula == "rate.unchanged");
    }
}

TEST_CASE("convert_rate checks the range of its kind of rate", "[discounting][validation]") {
    auto retention = compute_rate_conversion({RateKind::retention, 1.2, Period::year, Period::month});
    REQUIRE(problem_pairs(retention.problems) == ProblemPairs{{"rate", "out_of_range"}});
    CHECK(*retention.problems[0].max == 1);
    auto discount = compute_rate_conversion({RateKind::discount, 1.2, Period::year, Period::month});
    CHECK(discount.ok());
    auto negative = compute_rate_conversion({RateKind::discount, -0.1, Period::year, Period::month});
    REQUIRE(negative.problems.size() == 1);
    CHECK(negative.problems[0].code == "negative");
    auto too_big = compute_rate_conversion({RateKind::discount, 11, Period::year, Period::month});
    REQUIRE(too_big.problems.size() == 1);
    CHECK(too_big.problems[0].code == "out_of_range");
    CHECK(*too_big.problems[0].max == 10);
}

TEST_CASE("A converted discount rate is never silent: warning rate_converted", "[discounting]") {
    // Issue 14 item 1: 12% a year for monthly flows becomes 1.12^(1/12) - 1 = 0.0094887929 a
    // month; the warning carries both, the given rate first.
    Explanation explanation;
    std::vector<Warning> warnings;
    const double monthly =
        discount_rate_per_period(0.12, Period::year, Period::month, explanation, warnings);
    CHECK(monthly == Approx(0.0094887929).margin(1e-9));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].code == "rate_converted");
    REQUIRE(warnings[0].values.size() == 2);
    CHECK(warnings[0].values[0].name == "discount_rate_annual");
    CHECK(warnings[0].values[0].value == 0.12);
    CHECK(warnings[0].values[0].unit == Unit::rate);
    CHECK(warnings[0].values[1].name == "discount_rate_monthly");
    CHECK(warnings[0].values[1].value == monthly);
    // Month to year: 1% a month is 1.01^12 - 1 = 0.1268250301 a year.
    warnings.clear();
    discount_rate_per_period(0.01, Period::month, Period::year, explanation, warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].values[0].name == "discount_rate_monthly");
    CHECK(warnings[0].values[1].name == "discount_rate_annual");
    CHECK(warnings[0].values[1].value == Approx(0.1268250301).margin(1e-9));
    // A rate already for the period is used as given, with no step and no warning.
    warnings.clear();
    Explanation unchanged;
    CHECK(discount_rate_per_period(0.12, Period::month, Period::month, unchanged, warnings) == 0.12);
    CHECK(warnings.empty());
    CHECK(unchanged.steps().empty());
}
