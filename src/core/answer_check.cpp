#include "answer_check.hpp"

#include <cmath>

#include "rounding.hpp"

namespace clv {

int match_decimals(AnswerScale scale) { return scale == AnswerScale::money ? 2 : 4; }
int rounding_decimals(AnswerScale scale) { return scale == AnswerScale::money ? 0 : 2; }

Slip final_value_rounding(double value) { return {"rounding", value, "", "final_value"}; }

namespace {

bool matches_candidate(double answer, const Slip& slip, AnswerScale scale) {
    const int decimals = slip.code == "rounding" ? rounding_decimals(scale) : match_decimals(scale);
    return same_to_decimals(answer, slip.value, decimals);
}

}  // namespace

AnswerCheck check_answer(double answer, std::optional<double> expected,
                         const std::vector<Slip>& candidates, AnswerScale scale) {
    AnswerCheck out;
    out.answer = answer;
    const int decimals = match_decimals(scale);
    if (expected && std::isfinite(*expected)) {
        out.expected = expected;
        out.expected_rounded = round_half_away(*expected, decimals);
        out.difference = answer - *expected;
        out.matches = same_to_decimals(answer, *expected, decimals);
    }
    if (out.matches) return out;
    for (const auto& candidate : candidates) {
        if (!std::isfinite(candidate.value)) continue;
        if (candidate.code != "rounding" && out.expected &&
            same_to_decimals(candidate.value, *out.expected, decimals))
            continue;  // gives the right value: explains no difference
        if (!matches_candidate(answer, candidate, scale)) continue;
        bool seen = false;
        for (auto& kept : out.slips) {
            if (kept.code != candidate.code || kept.convention != candidate.convention) continue;
            seen = true;
            if (std::fabs(answer - candidate.value) < std::fabs(answer - kept.value)) kept = candidate;
        }
        if (!seen) out.slips.push_back(candidate);
    }
    return out;
}

}  // namespace clv
