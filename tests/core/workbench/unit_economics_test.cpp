// One client's unit economics (src/core/workbench/unit_economics.hpp): a worked example by hand,
// and properties (profit falls as CAC rises, the conventions' order, the payback's definition).
#include <catch2/catch.hpp>

#include <cmath>

#include "core/workbench/unit_economics.hpp"
#include "../core_test_support.hpp"
#include "example_client.hpp"

using namespace clv;
using namespace clv::workbench;
using namespace core_test;
using workbench_test::example_client;

namespace {


const ConventionEconomics& convention_of(const UnitEconomicsResult& result, RetentionConvention convention) {
    for (const auto& value : result.customer.conventions)
        if (value.convention == convention) return value;
    FAIL("no convention " << convention_name(convention));
    return result.customer.conventions.front();
}

}  // namespace

TEST_CASE("Unit economics of the example client, worked by hand", "[workbench][unit_economics]") {
    // CAC = (60000 + 10000 + 15000 + 3000 + 2000) / 600 = 90000 / 600 = 150.
    // Retention cost c = (20000 + 15000 + 3000 + 2000) / 2000 = 20 per customer per year.
    // Revenue = 80 x 4 = 320, margin m = 320 x 0.4 = 128 per year.
    // r = 0.75, d = 0.10, for ever: M = r / (1 + d - r) = 0.75 / 0.35 = 2.142857142857...
    // CLV = 128 x M = 274.285714...; c x M = 42.857142...; profit = 274.2857 - 150 - 42.8571 =
    // 81.428571...; LTV:CAC = 274.2857 / 150 = 1.828571...
    // start: M = 1.1 / 0.35, CLV = 402.285714, profit = (128 - 20) x 1.1 / 0.35 - 150 = 189.428571.
    // end_first_certain: M = 1 / 0.35, CLV = 365.714286, profit = 108 / 0.35 - 150 = 158.571429.
    // Payback (net 108): end_retained terms 108 (0.75/1.1)^k = 73.64, 50.21, 34.23 -> 158.08 >= 150
    // at k = 3; start 108 + 73.64 = 181.6 at k = 2; end_first_certain 98.18 + 66.94 at k = 2.
    // Tolerance 1e-12 relative (closed forms; the payback is a whole period).
    const auto result = computed(compute_unit_economics(example_client()));
    CHECK(result.acquisition_spend == 90000);
    CHECK(result.cac == Approx(150).epsilon(1e-12));
    CHECK(result.retention_cost_per_customer == Approx(20).epsilon(1e-12));
    CHECK(result.customer.revenue_per_period == Approx(320));
    CHECK(result.customer.margin_per_period == Approx(128));
    REQUIRE(result.customer.expected_lifetime_periods);
    CHECK(*result.customer.expected_lifetime_periods == Approx(4));
    REQUIRE(result.customer.lead().simple_payback_periods);
    CHECK(*result.customer.lead().simple_payback_periods == Approx(150.0 / 128).epsilon(1e-12));

    const auto& end_retained = convention_of(result, RetentionConvention::end_retained);
    CHECK(*end_retained.clv == Approx(128 * 0.75 / 0.35).epsilon(1e-12));
    CHECK(*end_retained.retention_cost_over_lifetime == Approx(20 * 0.75 / 0.35).epsilon(1e-12));
    CHECK(*end_retained.profit == Approx(81.428571428571).epsilon(1e-12));
    CHECK(*end_retained.ltv_to_cac == Approx(1.828571428571).epsilon(1e-12));
    CHECK(*end_retained.payback_period == 3);
    const auto& start = convention_of(result, RetentionConvention::start);
    CHECK(*start.clv == Approx(402.285714285714).epsilon(1e-12));
    CHECK(*start.profit == Approx(189.428571428571).epsilon(1e-12));
    CHECK(*start.payback_period == 2);
    const auto& first_certain = convention_of(result, RetentionConvention::end_first_certain);
    CHECK(*first_certain.profit == Approx(158.571428571429).epsilon(1e-12));
    CHECK(*first_certain.payback_period == 2);

    SECTION("the lead convention feeds the totals for the customer base") {
        CHECK(result.customer.lead().convention == RetentionConvention::end_retained);
        CHECK(*result.total_clv == Approx(2000 * 128 * 0.75 / 0.35).epsilon(1e-12));
        CHECK(*result.total_profit == Approx(2000 * 81.428571428571).epsilon(1e-12));
    }
    SECTION("each value has its step, in the order it is worked out") {
        std::vector<std::string> ids;
        for (const auto& step : result.explanation.steps()) ids.push_back(step.id);
        const std::vector<std::string> expected = {
            "acquisition_spend", "cac", "retention_spend", "retention_cost_per_customer",
            "revenue_per_period", "margin_per_period", "churn_rate", "expected_lifetime_periods",
            "clv", "margin_multiple", "retention_cost_over_lifetime", "profit", "ltv_to_cac",
            "simple_payback_periods", "payback_period", "total_clv", "total_profit"};
        CHECK(ids == expected);
    }
    SECTION("a profitable client within its payback gives no warning") { CHECK(result.warnings.empty()); }
}

TEST_CASE("Unit economics: the chosen convention leads, and customers default to the new ones", "[workbench][unit_economics]") {
    auto input = example_client();
    input.customer.convention = RetentionConvention::start;
    input.customers.reset();
    const auto result = computed(compute_unit_economics(input));
    CHECK(result.customer.lead().convention == RetentionConvention::start);
    CHECK(result.customers == 600);
    CHECK(*result.total_profit == Approx(600 * 189.428571428571).epsilon(1e-12));
}

TEST_CASE("Unit economics: profit falls as CAC rises, one for one", "[workbench][unit_economics][property]") {
    auto input = example_client();
    double previous_profit = 1e300;
    for (double advertising : {0.0, 30000.0, 60000.0, 120000.0, 600000.0}) {
        input.acquisition_items[0].amount = advertising;
        const auto result = computed(compute_unit_economics(input));
        for (const auto& value : result.customer.conventions)
            CHECK(*value.profit == Approx(*value.clv - result.cac - *value.retention_cost_over_lifetime).epsilon(1e-12));
        CHECK(*result.customer.lead().profit < previous_profit);
        previous_profit = *result.customer.lead().profit;
    }
    CHECK(previous_profit < 0);
}

TEST_CASE("Unit economics: the payback period is the first whose cumulative value reaches CAC", "[workbench][unit_economics][property]") {
    // Recomputed term by term for end_retained: sum_{j<=k} (m - c) r^j / (1 + d)^j.
    auto input = example_client();
    for (double new_customers : {400.0, 600.0, 1200.0, 3000.0}) {  // CAC 225 .. 30, below 231.4
        input.new_customers = new_customers;
        const auto result = computed(compute_unit_economics(input));
        const auto& value = convention_of(result, RetentionConvention::end_retained);
        REQUIRE(value.payback_period);
        double cumulative = 0, before = 0;
        for (int k = 1; k <= *value.payback_period; ++k) {
            before = cumulative;
            cumulative += 108 * std::pow(0.75 / 1.1, k);
        }
        CHECK(cumulative >= result.cac);
        CHECK(before < result.cac);
    }
}

TEST_CASE("Unit economics: no payback within the horizon is said, not invented", "[workbench][unit_economics]") {
    auto input = example_client();
    input.customer.horizon_periods = 2;  // end_retained needs 3 periods
    auto result = computed(compute_unit_economics(input));
    CHECK_FALSE(result.customer.lead().payback_period);
    CHECK(has_warning(result, "payback_not_within_horizon"));
    CHECK(result.customer.horizon == Horizon::finite);
    // For ever, a CAC beyond the whole net lifetime value (108 x 2.142857 = 231.4) never pays back.
    input.customer.horizon_periods.reset();
    input.new_customers = 300;  // CAC = 300
    result = computed(compute_unit_economics(input));
    CHECK_FALSE(result.customer.lead().payback_period);
    CHECK(has_warning(result, "payback_not_within_horizon"));
    CHECK(has_warning(result, "unprofitable"));
}

TEST_CASE("Unit economics: zero churn without discounting diverges to null, with a warning", "[workbench][unit_economics]") {
    auto input = example_client();
    input.customer.retention_rate = 1;
    input.customer.discount_rate = 0;
    const auto result = computed(compute_unit_economics(input));
    CHECK_FALSE(result.customer.lead().clv);
    CHECK_FALSE(result.customer.lead().profit);
    CHECK_FALSE(result.total_profit);
    CHECK(has_warning(result, "diverges"));
}

TEST_CASE("Unit economics: a list of retention rates is the retention CLV's list", "[workbench][unit_economics]") {
    // r = 0.5 then 0.8 for ever, d = 0.1, end_retained: S = 0.5, 0.4, 0.32, ...
    // CLV/m = 0.5/1.1 + 0.5 x 0.8/1.1^2 / (1 - 0.8/1.1) = 0.454545 + 0.330579 / 0.272727 = 1.666667.
    auto input = example_client();
    input.customer.retention_rate.reset();
    input.customer.retention_rates = std::vector<double>{0.5, 0.8};
    const auto result = computed(compute_unit_economics(input));
    CHECK(*result.customer.lead().margin_multiple == Approx(0.5 / 1.1 + 0.4 / 1.21 / (1 - 0.8 / 1.1)).epsilon(1e-12));
}

TEST_CASE("Unit economics reports every bad input at once, named as in the request", "[workbench][unit_economics]") {
    auto input = example_client();
    input.acquisition_items[1].amount = -1;
    input.new_customers = 0.5;
    input.customer.gross_margin_rate = 1.5;
    input.customer.retention_rates = std::vector<double>{0.5};
    input.customer.horizon_periods = 0;
    const auto outcome = compute_unit_economics(input);
    CHECK(problem_pairs(outcome.problems) ==
          ProblemPairs{{"acquisition_spend.marketing_events", "negative"},
                       {"new_customers", "out_of_range"},
                       {"gross_margin_rate", "out_of_range"},
                       {"retention_rates", "conflicting_fields"},
                       {"horizon_periods", "out_of_range"}});
}
