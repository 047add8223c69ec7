// The candidate wrong answers of each calculation (src/core/slips.hpp), checked with
// check_answer as the API does: each test gives the slip's numbers and where they come from.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "core/evaluation_count.hpp"
#include "core/slips.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

namespace {

AnswerCheck check_discounted(double answer, const DiscountedClvInput& input) {
    const auto result = computed(compute_discounted_clv(input));
    return check_answer(answer, result.clv, discounted_clv_slips(input, result), AnswerScale::money);
}

// Worked example "clv.retention.infinite": m = 100, r = 0.8, d = 0.1, for ever.
RetentionClvInput retention_example() {
    RetentionClvInput input;
    input.margin_per_period = 100;
    input.retention_rate = 0.8;
    input.discount_rate = 0.1;
    return input;
}

AnswerCheck check_retention(double answer, const RetentionClvInput& input,
                            RetentionConvention convention, const std::string& name = "clv") {
    const auto result = computed(compute_retention_clv(input));
    std::optional<double> expected;
    for (const auto& value : result.conventions)
        if (value.convention == convention)
            expected = name == "clv" ? value.clv : name == "limit" ? value.limit
                     : name == "net_clv" ? value.net_clv : value.margin_multiple;
    return check_answer(answer, expected, retention_clv_slips(input, result, convention, name),
                        AnswerScale::money);
}

const Slip* find_slip(const AnswerCheck& check, const std::string& code) {
    for (const auto& slip : check.slips)
        if (slip.code == code) return &slip;
    return nullptr;
}

constexpr auto end_retained = RetentionConvention::end_retained;
constexpr auto start = RetentionConvention::start;

}  // namespace

// ---- discounted CLV -------------------------------------------------------------------------

TEST_CASE("The textbook's 86589.60 is the finite sum divided by the rate", "[slips]") {
    // Shared note on "clv.discounted.end_of_year": 4329.48 / 0.05 = 86589.60 is a slip; the
    // correct 5-year value is 4329.48.
    const auto& example = shared_example("clv.discounted.end_of_year");
    const double correct = example.at("expected").at("clv").get<double>();
    auto right = check_discounted(correct, end_of_year_input());
    CHECK(right.matches);
    CHECK(right.slips.empty());
    CHECK(std::fabs(*right.difference) < 0.005);

    auto wrong = check_discounted(86589.60, end_of_year_input());
    CHECK_FALSE(wrong.matches);
    CHECK(*wrong.difference == Approx(86589.60 - 4329.476670630819).margin(1e-6));
    const Slip* slip = find_slip(wrong, "finite_sum_divided_by_rate");
    REQUIRE(slip != nullptr);
    CHECK(slip->value == Approx(86589.60).margin(0.005));  // 4329.48 / 0.05
    CHECK(wrong.slips.size() == 1);
}

TEST_CASE("The other timing is recognised as another convention", "[slips]") {
    // Start of year: 4329.4767 x 1.05 = 4545.95
    auto check = check_discounted(4545.95, end_of_year_input());
    CHECK_FALSE(check.matches);
    const Slip* slip = find_slip(check, "other_convention");
    REQUIRE(slip != nullptr);
    CHECK(slip->convention == "start");
    CHECK(slip->value == Approx(4329.476670630819 * 1.05).epsilon(1e-12));
}

TEST_CASE("Rounded present values and whole-unit answers are rounding slips", "[slips]") {
    // Present values rounded to whole units: 952 + 907 + 864 + 823 + 784 = 4330.
    auto whole = check_discounted(4330, end_of_year_input());
    CHECK_FALSE(whole.matches);
    REQUIRE(find_slip(whole, "rounding") != nullptr);
    // Table factors to 4 decimals: 1000 x (0.9524 + 0.9070 + 0.8638 + 0.8227 + 0.7835) = 4329.40
    auto table = check_discounted(4329.40, end_of_year_input());
    const Slip* slip = find_slip(table, "rounding");
    REQUIRE(slip != nullptr);
    CHECK(slip->value == Approx(4329.40).margin(1e-9));
    // A number far from every candidate has no slip.
    auto lost = check_discounted(5000.5, end_of_year_input());
    CHECK_FALSE(lost.matches);
    CHECK(lost.slips.empty());
}

TEST_CASE("A horizon one period off: t = 0..T instead of t = 1..T", "[slips]") {
    // Issue 14 item 13, on "clv.discounted.end_of_year": summing t = 0..5 counts 1000 more,
    // 1000 + 4329.48 = 5329.48, which is the start-of-year value over 6 years:
    // 1000 x (1 - 1.05^-6) / 0.05 x 1.05 = 5329.48.
    const double from_zero = 1000 + 4329.476670630819;
    CHECK(1000 * (1 - std::pow(1.05, -6)) / 0.05 * 1.05 == Approx(from_zero).epsilon(1e-12));
    auto check = check_discounted(5329.48, end_of_year_input());
    CHECK_FALSE(check.matches);
    const Slip* slip = find_slip(check, "horizon_off_by_one");
    REQUIRE(slip != nullptr);
    CHECK(slip->detail == "one_period_more");
    CHECK(slip->convention == "start");
    // Four years only: 1000 x (1 - 1.05^-4) / 0.05 = 3545.95.
    auto short_by_one = check_discounted(3545.95, end_of_year_input());
    slip = find_slip(short_by_one, "horizon_off_by_one");
    REQUIRE(slip != nullptr);
    CHECK(slip->detail == "one_period_less");
    CHECK(slip->convention.empty());  // the same timing
    CHECK(slip->value == Approx(1000 * (1 - std::pow(1.05, -4)) / 0.05).epsilon(1e-12));
}

TEST_CASE("Monthly flows with an annual rate: the period mix-ups", "[slips]") {
    DiscountedClvInput input;
    input.cash_flow_per_period = 100;
    input.periods = 24;
    input.discount_rate = 0.12;
    input.discount_rate_period = Period::year;
    input.period = Period::month;
    // a / 12 = 1% a month: 100 x (1 - 1.01^-24) / 0.01 = 2124.34
    const double simple_division = 100 * (1 - std::pow(1.01, -24)) / 0.01;
    auto check = check_discounted(std::round(simple_division * 100) / 100, input);
    CHECK_FALSE(check.matches);
    const Slip* slip = find_slip(check, "period_mixup");
    REQUIRE(slip != nullptr);
    CHECK(slip->detail == "simple_division");
    // 12% used as a monthly rate: 100 x (1 - 1.12^-24) / 0.12 = 778.43
    const double unconverted = 100 * (1 - std::pow(1.12, -24)) / 0.12;
    auto raw = check_discounted(std::round(unconverted * 100) / 100, input);
    slip = find_slip(raw, "period_mixup");
    REQUIRE(slip != nullptr);
    CHECK(slip->detail == "rate_not_converted");
}

TEST_CASE("A monthly rate that the exercise quoted per year is named", "[slips]") {
    // The request says 12% a month; an answer made with 12% a year divided by 12 (1% a month,
    // 2124.34 as above) or converted (1.12^(1/12) - 1 a month) is a period mix-up.
    DiscountedClvInput input;
    input.cash_flow_per_period = 100;
    input.periods = 24;
    input.discount_rate = 0.12;
    input.discount_rate_period = Period::month;
    input.period = Period::month;
    auto divided = check_discounted(2124.34, input);
    REQUIRE(find_slip(divided, "period_mixup") != nullptr);
    CHECK(find_slip(divided, "period_mixup")->detail == "annual_rate_divided_by_12");
    const double monthly = std::pow(1.12, 1.0 / 12) - 1;
    const double converted = 100 * (1 - std::pow(1 + monthly, -24)) / monthly;
    auto exact = check_discounted(std::round(converted * 100) / 100, input);
    REQUIRE(find_slip(exact, "period_mixup") != nullptr);
    CHECK(find_slip(exact, "period_mixup")->detail == "annual_rate_converted");
    // Yearly flows with a yearly rate have no such candidate.
    CHECK(find_slip(check_discounted(4330.5, end_of_year_input()), "period_mixup") == nullptr);
}

// ---- simple CLV -----------------------------------------------------------------------------

TEST_CASE("Simple CLV: revenue given for margin", "[slips]") {
    SimpleClvInput input;
    input.average_purchase = 100;
    input.purchases_per_period = 4;
    input.lifespan_periods = 5;
    input.gross_margin_rate = 0.25;
    const auto result = computed(compute_simple_clv(input));
    auto check = check_answer(2000, 500, simple_clv_slips(input, result), AnswerScale::money);
    CHECK_FALSE(check.matches);
    REQUIRE(check.slips.size() == 1);
    CHECK(check.slips[0].code == "revenue_instead_of_margin");
    CHECK(check.slips[0].value == 2000);
}

TEST_CASE("Simple CLV from totals: every step rounded to the cent", "[slips]") {
    // By hand: 1000 revenue, 3 purchases, 7 customers, lifespans adding up to 20 years.
    // Exact: 1000/3 x 3/7 x 20/7 = 20000/49 = 408.16. Rounded at each step: 333.33 x 0.43 =
    // 143.33 (143.3319), x 2.86 = 409.92 (409.9238).
    SimpleClvTotalsInput input;
    input.total_revenue = 1000;
    input.total_purchases = 3;
    input.customers = 7;
    input.total_lifespan_periods = 20;
    const auto result = computed(compute_simple_clv_totals(input));
    REQUIRE(result.clv == Approx(20000.0 / 49).epsilon(1e-12));
    auto check = check_answer(409.92, result.clv, simple_clv_totals_slips(input, result),
                              AnswerScale::money);
    CHECK_FALSE(check.matches);
    REQUIRE(check.slips.size() == 1);
    CHECK(check.slips[0].code == "rounding");
    CHECK(check.slips[0].detail == "intermediates_to_cents");
    CHECK(check.slips[0].value == Approx(409.92).margin(1e-9));
}

// ---- retention CLV --------------------------------------------------------------------------

TEST_CASE("Retention CLV: the other two conventions and rounding", "[slips]") {
    // Worked example "clv.retention.infinite": 266.67 (end_retained), 366.67 (start),
    // 333.33 (end_first_certain).
    auto start_answer = check_retention(366.67, retention_example(), end_retained);
    REQUIRE(start_answer.slips.size() == 1);
    CHECK(start_answer.slips[0].code == "other_convention");
    CHECK(start_answer.slips[0].convention == "start");
    auto first_certain = check_retention(333.33, retention_example(), end_retained);
    REQUIRE(first_certain.slips.size() == 1);
    CHECK(first_certain.slips[0].convention == "end_first_certain");
    auto rounded = check_retention(267, retention_example(), end_retained);
    CHECK_FALSE(rounded.matches);
    REQUIRE(rounded.slips.size() == 1);
    CHECK(rounded.slips[0].code == "rounding");
    CHECK(check_retention(266.67, retention_example(), end_retained).matches);
}

TEST_CASE("Retention CLV over a finite horizon: sum divided by the rate", "[slips]") {
    // Worked example "clv.retention.finite_start": 292.0633836487 over 5 periods; / 0.1 = 2920.63
    auto input = retention_example();
    input.periods = 5;
    auto check = check_retention(2920.63, input, start);
    REQUIRE(find_slip(check, "finite_sum_divided_by_rate") != nullptr);
}

TEST_CASE("Retention CLV: a horizon one period off", "[slips]") {
    // "clv.retention.finite_start" sums t = 0..4 of 100 (0.8 / 1.1)^t = 292.06; t = 0..5 adds
    // 100 (0.8 / 1.1)^5 = 20.35, giving 312.41.
    auto input = retention_example();
    input.periods = 5;
    const double q = 0.8 / 1.1;
    double six_terms = 0;
    for (int t = 0; t <= 5; ++t) six_terms += 100 * std::pow(q, t);
    CHECK(six_terms == Approx(312.41).margin(0.005));
    auto check = check_retention(312.41, input, start);
    CHECK_FALSE(check.matches);
    const Slip* slip = find_slip(check, "horizon_off_by_one");
    REQUIRE(slip != nullptr);
    CHECK(slip->detail == "one_period_more");
    CHECK(slip->convention.empty());
    CHECK(slip->value == Approx(six_terms).epsilon(1e-12));
}

TEST_CASE("Retention CLV: a flat annuity over the mean lifetime", "[slips]") {
    // Issue 14 item 13: mean lifetime 1 / (1 - 0.8) = 5 periods, then 100 a period as a
    // 5-period annuity at 10%: 100 x (1 - 1.1^-5) / 0.1 = 379.08 (end), x 1.1 = 416.99
    // (start); or 100 x 5 = 500 undiscounted. The retention formula gives 266.67.
    const double annuity = 100 * (1 - std::pow(1.1, -5)) / 0.1;
    struct Case { double answer; const char* detail; };
    for (const Case& c : {Case{std::round(annuity * 100) / 100, "end"},
                          Case{std::round(annuity * 110) / 100, "start"}, Case{500, "undiscounted"}}) {
        INFO(c.detail);
        auto check = check_retention(c.answer, retention_example(), end_retained);
        const Slip* slip = find_slip(check, "mean_lifetime_annuity");
        REQUIRE(slip != nullptr);
        CHECK(slip->detail == c.detail);
    }
}

TEST_CASE("Retention CLV: monthly margins with a yearly rate divided by 12", "[slips]") {
    // 100 a month kept at 0.9 a month, 12% a year. Converted: m = 1.12^(1/12) - 1 = 0.0094888,
    // end_retained 100 x 0.9 / (1.0094888 - 0.9) = 822.00. With 12% / 12 = 1%:
    // 100 x 0.9 / (1.01 - 0.9) = 818.18.
    auto input = retention_example();
    input.retention_rate = 0.9;
    input.discount_rate = 0.12;
    input.discount_rate_period = Period::year;
    input.period = Period::month;
    auto check = check_retention(818.18, input, end_retained);
    CHECK_FALSE(check.matches);
    const Slip* slip = find_slip(check, "period_mixup");
    REQUIRE(slip != nullptr);
    CHECK(slip->detail == "simple_division");
    CHECK(slip->value == Approx(90 / 0.11).epsilon(1e-12));
}

TEST_CASE("Retention CLV net of acquisition cost: the cost left out, other conventions", "[slips]") {
    // 266.67 - 50 = 216.67 (end_retained); 366.67 - 50 = 316.67 (start).
    auto input = retention_example();
    input.acquisition_cost = 50;
    CHECK(check_retention(216.67, input, end_retained, "net_clv").matches);
    auto gross = check_retention(266.67, input, end_retained, "net_clv");
    REQUIRE(find_slip(gross, "cost_left_out") != nullptr);
    CHECK(find_slip(gross, "cost_left_out")->detail == "acquisition_cost");
    auto other = check_retention(316.67, input, end_retained, "net_clv");
    REQUIRE(find_slip(other, "other_convention") != nullptr);
    CHECK(find_slip(other, "other_convention")->convention == "start");
}

TEST_CASE("Retention CLV margin multiple: another convention's multiple", "[slips]") {
    // Margin multiples: 0.8 / 0.3 = 2.67 (end_retained), 1.1 / 0.3 = 3.67 (start).
    CHECK(check_retention(2.67, retention_example(), end_retained, "margin_multiple").matches);
    auto other = check_retention(3.67, retention_example(), end_retained, "margin_multiple");
    REQUIRE(other.slips.size() == 1);
    CHECK(other.slips[0].code == "other_convention");
    CHECK(other.slips[0].convention == "start");
}

TEST_CASE("Retention CLV names no slips for a number that is not a convention's", "[slips]") {
    // net_margin_per_period (100) is no CLV: the CLV's candidates (266.67, 366.67, ...) must not
    // be offered for it.
    auto input = retention_example();
    input.periods = 5;
    const auto result = computed(compute_retention_clv(input));
    CHECK(retention_clv_slips(input, result, end_retained, "net_margin_per_period").empty());
    CHECK(retention_clv_slips(input, result, end_retained, "discount_rate_per_period").empty());
}

TEST_CASE("Slips are taken from the computed result, not from a second evaluation", "[slips]") {
    // App issue 11 item 5: the other conventions come from the result handed in (here changed
    // to tell them apart), and building the candidates computes no calculation.
    auto input = retention_example();
    input.periods = 10;
    auto result = computed(compute_retention_clv(input));
    for (auto& value : result.conventions)
        if (value.convention == start) value.clv = 1234.5;
    const auto before = calculations_computed();
    const auto slips = retention_clv_slips(input, result, end_retained, "clv");
    CHECK(calculations_computed() == before);
    auto check = check_answer(1234.5, result.conventions[0].clv, slips, AnswerScale::money);
    REQUIRE(find_slip(check, "other_convention") != nullptr);
    CHECK(find_slip(check, "other_convention")->convention == "start");

    auto discounted_input = end_of_year_input();
    discounted_input.discount_rate_period = Period::month;  // every kind of candidate
    const auto discounted = computed(compute_discounted_clv(discounted_input));
    const auto discounted_before = calculations_computed();
    CHECK_FALSE(discounted_clv_slips(discounted_input, discounted).empty());
    CHECK(calculations_computed() == discounted_before);
}

// ---- rate conversion and profitability ------------------------------------------------------

TEST_CASE("Rate conversions: a / 12 and linear churn are period mix-ups", "[slips]") {
    RateConversionInput discount{RateKind::discount, 0.12, Period::year, Period::month};
    auto check = check_answer(0.01, convert_discount_rate(0.12, Period::year, Period::month),
                              rate_conversion_slips(discount), AnswerScale::rate);
    CHECK_FALSE(check.matches);  // 1% vs 0.9489%: more than 0.01 percentage point apart
    REQUIRE(check.slips.size() == 1);
    CHECK(check.slips[0].code == "period_mixup");
    CHECK(check.slips[0].detail == "simple_division");
    RateConversionInput retention{RateKind::retention, 0.4, Period::year, Period::month};
    // 1 - 0.6 / 12 = 0.95 instead of 0.4^(1/12) = 0.92652
    auto churn = check_answer(0.95, convert_retention_rate(0.4, Period::year, Period::month),
                              rate_conversion_slips(retention), AnswerScale::rate);
    REQUIRE(churn.slips.size() == 1);
    CHECK(churn.slips[0].detail == "churn_divided");
}

TEST_CASE("Profitability: a cost left out, the ratio inverted, revenue for margin", "[slips]") {
    // README's profitability example: LTV 3000, CAC 500, retention cost 200, revenue 1000 a
    // period at a 25% margin: profit 2300, LTV:CAC 6, payback 500 / 250 = 2 periods.
    ProfitabilityInput input;
    input.lifetime_value = 3000;
    input.acquisition_cost = 500;
    input.retention_cost = 200;
    input.revenue_per_period = 1000;
    input.gross_margin_rate = 0.25;
    const auto result = computed(compute_profitability(input));
    auto check = [&](double answer, const std::string& name, std::optional<double> expected) {
        return check_answer(answer, expected, profitability_slips(input, result, name), AnswerScale::money);
    };
    auto profit = check(2500, "profit", result.profit);  // 3000 - 500
    REQUIRE(profit.slips.size() == 1);
    CHECK(profit.slips[0].code == "cost_left_out");
    CHECK(profit.slips[0].detail == "retention_cost");
    auto ratio = check(0.17, "ltv_to_cac", result.ltv_to_cac);  // 500 / 3000
    REQUIRE(ratio.slips.size() == 1);
    CHECK(ratio.slips[0].code == "ratio_inverted");
    auto payback = check(0.5, "payback_periods", result.payback_periods);  // 500 / 1000
    REQUIRE(find_slip(payback, "revenue_instead_of_margin") != nullptr);
    // CAC 440 at 200 a period pays back in 2.2 periods: "3 periods" is the payback rounded up
    // to whole periods (rounded to the nearest it would be 2).
    input.acquisition_cost = 440;
    input.gross_margin_rate = 0.2;
    const auto slower = computed(compute_profitability(input));
    auto rounded_up = check_answer(3, slower.payback_periods,
                                   profitability_slips(input, slower, "payback_periods"),
                                   AnswerScale::money);
    REQUIRE(rounded_up.slips.size() == 1);
    CHECK(rounded_up.slips[0].code == "rounding");
    CHECK(rounded_up.slips[0].detail == "up_to_whole_periods");
}
