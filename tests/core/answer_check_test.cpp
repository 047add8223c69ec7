#include <catch2/catch.hpp>

#include <cmath>

#include "core/answer_check.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

namespace {
AnswerCheck check_discounted(double answer, const DiscountedClvInput& input) {
    const auto value = computed(compute_discounted_clv(input));
    return check_answer(answer, value.clv, discounted_clv_slips(input), AnswerScale::money);
}

const Slip* find_slip(const AnswerCheck& check, const std::string& code) {
    for (const auto& slip : check.slips)
        if (slip.code == code) return &slip;
    return nullptr;
}
}  // namespace

TEST_CASE("Answers match to the cent", "[answer_check]") {
    CHECK(same_to_step(4329.48, 4329.476670630819, 0.01));
    CHECK(same_to_step(4329.47, 4329.4749, 0.01));   // within half a cent
    CHECK(same_to_step(1.004, 0.9951, 0.01));        // 0.0089 apart, but both are 1.00
    CHECK_FALSE(same_to_step(1.0049, 0.9949, 0.01)); // 0.01 apart: 1.00 and 0.99
    CHECK_FALSE(same_to_step(4329.47, 4329.4767, 0.01));
    CHECK_FALSE(same_to_step(4329, 4329.4767, 0.01));
}

TEST_CASE("The textbook's 86589.60 is the finite sum divided by the rate", "[answer_check]") {
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

TEST_CASE("The other timing is recognised as another convention", "[answer_check]") {
    // Start of year: 4329.4767 x 1.05 = 4545.95
    auto check = check_discounted(4545.95, end_of_year_input());
    CHECK_FALSE(check.matches);
    const Slip* slip = find_slip(check, "other_convention");
    REQUIRE(slip != nullptr);
    CHECK(slip->convention == "start");
    CHECK(slip->value == Approx(4329.476670630819 * 1.05).epsilon(1e-12));
}

TEST_CASE("Rounded present values and whole-unit answers are rounding slips", "[answer_check]") {
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

TEST_CASE("Monthly flows with an annual rate: the period mix-ups", "[answer_check]") {
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

TEST_CASE("Simple CLV: revenue given for margin", "[answer_check]") {
    SimpleClvInput input;
    input.average_purchase = 100;
    input.purchases_per_period = 4;
    input.lifespan_periods = 5;
    input.gross_margin_rate = 0.25;
    auto check = check_answer(2000, 500, simple_clv_slips(input), AnswerScale::money);
    CHECK_FALSE(check.matches);
    REQUIRE(check.slips.size() == 1);
    CHECK(check.slips[0].code == "revenue_instead_of_margin");
    CHECK(check.slips[0].value == 2000);
}

TEST_CASE("Retention CLV: the other two conventions and rounding", "[answer_check]") {
    // Worked example "clv.retention.infinite": 266.67 (end_retained), 366.67 (start),
    // 333.33 (end_first_certain).
    RetentionClvInput input;
    input.margin_per_period = 100;
    input.retention_rate = 0.8;
    input.discount_rate = 0.1;
    const double expected = 80 / 0.3;
    auto slips = retention_clv_slips(input, RetentionConvention::end_retained);
    auto start = check_answer(366.67, expected, slips, AnswerScale::money);
    REQUIRE(start.slips.size() == 1);
    CHECK(start.slips[0].code == "other_convention");
    CHECK(start.slips[0].convention == "start");
    auto first_certain = check_answer(333.33, expected, slips, AnswerScale::money);
    REQUIRE(first_certain.slips.size() == 1);
    CHECK(first_certain.slips[0].convention == "end_first_certain");
    auto rounded = check_answer(267, expected, slips, AnswerScale::money);
    CHECK_FALSE(rounded.matches);
    REQUIRE(rounded.slips.size() == 1);
    CHECK(rounded.slips[0].code == "rounding");
    CHECK(check_answer(266.67, expected, slips, AnswerScale::money).matches);
}

TEST_CASE("Retention CLV over a finite horizon: sum divided by the rate", "[answer_check]") {
    // Worked example "clv.retention.finite_start": 292.0633836487 over 5 periods; / 0.1 = 2920.63
    RetentionClvInput input;
    input.margin_per_period = 100;
    input.retention_rate = 0.8;
    input.discount_rate = 0.1;
    input.periods = 5;
    auto slips = retention_clv_slips(input, RetentionConvention::start);
    auto check = check_answer(2920.63, 292.0633836487, slips, AnswerScale::money);
    REQUIRE(find_slip(check, "finite_sum_divided_by_rate") != nullptr);
}

TEST_CASE("A diverging value has no expected number but slips still apply", "[answer_check]") {
    auto check = check_answer(100, std::nullopt, {{"other_convention", 100, "start", "timing"}},
                              AnswerScale::money);
    CHECK_FALSE(check.matches);
    CHECK_FALSE(check.expected);
    CHECK_FALSE(check.difference);
    CHECK(check.slips.size() == 1);
}

TEST_CASE("Rate conversions: a / 12 and linear churn are period mix-ups", "[answer_check]") {
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
    CHECK(check_answer(0.0095, 0.0094887929, {}, AnswerScale::rate).matches);
}
