// Check-my-answer: whether a student's number matches the engine's value to the cent (rates to
// 0.01 percentage point), rounded as on paper (rounding.hpp), and which of the candidate slips
// (slips.hpp) would have produced it instead.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace clv {

// One candidate wrong answer.
struct Slip {
    std::string code;        // other_convention, rounding, period_mixup, horizon_off_by_one,
                             // finite_sum_divided_by_rate, revenue_instead_of_margin,
                             // mean_lifetime_annuity, cost_left_out, ratio_inverted
    double value = 0;        // the number this slip gives
    std::string convention;  // the timing or retention convention used, when not the one checked
    std::string detail;      // which variant, e.g. "present_values_to_cents", "simple_division"
};

// How closely an answer must agree: money (and every other non-rate) to the cent, a rounding
// slip to the whole unit; rates to 0.01 percentage point, a rounding slip to the whole point.
enum class AnswerScale { money, rate };
int match_decimals(AnswerScale scale);     // 2 or 4
int rounding_decimals(AnswerScale scale);  // 0 or 2

struct AnswerCheck {
    double answer = 0;
    std::optional<double> expected;          // nullopt when the engine has no value (diverging sum)
    std::optional<double> expected_rounded;  // expected at match_decimals, half away from zero
    bool matches = false;
    std::optional<double> difference;        // answer - expected
    std::vector<Slip> slips;                 // matched candidates; empty when the answer matches
};

// Compares `answer` with `expected` (same_to_decimals at match_decimals) and lists the
// candidates it matches (rounding slips at rounding_decimals, the others at match_decimals),
// one per code and convention, the closest kept; candidates that agree with `expected` itself
// (other than rounding) explain nothing and are left out.
AnswerCheck check_answer(double answer, std::optional<double> expected,
                         const std::vector<Slip>& candidates, AnswerScale scale);

// The value itself, as the "final_value" rounding candidate (an answer rounded to whole units).
Slip final_value_rounding(double value);

}  // namespace clv
