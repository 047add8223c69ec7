#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <string>

#include "core/retention_clv.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

namespace {
// Worked example "clv.retention.infinite": m = 100, r = 0.8, i = 0.1, for ever.
RetentionClvInput infinite_input() {
    const auto& inputs = shared_example("clv.retention.infinite").at("inputs");
    RetentionClvInput input;
    input.margin_per_period = inputs.at("margin_per_period").get<double>();
    input.retention_rate = inputs.at("retention_rate").get<double>();
    input.discount_rate = inputs.at("discount_rate").get<double>();
    return input;
}

RetentionClvResult compute(const RetentionClvInput& input) { return computed(compute_retention_clv(input)); }

const ConventionValue& convention(const RetentionClvResult& result, RetentionConvention which) {
    for (const auto& value : result.conventions)
        if (value.convention == which) return value;
    FAIL("no convention " << convention_name(which));
    return result.conventions.front();
}

double clv_of(const RetentionClvInput& input, RetentionConvention which) {
    auto result = compute(input);
    const auto& value = convention(result, which);
    REQUIRE(value.clv);
    return *value.clv;
}

constexpr auto end_retained = RetentionConvention::end_retained;
constexpr auto start = RetentionConvention::start;
constexpr auto end_first_certain = RetentionConvention::end_first_certain;
}  // namespace

TEST_CASE("Retention CLV reproduces the infinite-horizon worked example", "[retention_clv]") {
    const auto& example = shared_example("clv.retention.infinite");
    const double tolerance = example.at("tolerance").get<double>();
    const auto& expected = example.at("expected");
    auto result = compute(infinite_input());
    REQUIRE(result.conventions.size() == 3);
    CHECK(*convention(result, end_retained).clv ==
          Approx(expected.at("clv_end_of_period").get<double>()).margin(tolerance));
    CHECK(*convention(result, start).clv ==
          Approx(expected.at("clv_start_of_period").get<double>()).margin(tolerance));
    // 100 / (1 + 0.1 - 0.8) = 333.33 (README's third value)
    CHECK(*convention(result, end_first_certain).clv == Approx(1000.0 / 3).margin(1e-9));
    CHECK(result.horizon == Horizon::infinite);
    CHECK_FALSE(result.periods);
    CHECK(result.warnings.empty());
    for (const auto& value : result.conventions) {
        CHECK(value.limit == value.clv);
        CHECK(value.table.size() == 30);  // default rows for an infinite horizon
        REQUIRE(value.explanation.steps().size() == 2);
        CHECK(value.explanation.steps()[0].formula ==
              std::string("retention_clv.") + convention_name(value.convention) + ".infinite");
        CHECK(value.explanation.steps()[1].id == "margin_multiple");
        CHECK_FALSE(value.net_clv);  // no acquisition cost given
    }
}

TEST_CASE("Retention CLV reproduces the finite start-of-period worked example", "[retention_clv]") {
    const auto& example = shared_example("clv.retention.finite_start");
    const double tolerance = example.at("tolerance").get<double>();
    auto input = infinite_input();
    input.periods = example.at("inputs").at("periods").get<double>();
    auto result = compute(input);
    const auto& value = convention(result, start);
    CHECK(*value.clv == Approx(example.at("expected").at("clv").get<double>()).margin(tolerance));
    CHECK(*value.limit == Approx(1100.0 / 3).margin(1e-9));  // the infinite value, for the chart
    CHECK(value.table.size() == 5);
    CHECK(value.table[0].time == 0);
    CHECK(value.table[0].survival == 1);
    CHECK_FALSE(value.table[0].retention_rate);
    CHECK(value.table[4].survival == Approx(std::pow(0.8, 4)));
    CHECK(value.table[4].cumulative_present_value == Approx(*value.clv).epsilon(1e-12));
    const auto& steps = value.explanation.steps();
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].id == "clv");
    CHECK(steps[0].formula == "retention_clv.start.finite");
    CHECK(steps[1].id == "limit");
    CHECK(steps[1].formula == "retention_clv.start.infinite");
    CHECK(steps[2].id == "margin_multiple");
    CHECK(steps[2].formula == "retention_clv.start.multiple_sum");
}

TEST_CASE("The three conventions relate by (1 + d) / r and r", "[retention_clv][property]") {
    for (double r : {0.1, 0.5, 0.8, 0.95, 1.0}) {
        for (double d : {0.01, 0.1, 0.5}) {
            for (bool finite : {false, true}) {
                auto input = infinite_input();
                input.retention_rate = r;
                input.discount_rate = d;
                if (finite) input.periods = 7;
                auto result = compute(input);
                const double er = *convention(result, end_retained).clv;
                const double st = *convention(result, start).clv;
                const double efc = *convention(result, end_first_certain).clv;
                CHECK(er * (1 + d) / r == Approx(st).epsilon(1e-12));
                CHECK(efc * r == Approx(er).epsilon(1e-12));
            }
        }
    }
}

TEST_CASE("Retention CLV rises with retention and falls with the discount rate",
          "[retention_clv][property]") {
    // Over a finite horizon too: 2 periods is the shortest in which every convention's value
    // depends on r (with 1 period, end_first_certain is m / (1 + d) whatever r is).
    for (std::optional<double> periods : {std::optional<double>(), std::optional<double>(2), std::optional<double>(40)}) {
        INFO("periods " << (periods ? std::to_string(*periods) : std::string("infinite")));
        for (auto which : {end_retained, start, end_first_certain}) {
            INFO(convention_name(which));
            double previous = -1;
            for (double r : {0.0, 0.2, 0.5, 0.8, 0.9, 0.99, 1.0}) {
                auto input = infinite_input();
                input.periods = periods;
                input.retention_rate = r;
                const double value = clv_of(input, which);
                CHECK(value > previous);
                previous = value;
            }
            previous = 1e300;
            for (double d : {0.0, 0.01, 0.1, 1.0, 10.0}) {
                auto input = infinite_input();
                input.periods = periods;
                input.discount_rate = d;
                const double value = clv_of(input, which);
                CHECK(value < previous);
                previous = value;
            }
        }
    }
}

TEST_CASE("Infinite-horizon values equal the three closed forms", "[retention_clv][property]") {
    // README "Calculations" (retention_clv) and core/retention_clv.hpp: end_retained
    // m r / (1 + d - r), start m (1 + d) / (1 + d - r), end_first_certain m / (1 + d - r).
    for (double m : {1.0, 100.0, 12345.67}) {
        for (double r : {0.0, 0.3, 0.8, 0.95, 1.0}) {
            for (double d : {0.01, 0.1, 0.5, 2.0}) {
                INFO("m " << m << ", r " << r << ", d " << d);
                auto input = infinite_input();
                input.margin_per_period = m;
                input.retention_rate = r;
                input.discount_rate = d;
                auto result = compute(input);
                CHECK(*convention(result, end_retained).clv == Approx(m * r / (1 + d - r)).epsilon(1e-12));
                CHECK(*convention(result, start).clv == Approx(m * (1 + d) / (1 + d - r)).epsilon(1e-12));
                CHECK(*convention(result, end_first_certain).clv == Approx(m / (1 + d - r)).epsilon(1e-12));
            }
        }
    }
}

TEST_CASE("The finite horizon tends to the infinite value", "[retention_clv][property]") {
    for (auto which : {end_retained, start, end_first_certain}) {
        const double infinite = clv_of(infinite_input(), which);
        double previous_gap = 1e300;
        for (double n : {1.0, 5.0, 20.0, 60.0}) {
            auto input = infinite_input();
            input.periods = n;
            const double gap = infinite - clv_of(input, which);
            CHECK(gap > 0);
            CHECK(gap < previous_gap);
            previous_gap = gap;
        }
        // After 60 periods the rest is (0.8 / 1.1)^60 ~ 5e-9 of the whole.
        CHECK(previous_gap < infinite * 1e-8);
    }
}

TEST_CASE("A constant list of retention rates equals the scalar rate", "[retention_clv][property]") {
    for (bool finite : {false, true}) {
        auto scalar = infinite_input();
        if (finite) scalar.periods = 12;
        auto list = scalar;
        list.retention_rate.reset();
        list.retention_rates = std::vector<double>(4, 0.8);
        auto scalar_result = compute(scalar);
        auto list_result = compute(list);
        for (auto which : {end_retained, start, end_first_certain}) {
            CHECK(*convention(list_result, which).clv ==
                  Approx(*convention(scalar_result, which).clv).epsilon(1e-12));
            CHECK(*convention(list_result, which).limit ==
                  Approx(*convention(scalar_result, which).limit).epsilon(1e-12));
        }
    }
}

TEST_CASE("A rate list is summed explicitly, then its last rate's geometric tail",
          "[retention_clv]") {
    auto input = infinite_input();
    input.retention_rate.reset();
    input.retention_rates = std::vector<double>{0.5, 0.9};
    auto result = compute(input);
    // end_retained by hand: S = 0.5, 0.45, then x0.9 for ever.
    //   explicit 100 (0.5 / 1.1 + 0.45 / 1.21) = 82.6446281
    //   tail 100 x 0.45 / 1.21 x 0.9 / (1.1 - 0.9) = 167.3553719; total 250
    const auto& er = convention(result, end_retained);
    CHECK(*er.clv == Approx(100 * (0.5 / 1.1 + 0.45 / 1.21) + 100 * 0.45 / 1.21 * 0.9 / 0.2).epsilon(1e-12));
    const auto& steps = er.explanation.steps();
    REQUIRE(steps.size() == 4);
    CHECK(steps[0].formula == "retention_clv.end_retained.explicit");
    CHECK(steps[1].formula == "retention_clv.end_retained.tail");
    CHECK(steps[2].formula == "retention_clv.explicit_plus_tail");
    CHECK(steps[3].formula == "retention_clv.end_retained.multiple_sum");
    // Direct summation of many terms agrees with explicit + tail.
    input.periods = 1200;
    for (auto which : {end_retained, start, end_first_certain})
        CHECK(clv_of(input, which) == Approx(*convention(result, which).clv).epsilon(1e-12));
    // The table shows each period's rate, the last one repeating.
    CHECK(*er.table[0].retention_rate == 0.5);
    CHECK(*er.table[1].retention_rate == 0.9);
    CHECK(*er.table[5].retention_rate == 0.9);
}

TEST_CASE("Retention spend is taken off the margin", "[retention_clv]") {
    auto input = infinite_input();
    input.retention_spend_per_period = 40;
    auto result = compute(input);
    CHECK(result.net_margin_per_period == 60);
    CHECK(*convention(result, end_retained).clv == Approx(60 * 0.8 / 0.3));
    CHECK(result.explanation.steps()[0].formula == "retention_clv.net_margin");
    CHECK_FALSE(has_warning(result, "negative_net_margin"));
    input.retention_spend_per_period = 120;
    auto losing = compute(input);
    CHECK(losing.net_margin_per_period == -20);
    CHECK(has_warning(losing, "negative_net_margin"));
    CHECK(*convention(losing, end_retained).clv < 0);
}

TEST_CASE("Zero churn at 0% diverges; zero churn with discounting does not", "[retention_clv]") {
    auto input = infinite_input();
    input.retention_rate = 1;
    input.discount_rate = 0;
    auto diverging = compute(input);
    for (const auto& value : diverging.conventions) {
        CHECK_FALSE(value.clv);
        CHECK_FALSE(value.limit);
        CHECK(value.table.size() == 30);
    }
    CHECK(has_warning(diverging, "diverges"));
    CHECK(has_warning(diverging, "zero_churn_infinite_lifetime"));

    input.discount_rate = 0.1;  // 100 x 1 / 0.1 = 1000 (end_retained)
    auto converging = compute(input);
    CHECK(*convention(converging, end_retained).clv == Approx(1000));
    CHECK_FALSE(has_warning(converging, "diverges"));
    CHECK(has_warning(converging, "zero_churn_infinite_lifetime"));

    input.discount_rate = 0;  // a finite horizon has a value; its limit does not
    input.periods = 10;
    auto finite = compute(input);
    CHECK(*convention(finite, start).clv == Approx(1000));
    CHECK_FALSE(convention(finite, start).limit);
    CHECK_FALSE(has_warning(finite, "diverges"));
}

TEST_CASE("A list ending in full retention after a total loss does not diverge", "[retention_clv]") {
    auto input = infinite_input();
    input.retention_rate.reset();
    input.retention_rates = std::vector<double>{0.0, 1.0};
    input.discount_rate = 0;
    auto result = compute(input);
    CHECK(*convention(result, start).clv == 100);  // only the margin collected now
    CHECK(*convention(result, end_retained).clv == 0);
    CHECK(*convention(result, end_first_certain).clv == 100);
    CHECK_FALSE(has_warning(result, "diverges"));
    CHECK_FALSE(has_warning(result, "zero_churn_infinite_lifetime"));
}

TEST_CASE("An annual discount rate is converted for monthly margins", "[retention_clv]") {
    auto input = infinite_input();
    input.period = Period::month;
    input.discount_rate_period = Period::year;
    input.discount_rate = 0.1;
    auto result = compute(input);
    const double monthly = std::pow(1.1, 1.0 / 12) - 1;
    CHECK(result.discount_rate_per_period == Approx(monthly).epsilon(1e-12));
    CHECK(*convention(result, end_first_certain).clv == Approx(100 / (1 + monthly - 0.8)).epsilon(1e-12));
    CHECK(result.explanation.steps()[0].formula == "discount.convert_year_to_month");
    CHECK(warning_codes(result) == std::vector<std::string>{"rate_converted"});
}

TEST_CASE("Each convention's margin multiple is a plain factor: clv = net margin x multiple",
          "[retention_clv]") {
    // Issue 14 item 11, worked example "clv.retention.infinite": r / (1 + d - r) = 0.8 / 0.3,
    // (1 + d) / (1 + d - r) = 1.1 / 0.3 and 1 / (1 + d - r) = 1 / 0.3 (Gupta & Lehmann's
    // margin multiple and its siblings).
    auto result = compute(infinite_input());
    CHECK(*convention(result, end_retained).margin_multiple == Approx(0.8 / 0.3).epsilon(1e-12));
    CHECK(*convention(result, start).margin_multiple == Approx(1.1 / 0.3).epsilon(1e-12));
    CHECK(*convention(result, end_first_certain).margin_multiple == Approx(1 / 0.3).epsilon(1e-12));
    const auto& steps = convention(result, end_retained).explanation.steps();
    REQUIRE(steps.size() == 2);
    CHECK(steps[1].id == "margin_multiple");
    CHECK(steps[1].formula == "retention_clv.end_retained.multiple");
    CHECK(steps[1].result.unit == Unit::factor);
    CHECK(steps[1].values[0].name == "retention_rate");
    // Over a horizon, with a list, with retention spend, and at a zero margin, the multiple
    // stays the factor of the clv (it never divides by the margin).
    for (double margin : {0.0, 100.0}) {
        auto input = infinite_input();
        input.margin_per_period = margin;
        input.retention_rate.reset();
        input.retention_rates = std::vector<double>{0.6, 0.85};
        input.periods = 10;
        input.retention_spend_per_period = margin / 4;
        auto changed = compute(input);
        for (const auto& value : changed.conventions) {
            REQUIRE(value.margin_multiple);
            CHECK(*value.margin_multiple > 0);
            CHECK(changed.net_margin_per_period * *value.margin_multiple ==
                  Approx(*value.clv).margin(1e-9));
        }
    }
}

TEST_CASE("CLV net of the acquisition cost, under each convention", "[retention_clv]") {
    // Issue 14 item 11: 266.67 - 50 = 216.67, 366.67 - 50 = 316.67, 333.33 - 50 = 283.33.
    auto input = infinite_input();
    input.acquisition_cost = 50;
    auto result = compute(input);
    for (const auto& value : result.conventions) {
        REQUIRE(value.net_clv);
        CHECK(*value.net_clv == Approx(*value.clv - 50).epsilon(1e-12));
        const auto& step = value.explanation.steps().back();
        CHECK(step.id == "net_clv");
        CHECK(step.formula == "retention_clv.net_of_acquisition");
        CHECK(step.values[1].name == "acquisition_cost");
    }
    CHECK(*convention(result, end_retained).net_clv == Approx(650.0 / 3).margin(1e-9));
    // A diverging value has no net value either.
    input.retention_rate = 1;
    input.discount_rate = 0;
    auto diverging = compute(input);
    CHECK_FALSE(convention(diverging, start).net_clv);
    CHECK_FALSE(convention(diverging, start).margin_multiple);
}

TEST_CASE("retention_value gives each convention's clv without a table", "[retention_clv][property]") {
    // The numbers a check tries for another rate or horizon come from retention_value; it must
    // agree with the full calculation wherever that one gives a value.
    for (bool list : {false, true})
        for (std::optional<double> periods : {std::optional<double>(), std::optional<double>(1),
                                              std::optional<double>(13)})
            for (double d : {0.0, 0.05, 0.9}) {
                auto input = infinite_input();
                input.discount_rate = d;
                input.periods = periods;
                if (list) {
                    input.retention_rate.reset();
                    input.retention_rates = std::vector<double>{0.3, 0.7, 0.95};
                }
                auto result = compute(input);
                for (const auto& value : result.conventions) {
                    std::optional<int> horizon;
                    if (periods) horizon = int(*periods);
                    auto quick = retention_value(input, 100, result.discount_rate_per_period,
                                                 value.convention, horizon);
                    REQUIRE(bool(quick) == bool(value.clv));
                    if (quick) CHECK(*quick == Approx(*value.clv).epsilon(1e-12));
                }
            }
}

TEST_CASE("Retention CLV input problems carry exact codes and fields",
          "[retention_clv][validation]") {
    auto input = infinite_input();
    SECTION("a rate and a list") {
        input.retention_rates = std::vector<double>{0.5};
        auto outcome = compute_retention_clv(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"retention_rates", "conflicting_fields"}});
    }
    SECTION("no rate at all") {
        input.retention_rate.reset();
        auto outcome = compute_retention_clv(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"retention_rate", "missing_field"}});
    }
    SECTION("every bad field is reported") {
        input.retention_rate.reset();
        input.retention_rates = std::vector<double>{0.5, 1.5};
        input.margin_per_period = -1;
        input.discount_rate = -0.1;
        input.periods = 1201;
        input.retention_spend_per_period = -5;
        input.table_periods = 1.5;
        input.acquisition_cost = -1;
        auto outcome = compute_retention_clv(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"margin_per_period", "negative"},
                                                               {"retention_rates[1]", "out_of_range"},
                                                               {"discount_rate", "negative"},
                                                               {"periods", "out_of_range"},
                                                               {"retention_spend_per_period", "negative"},
                                                               {"table_periods", "not_whole_number"},
                                                               {"acquisition_cost", "negative"}});
    }
}
