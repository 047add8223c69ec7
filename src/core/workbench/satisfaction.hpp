// A customer-satisfaction index from survey answers on the 7-level scale (很不满意 very
// dissatisfied, 不满意, 不太满意, 一般, 较满意, 满意, 很满意 very satisfied): each indicator's score,
// the weighted index on 0..100, the share satisfied and the distribution of answers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../explanation.hpp"
#include "../problems.hpp"

namespace clv::workbench {

constexpr std::size_t satisfaction_levels = 7;
constexpr std::size_t max_indicators = 100;

// very_dissatisfied, dissatisfied, somewhat_dissatisfied, neutral, somewhat_satisfied,
// satisfied, very_satisfied: the scale's levels from the lowest.
const std::vector<std::string>& satisfaction_level_names();

// The score of level k (0 = lowest): 100 k / 6, so 0, 16.67, 33.33, 50, 66.67, 83.33, 100.
double satisfaction_level_score(std::size_t level);

struct IndicatorInput {
    std::string name;
    double weight = 0;           // >= 0; normalised over the indicators
    std::vector<double> counts;  // answers per level, 7 whole numbers >= 0, not all 0
};

struct IndicatorScore {
    std::string name;
    double weight = 0;             // as given
    double normalised_weight = 0;  // weight / sum of weights
    double answers = 0;
    double score = 0;              // sum counts_k x score_k / answers, 0..100
    double share_satisfied = 0;    // answers in the top three levels / answers
    std::vector<double> distribution;  // counts_k / answers
};

struct SatisfactionResult {
    std::vector<IndicatorScore> indicators;
    double index = 0;              // sum of normalised weight x score, 0..100
    double share_satisfied = 0;    // weighted like the index
    std::vector<double> distribution;  // weighted like the index
    std::vector<double> level_scores;  // the mapping used
    Explanation explanation;
    std::vector<Warning> warnings;     // weights_normalised
};

// Problems: indicators wrong_length (1..100); per indicator name missing_field / duplicate_name,
// weight negative, counts wrong_length (7) or a count negative / not whole, no_answers (all 0);
// weights_all_zero on "indicators".
Outcome<SatisfactionResult> compute_satisfaction_index(const std::vector<IndicatorInput>& indicators);

}  // namespace clv::workbench
