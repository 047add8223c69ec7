// The satisfaction index (src/core/workbench/satisfaction.hpp): the README's survey by hand, and
// properties (the index stays in 0..100 and rises when an answer moves up a level).
#include <catch2/catch.hpp>

#include "core/workbench/satisfaction.hpp"
#include "../core_test_support.hpp"

using namespace clv;
using namespace clv::workbench;
using namespace core_test;

namespace {

std::vector<IndicatorInput> survey() {
    return {{"service", 0.5, {2, 3, 5, 10, 20, 40, 20}},
            {"price", 0.3, {5, 5, 10, 30, 25, 15, 10}},
            {"delivery", 0.4, {0, 0, 5, 15, 30, 30, 20}}};
}

}  // namespace

TEST_CASE("Satisfaction index of the README survey, by hand", "[workbench][satisfaction]") {
    // Level k (0..6) scores 100 k / 6. Service: (3 + 10 + 30 + 80 + 200 + 120) / 6 = 443/6 =
    // 73.8333; price 350/6 = 58.3333; delivery 445/6 = 74.1667. Weights 0.5 + 0.3 + 0.4 = 1.2,
    // normalised: index = (0.5 x 73.8333 + 0.3 x 58.3333 + 0.4 x 74.1667) / 1.2 = 70.069444.
    // Satisfied (top three levels): 0.8, 0.5, 0.8 -> (0.4 + 0.15 + 0.32) / 1.2 = 0.725.
    // Tolerance 1e-12 relative.
    const auto result = computed(compute_satisfaction_index(survey()));
    CHECK(result.indicators[0].score == Approx(443.0 / 6).epsilon(1e-12));
    CHECK(result.indicators[1].score == Approx(350.0 / 6).epsilon(1e-12));
    CHECK(result.index == Approx((0.5 * 443 + 0.3 * 350 + 0.4 * 445) / 6 / 1.2).epsilon(1e-12));
    CHECK(result.share_satisfied == Approx(0.725).epsilon(1e-12));
    CHECK(result.indicators[2].share_satisfied == Approx(0.8));
    CHECK(result.level_scores.back() == 100);
    CHECK(warning_codes(result) == std::vector<std::string>{"weights_normalised"});
    double distribution = 0;
    for (double share : result.distribution) distribution += share;
    CHECK(distribution == Approx(1).epsilon(1e-12));
}

TEST_CASE("Satisfaction index stays in 0..100 and rises when an answer moves up", "[workbench][satisfaction][property]") {
    auto input = survey();
    double previous = computed(compute_satisfaction_index(input)).index;
    for (std::size_t level = 0; level + 1 < satisfaction_levels; ++level) {
        for (auto& indicator : input) {
            if (indicator.counts[level] == 0) continue;
            indicator.counts[level] -= 1;
            indicator.counts[level + 1] += 1;
            const double index = computed(compute_satisfaction_index(input)).index;
            CHECK(index > previous);
            CHECK(index >= 0);
            CHECK(index <= 100);
            previous = index;
        }
    }
    std::vector<IndicatorInput> all_top = {{"a", 1, {0, 0, 0, 0, 0, 0, 9}}};
    CHECK(computed(compute_satisfaction_index(all_top)).index == 100);
    CHECK(computed(compute_satisfaction_index(all_top)).warnings.empty());
}

TEST_CASE("Satisfaction index refuses all-zero weights, no answers and a short scale", "[workbench][satisfaction]") {
    auto input = survey();
    for (auto& indicator : input) indicator.weight = 0;
    CHECK(problem_pairs(compute_satisfaction_index(input).problems) == ProblemPairs{{"indicators", "weights_all_zero"}});
    input = survey();
    input[1].counts = {0, 0, 0, 0, 0, 0, 0};
    input[2].counts = {1, 2, 3};
    input[0].name = "price";
    CHECK(problem_pairs(compute_satisfaction_index(input).problems) ==
          ProblemPairs{{"indicators[1].counts", "no_answers"}, {"indicators[1].name", "duplicate_name"},
                       {"indicators[2].counts", "wrong_length"}});
}
