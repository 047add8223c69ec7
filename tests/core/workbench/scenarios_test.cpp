// Scenarios (src/core/workbench/scenarios.hpp): the README client with two variants worked by
// hand, the problems (count, names, a variant's own field), and the property that each scenario
// is exactly a single unit_economics evaluation of its input.
#include <catch2/catch.hpp>

#include "core/workbench/scenarios.hpp"
#include "../core_test_support.hpp"
#include "example_client.hpp"

using namespace clv;
using namespace clv::workbench;
using namespace core_test;
using workbench_test::example_client;

namespace {


// The README's scenarios: retention 0.8, and advertising cut from 60000 to 42000.
ScenariosInput two_variants() {
    ScenariosInput input;
    input.base = example_client();
    ScenarioVariant retention{"Better retention", example_client()};
    retention.input.customer.retention_rate = 0.8;
    ScenarioVariant ads{"Cheaper ads", example_client()};
    ads.input.acquisition_items[0].amount = 42000;
    input.variants = {retention, ads};
    return input;
}

const ScenarioFigure& figure(const ScenarioResult& scenario, const std::string& outcome) {
    for (const auto& value : scenario.figures)
        if (value.outcome == outcome) return value;
    FAIL("no outcome " << outcome);
    return scenario.figures.front();
}

void check_same_numbers(const std::optional<double>& got, const std::optional<double>& want) {
    REQUIRE(got.has_value() == want.has_value());
    if (got) CHECK(*got == Approx(*want).epsilon(1e-12));
}

}  // namespace

TEST_CASE("Two scenarios of the example client, worked by hand", "[workbench][scenarios]") {
    // Base (unit_economics_test.cpp): CAC 150, c 20, m 128, M = 0.75 / 0.35, CLV 274.285714,
    // profit 108 M - 150 = 570/7 = 81.428571, LTV:CAC 1.828571, payback 3, total profit x 2000.
    // Better retention (r = 0.8): M = 0.8 / 0.3 = 8/3, CLV 128 x 8/3 = 341.333333, profit
    // 108 x 8/3 - 150 = 138 (change 138 - 570/7 = 396/7 = 56.571429, relative 396/570 =
    // 0.694737), LTV:CAC 2.275556; payback 108 (0.8/1.1)^k = 78.55, 57.12, 41.54: 3 (change 0);
    // total profit 276000.
    // Cheaper ads (advertising 42000): spend 72000, CAC 120 (change -30, relative -0.2), CLV the
    // same, profit 570/7 + 30 = 111.428571 (relative 30 / (570/7) = 0.368421), LTV:CAC
    // 274.285714 / 120 = 2.285714. Tolerance 1e-12 relative (closed forms).
    const auto result = computed(compute_scenarios(two_variants()));
    REQUIRE(result.variants.size() == 2);
    CHECK(*figure(result.base, "profit").value == Approx(570.0 / 7).epsilon(1e-12));
    CHECK(*figure(result.base, "profit").change == 0);
    const auto& retention = result.variants[0];
    CHECK(retention.name == "Better retention");
    CHECK(*figure(retention, "clv").value == Approx(1024.0 / 3).epsilon(1e-12));
    CHECK(*figure(retention, "profit").value == Approx(138).epsilon(1e-12));
    CHECK(*figure(retention, "profit").change == Approx(396.0 / 7).epsilon(1e-12));
    CHECK(*figure(retention, "profit").relative_change == Approx(396.0 / 570).epsilon(1e-12));
    CHECK(*figure(retention, "ltv_to_cac").value == Approx(1024.0 / 450).epsilon(1e-12));
    CHECK(*figure(retention, "payback_period").value == 3);
    CHECK(*figure(retention, "payback_period").change == 0);
    CHECK(*figure(retention, "total_profit").value == Approx(276000).epsilon(1e-12));
    const auto& ads = result.variants[1];
    CHECK(*figure(ads, "cac").value == Approx(120).epsilon(1e-12));
    CHECK(*figure(ads, "cac").change == Approx(-30).epsilon(1e-12));
    CHECK(*figure(ads, "cac").relative_change == Approx(-0.2).epsilon(1e-12));
    CHECK(*figure(ads, "profit").relative_change == Approx(30 / (570.0 / 7)).epsilon(1e-12));
    CHECK(*figure(ads, "ltv_to_cac").value == Approx(1920.0 / 7 / 120).epsilon(1e-12));
    CHECK(figure(ads, "clv").change == 0.0);
}

TEST_CASE("Scenarios' problems: the count, the names, the base's and a variant's own fields", "[workbench][scenarios]") {
    auto input = two_variants();
    input.variants.resize(5, input.variants[0]);
    for (std::size_t i = 0; i < 5; ++i) input.variants[i].name = "v" + std::to_string(i);
    CHECK(problem_pairs(compute_scenarios(input).problems) == ProblemPairs{{"variants", "wrong_length"}});
    input = two_variants();
    input.variants[1].name = input.variants[0].name;
    input.variants.push_back(input.variants[0]);
    input.variants[2].name = "";
    input.variants[1].input.customer.retention_rate = 1.5;
    CHECK(problem_pairs(compute_scenarios(input).problems) ==
          ProblemPairs{{"variants[1].name", "duplicate_name"},
                       {"variants[2].name", "missing_field"},
                       {"variants[1].retention_rate", "out_of_range"}});
    input = two_variants();
    input.base.customer.gross_margin_rate = 2;  // the variants are not evaluated over a bad base
    CHECK(problem_pairs(compute_scenarios(input).problems) == ProblemPairs{{"base.gross_margin_rate", "out_of_range"}});
    input.variants.clear();
    CHECK(problem_pairs(compute_scenarios(input).problems)[0] == std::make_pair(std::string("variants"), std::string("wrong_length")));
}

TEST_CASE("Each scenario equals a single unit_economics evaluation of its input", "[workbench][scenarios][property]") {
    ScenariosInput input;
    input.base = example_client();
    const double retention[] = {0.3, 0.6, 0.9, 0.99};
    for (int i = 0; i < 4; ++i) {
        ScenarioVariant variant{"v" + std::to_string(i), example_client()};
        variant.input.customer.retention_rate = retention[i];
        variant.input.customer.average_order_value = 50 + 20 * i;
        variant.input.new_customers = 500 + 97 * i;
        variant.input.customer.horizon_periods = i % 2 ? std::optional<double>(12 * i) : std::nullopt;
        variant.input.customer.convention = all_conventions()[std::size_t(i % 3)];
        input.variants.push_back(variant);
    }
    const auto result = computed(compute_scenarios(input));
    const auto base = scenario_figures(computed(compute_unit_economics(input.base)));
    for (std::size_t i = 0; i < input.variants.size(); ++i) {
        const auto alone = scenario_figures(computed(compute_unit_economics(input.variants[i].input)));
        const auto& figures = result.variants[i].figures;
        REQUIRE(figures.size() == alone.size());
        for (std::size_t k = 0; k < alone.size(); ++k) {
            INFO(input.variants[i].name << " " << alone[k].outcome);
            check_same_numbers(figures[k].value, alone[k].value);
            if (alone[k].value && base[k].value) check_same_numbers(figures[k].change, *alone[k].value - *base[k].value);
        }
    }
}

TEST_CASE("Each scenario of a segments base equals a single segments evaluation", "[workbench][scenarios][property]") {
    // Two groups: 100 customers (m = 50 x 2 x 0.5 = 50, r = 0.6) and 300 (m = 20 x 3 x 0.4 = 24,
    // r = 0.5), CAC 40 and 10, no retention cost, d = 0.1, end_retained: M = 0.6 / 0.5 = 1.2 and
    // 0.5 / 0.6 = 5/6, CLV 60 and 20; average CLV (100 x 60 + 300 x 20) / 400 = 30, average CAC
    // (100 x 40 + 300 x 10) / 400 = 17.5. Tolerance 1e-12 relative.
    SegmentScenariosInput input;
    input.base.discount_rate = 0.1;
    input.base.segments = {{"Big", 100, 50, 2, 0.5, 0.6, 40, 0, std::nullopt},
                           {"Small", 300, 20, 3, 0.4, 0.5, 10, 0, std::nullopt}};
    SegmentScenarioVariant richer{"Richer", input.base};
    richer.input.segments[1].average_order_value = 30;
    SegmentScenarioVariant dearer{"Dearer money", input.base};
    dearer.input.discount_rate = 0.2;
    dearer.input.horizon_periods = 5;
    input.variants = {richer, dearer};
    const auto result = computed(compute_segment_scenarios(input));
    CHECK(*figure(result.base, "clv").value == Approx(30).epsilon(1e-12));
    CHECK(*figure(result.base, "cac").value == Approx(17.5).epsilon(1e-12));
    CHECK_FALSE(figure(result.base, "payback_period").value);
    for (std::size_t i = 0; i < input.variants.size(); ++i) {
        const auto alone = scenario_figures(input.variants[i].input, computed(compute_segments(input.variants[i].input)));
        for (std::size_t k = 0; k < alone.size(); ++k) {
            INFO(input.variants[i].name << " " << alone[k].outcome);
            check_same_numbers(result.variants[i].figures[k].value, alone[k].value);
        }
    }
    // Richer: the small group's CLV 20 x 1.5 = 30, average (6000 + 9000) / 400 = 37.5.
    CHECK(*figure(result.variants[0], "clv").change == Approx(7.5).epsilon(1e-12));
    input.variants[1].input.segments[0].retention_rate = 2;
    CHECK(problem_pairs(compute_segment_scenarios(input).problems) ==
          ProblemPairs{{"variants[1].segments[0].retention_rate", "out_of_range"}});
}
