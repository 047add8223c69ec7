// The verdict of "check my answer": matching to the cent (rates to 0.01 percentage point),
// rounded as on paper, and which candidate slips the answer matches (src/core/answer_check.hpp).
// The candidates of each calculation are in slips_test.cpp.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/answer_check.hpp"
#include "core/lifetime_value.hpp"
#include "core/slips.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

TEST_CASE("A half cent with binary noise: 0.44 matches, 0.43 does not", "[answer_check]") {
    // Issue 14 item 3: simple CLV with average purchase 0.145, 3 purchases a year, 1 year is
    // 0.435 on paper (0.43499999999999994 in binary). Rounded half away from zero it is 0.44.
    SimpleClvInput input;
    input.average_purchase = 0.145;
    input.purchases_per_period = 3;
    input.lifespan_periods = 1;
    const auto result = computed(compute_simple_clv(input));
    const auto slips = simple_clv_slips(input, result);

    auto right = check_answer(0.44, result.clv, slips, AnswerScale::money);
    CHECK(right.matches);
    CHECK(right.slips.empty());  // before the fix: not a match, and a "rounding" slip
    REQUIRE(right.expected_rounded);
    CHECK(*right.expected_rounded == 0.44);  // what the check names as the result

    auto low = check_answer(0.43, result.clv, slips, AnswerScale::money);
    CHECK_FALSE(low.matches);  // before the fix: accepted

    auto exact = check_answer(0.435, result.clv, slips, AnswerScale::money);
    CHECK(exact.matches);  // the unrounded value itself
}

TEST_CASE("Candidates that give the expected value explain nothing", "[answer_check]") {
    // 266.67 is right for end_retained (80 / 0.3); a candidate equal to it is no slip.
    const double expected = 80 / 0.3;
    auto check = check_answer(300, expected,
                              {{"other_convention", 266.666, "start", "x"},
                               {"other_convention", 300.004, "end_first_certain", "y"}},
                              AnswerScale::money);
    CHECK_FALSE(check.matches);
    REQUIRE(check.slips.size() == 1);
    CHECK(check.slips[0].convention == "end_first_certain");
}

TEST_CASE("One slip per code and convention, the closest kept", "[answer_check]") {
    auto check = check_answer(100.0, 50.0,
                              {{"rounding", 100.4, "", "far"}, {"rounding", 100.1, "", "near"},
                               {"period_mixup", 100.001, "", "a"}},
                              AnswerScale::money);
    REQUIRE(check.slips.size() == 2);
    CHECK(check.slips[0].code == "rounding");
    CHECK(check.slips[0].detail == "near");
    CHECK(check.slips[1].code == "period_mixup");
}

TEST_CASE("Rounding slips match to the whole unit, the others to the cent", "[answer_check]") {
    const std::vector<Slip> candidates = {final_value_rounding(266.6667),
                                          {"other_convention", 333.3333, "end_first_certain", ""}};
    CHECK(check_answer(267, 266.6667, candidates, AnswerScale::money).slips.size() == 1);
    CHECK(check_answer(266, 266.6667, candidates, AnswerScale::money).slips.empty());
    CHECK(check_answer(333.33, 266.6667, candidates, AnswerScale::money).slips.size() == 1);
    CHECK(check_answer(333, 266.6667, candidates, AnswerScale::money).slips.empty());
}

TEST_CASE("A diverging value has no expected number but slips still apply", "[answer_check]") {
    auto check = check_answer(100, std::nullopt, {{"other_convention", 100, "start", "timing"}},
                              AnswerScale::money);
    CHECK_FALSE(check.matches);
    CHECK_FALSE(check.expected);
    CHECK_FALSE(check.expected_rounded);
    CHECK_FALSE(check.difference);
    CHECK(check.slips.size() == 1);
}

TEST_CASE("Rates match to 0.01 percentage point", "[answer_check]") {
    // 12% a year is 0.94888% a month: 0.95% matches, 1% does not.
    CHECK(check_answer(0.0095, 0.0094887929, {}, AnswerScale::rate).matches);
    CHECK_FALSE(check_answer(0.01, 0.0094887929, {}, AnswerScale::rate).matches);
    CHECK(*check_answer(0.01, 0.0094887929, {}, AnswerScale::rate).expected_rounded == 0.0095);
}
