// Check-my-answer: whether a student's number matches the engine's value, and which common
// slips would have produced it instead. Each slip is a candidate wrong answer computed from the
// same inputs: another timing or retention convention, rounded intermediate values, a rate
// used for the wrong period, a finite sum divided by the rate, revenue taken for margin.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "discounted_clv.hpp"
#include "discounting.hpp"
#include "lifetime_value.hpp"
#include "retention_clv.hpp"

namespace clv {

// One candidate wrong answer.
struct Slip {
    std::string code;        // other_convention, rounding, period_mixup,
                             // finite_sum_divided_by_rate, revenue_instead_of_margin
    double value = 0;        // the number this slip gives
    std::string convention;  // other_convention: the timing or retention convention used
    std::string detail;      // which variant, e.g. "present_values_to_cents", "simple_division"
};

// How closely an answer must agree: money to the cent (a rounding slip to the whole unit);
// rates to 0.01 percentage point (a rounding slip to the whole percentage point).
enum class AnswerScale { money, rate };

struct AnswerCheck {
    double answer = 0;
    std::optional<double> expected;    // nullopt when the engine has no value (diverging sum)
    bool matches = false;
    std::optional<double> difference;  // answer - expected
    std::vector<Slip> slips;           // matched candidates; empty when the answer matches
};

// True when |a - b| < step / 2, or a and b are equal once both are rounded to a multiple of
// `step` (0.01: to the cent).
bool same_to_step(double a, double b, double step);

// Compares `answer` with `expected` and lists the candidates it matches (rounding slips to the
// whole unit, the others to the cent), one per code and convention, closest first kept;
// candidates that agree with `expected` itself (other than rounding) explain nothing and are
// left out.
AnswerCheck check_answer(double answer, std::optional<double> expected,
                         const std::vector<Slip>& candidates, AnswerScale scale);

// The value itself, as the "final_value" rounding candidate (an answer rounded to whole units).
Slip final_value_rounding(double value);

// Slip candidates for each calculation's "clv" (empty when the input is not valid).
std::vector<Slip> simple_clv_slips(const SimpleClvInput& input);
std::vector<Slip> discounted_clv_slips(const DiscountedClvInput& input);
std::vector<Slip> retention_clv_slips(const RetentionClvInput& input,
                                      RetentionConvention convention);
// ... and for convert_rate's "converted_rate": a / 12, 12 m, churn / 12, the rate unconverted.
std::vector<Slip> rate_conversion_slips(const RateConversionInput& input);

}  // namespace clv
