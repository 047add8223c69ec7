#include <catch2/catch.hpp>

#include <cmath>

#include "core/discounted_clv.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

namespace {
DiscountedClvResult compute(const DiscountedClvInput& input) { return computed(compute_discounted_clv(input)); }
}  // namespace

TEST_CASE("Discounted CLV reproduces the end-of-year worked example", "[discounted_clv]") {
    const auto& example = shared_example("clv.discounted.end_of_year");
    const double tolerance = example.at("tolerance").get<double>();  // 0.005: to the cent
    const auto& expected = example.at("expected");
    auto result = compute(end_of_year_input());
    REQUIRE(result.clv);
    CHECK(*result.clv == Approx(expected.at("clv").get<double>()).margin(tolerance));
    REQUIRE(result.table.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(result.table[i].period == int(i) + 1);
        CHECK(result.table[i].time == double(i + 1));
        CHECK(result.table[i].present_value ==
              Approx(expected.at("present_values")[i].get<double>()).margin(tolerance));
    }
    CHECK(result.table.back().cumulative_present_value == Approx(*result.clv).epsilon(1e-12));
    CHECK(result.horizon == Horizon::finite);
    CHECK(*result.periods == 5);
    CHECK(result.discount_rate_per_period == 0.05);
    // The annuity step names its values.
    const auto& steps = result.explanation.steps();
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].formula == "discounted_clv.annuity_end");
    CHECK(steps[0].values[2].name == "periods");
    CHECK(steps[1].id == "perpetuity_clv");
    CHECK(steps[1].formula == "discounted_clv.perpetuity_end");
}

TEST_CASE("A finite constant flow warns that the horizon truncates its perpetuity",
          "[discounted_clv]") {
    // The shared note: a perpetuity of 1000 a year at 5% is 20000 (not 4329.48 / 0.05).
    auto result = compute(end_of_year_input());
    REQUIRE(result.perpetuity_clv);
    CHECK(*result.perpetuity_clv == Approx(20000).margin(1e-6));
    REQUIRE(has_warning(result, "finite_horizon_truncates"));
    const auto& warning = result.warnings[0];
    REQUIRE(warning.values.size() == 1);
    CHECK(warning.values[0].name == "perpetuity_clv");
    CHECK(warning.values[0].value == Approx(20000).margin(1e-6));
}

TEST_CASE("Perpetuities reproduce the shared worked example", "[discounted_clv]") {
    const auto& example = shared_example("clv.discounted.perpetuity");
    const double tolerance = example.at("tolerance").get<double>();
    DiscountedClvInput input;
    input.cash_flow_per_period = example.at("inputs").at("cash_flow_per_year").get<double>();
    input.discount_rate = example.at("inputs").at("discount_rate").get<double>();
    SECTION("end of period") {
        auto result = compute(input);
        REQUIRE(result.clv);
        CHECK(*result.clv == Approx(example.at("expected").at("clv_end").get<double>()).margin(tolerance));
        CHECK(result.horizon == Horizon::infinite);
        CHECK_FALSE(result.periods);
        CHECK(result.table.size() == 30);  // the default table length
        CHECK(result.explanation.steps()[0].formula == "discounted_clv.perpetuity_end");
        CHECK(result.warnings.empty());
    }
    SECTION("start of period") {
        input.timing = Timing::start;
        input.table_periods = 12;
        auto result = compute(input);
        REQUIRE(result.clv);
        CHECK(*result.clv == Approx(example.at("expected").at("clv_start").get<double>()).margin(tolerance));
        CHECK(result.table.size() == 12);
        CHECK(result.table[0].time == 0);
        CHECK(result.table[0].present_value == 1000);
        CHECK(result.explanation.steps()[0].formula == "discounted_clv.perpetuity_start");
    }
}

TEST_CASE("A perpetuity at 0% diverges: no value, a warning", "[discounted_clv]") {
    DiscountedClvInput input;
    input.cash_flow_per_period = 1000;
    input.discount_rate = 0;
    auto result = compute(input);
    CHECK_FALSE(result.clv);
    CHECK_FALSE(result.perpetuity_clv);
    CHECK(has_warning(result, "diverges"));
    CHECK(result.table.size() == 30);
    CHECK(result.table[29].cumulative_present_value == Approx(30000));
}

TEST_CASE("Start of period is end of period times (1 + d)", "[discounted_clv][property]") {
    for (double rate : {0.0, 0.01, 0.05, 0.3, 2.0}) {
        auto end = end_of_year_input();
        end.discount_rate = rate;
        auto start = end;
        start.timing = Timing::start;
        auto end_value = compute(end);
        auto start_value = compute(start);
        CHECK(*start_value.clv == Approx(*end_value.clv * (1 + rate)).epsilon(1e-12));
        // And for a list of different flows.
        end.cash_flow_per_period.reset();
        end.periods.reset();
        end.cash_flows = std::vector<double>{100, -20, 300, 0, 55.5};
        start = end;
        start.timing = Timing::start;
        CHECK(*compute(start).clv == Approx(*compute(end).clv * (1 + rate)).epsilon(1e-12));
    }
}

TEST_CASE("Discounted CLV falls as the discount rate rises", "[discounted_clv][property]") {
    // Finite and perpetual, end and start of period (a perpetuity has no value at 0%).
    for (bool perpetuity : {false, true}) {
        for (auto timing : {Timing::end, Timing::start}) {
            INFO((perpetuity ? "perpetuity, " : "5 periods, ") << timing_name(timing));
            auto input = end_of_year_input();
            if (perpetuity) input.periods.reset();
            input.timing = timing;
            double previous = 1e300;
            for (double rate : {0.0, 0.01, 0.05, 0.1, 1.0, 10.0}) {
                if (perpetuity && rate == 0) continue;
                input.discount_rate = rate;
                const double value = *compute(input).clv;
                CHECK(value < previous);
                previous = value;
            }
        }
    }
}

TEST_CASE("A long finite horizon tends to the perpetuity", "[discounted_clv][property]") {
    auto input = end_of_year_input();
    double previous_gap = 1e300;
    for (double n : {5.0, 50.0, 200.0, 400.0}) {
        input.periods = n;
        auto result = compute(input);
        const double gap = *result.perpetuity_clv - *result.clv;
        CHECK(gap > 0);
        CHECK(gap < previous_gap);
        previous_gap = gap;
    }
    CHECK(previous_gap == Approx(20000 * std::pow(1.05, -400)).epsilon(1e-6));  // about 6.7e-5
    input.periods = 1200;  // the gap, 20000 x 1.05^-1200 ~ 7e-22, is below a double's reach
    auto longest = compute(input);
    CHECK(*longest.clv == Approx(20000).epsilon(1e-15));
}

TEST_CASE("A list of equal flows equals the constant flow", "[discounted_clv][property]") {
    auto constant = end_of_year_input();
    auto list = constant;
    list.cash_flow_per_period.reset();
    list.periods.reset();
    list.cash_flows = std::vector<double>(5, 1000.0);
    auto list_result = compute(list);
    CHECK(*list_result.clv == Approx(*compute(constant).clv).epsilon(1e-12));
    CHECK(list_result.explanation.steps()[0].formula == "discounted_clv.sum_end");
    CHECK_FALSE(list_result.perpetuity_clv);  // a list has no perpetuity to compare with
    CHECK_FALSE(has_warning(list_result, "finite_horizon_truncates"));
}

TEST_CASE("A monthly flow with an annual rate converts the rate exactly", "[discounted_clv]") {
    DiscountedClvInput input;
    input.cash_flows = std::vector<double>{100, 100};
    input.discount_rate = 0.12;
    input.discount_rate_period = Period::year;
    input.period = Period::month;
    auto result = compute(input);
    const double monthly = std::pow(1.12, 1.0 / 12) - 1;
    CHECK(result.discount_rate_per_period == Approx(monthly).epsilon(1e-12));
    // 100 / (1 + m) + 100 / (1 + m)^2
    CHECK(*result.clv == Approx(100 / (1 + monthly) + 100 / std::pow(1 + monthly, 2)).epsilon(1e-12));
    const auto& steps = result.explanation.steps();
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].id == "discount_rate_per_period");
    CHECK(steps[0].formula == "discount.convert_year_to_month");
    CHECK(warning_codes(result) == std::vector<std::string>{"rate_converted"});
}

TEST_CASE("At 0% a finite constant flow is the plain sum", "[discounted_clv]") {
    auto input = end_of_year_input();
    input.discount_rate = 0;
    auto result = compute(input);
    CHECK(*result.clv == 5000);
    CHECK(result.explanation.steps()[0].formula == "discounted_clv.undiscounted");
    REQUIRE(has_warning(result, "finite_horizon_truncates"));
    CHECK(result.warnings[0].values.empty());  // its perpetuity has no value
}

TEST_CASE("Discounted CLV input problems carry exact codes and fields",
          "[discounted_clv][validation]") {
    auto input = end_of_year_input();
    SECTION("both a constant flow and a list") {
        input.periods.reset();
        input.cash_flows = std::vector<double>{1, 2};
        auto outcome = compute_discounted_clv(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"cash_flows", "conflicting_fields"}});
    }
    SECTION("neither") {
        input.cash_flow_per_period.reset();
        auto outcome = compute_discounted_clv(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"cash_flow_per_period", "missing_field"}});
    }
    SECTION("a list with periods, a bad item and a bad rate: all reported") {
        input.cash_flow_per_period.reset();
        input.cash_flows = std::vector<double>{1, 2e15, 3};
        input.discount_rate = 10.5;
        auto outcome = compute_discounted_clv(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"cash_flows[1]", "out_of_range"},
                                                               {"periods", "conflicting_fields"},
                                                               {"discount_rate", "out_of_range"}});
        CHECK(*outcome.problems[2].max == 10);
    }
    SECTION("periods and table_periods must be whole and within 1..1200") {
        input.periods = 2.5;
        input.table_periods = 0;
        auto outcome = compute_discounted_clv(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"periods", "not_whole_number"},
                                                               {"table_periods", "out_of_range"}});
        CHECK(*outcome.problems[1].min == 1);
    }
    SECTION("an empty or too long list") {
        input.cash_flow_per_period.reset();
        input.periods.reset();
        input.cash_flows = std::vector<double>(1201, 1.0);
        auto outcome = compute_discounted_clv(input);
        REQUIRE(outcome.problems.size() == 1);
        CHECK(outcome.problems[0].code == "wrong_length");
        CHECK(*outcome.problems[0].max == 1200);
    }
}

TEST_CASE("Extreme but valid inputs give finite numbers or null", "[discounted_clv]") {
    DiscountedClvInput input;
    input.cash_flow_per_period = 1e15;
    input.discount_rate = 1e-300;  // 1e15 / 1e-300 overflows: treated as diverging
    auto result = compute(input);
    CHECK_FALSE(result.clv);
    CHECK(has_warning(result, "diverges"));
    input.discount_rate = 10;
    input.periods = 1200;
    input.period = Period::month;  // 10 a year is about 0.2218 a month
    auto finite = compute(input);
    REQUIRE(finite.clv);
    CHECK(std::isfinite(*finite.clv));
    for (const auto& row : finite.table) CHECK(std::isfinite(row.present_value));
}

TEST_CASE("discounted_value gives the clv without a table, for any rate, timing or horizon",
          "[discounted_clv][property]") {
    // The numbers a check tries for another rate, timing or horizon come from discounted_value;
    // it must agree with the full calculation.
    for (bool list : {false, true})
        for (std::optional<double> periods : {std::optional<double>(), std::optional<double>(1),
                                              std::optional<double>(24)})
            for (double d : {0.0, 0.05, 3.0})
                for (Timing timing : {Timing::end, Timing::start}) {
                    if (list && !periods) continue;  // a list sets its own horizon
                    DiscountedClvInput input;
                    if (list) input.cash_flows = std::vector<double>(std::size_t(*periods), 250.0);
                    else input.cash_flow_per_period = 250;
                    if (!list) input.periods = periods;
                    input.discount_rate = d;
                    input.timing = timing;
                    auto outcome = compute_discounted_clv(input);
                    REQUIRE(outcome.ok());
                    std::optional<int> horizon;
                    if (periods) horizon = int(*periods);
                    auto quick = discounted_value(input, d, timing, horizon);
                    REQUIRE(bool(quick) == bool(outcome.value->clv));
                    if (quick) CHECK(*quick == *outcome.value->clv);
                }
    // The annuity factor of a fractional horizon, for the mean-lifetime slip: 2.5 years at 10%.
    CHECK(annuity_factor(0.1, 2.5, Timing::end) == Approx((1 - std::pow(1.1, -2.5)) / 0.1).epsilon(1e-12));
    CHECK(annuity_factor(0, 2.5, Timing::start) == 2.5);
}
