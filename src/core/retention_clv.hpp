// Retention-based CLV (Gupta & Lehmann 2005): a margin per period, kept while the customer
// survives period by period with a retention rate (constant, or a list whose last rate
// repeats), discounted per period, in the three textbook conventions side by side.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "discounting.hpp"
#include "explanation.hpp"
#include "problems.hpp"
#include "retention_sums.hpp"

namespace clv {

struct RetentionClvInput {
    double margin_per_period = 0;                        // money per period
    std::optional<double> retention_rate;                // 0..1 per period
    std::optional<std::vector<double>> retention_rates;  // or r_t = list[min(t, len) - 1]
    double discount_rate = 0;                            // per discount_rate_period, 0..10
    Period discount_rate_period = Period::year;
    Period period = Period::year;
    std::optional<double> periods;                    // whole 1..1200; absent = infinite
    std::optional<double> retention_spend_per_period;  // subtracted from the margin
    std::optional<double> table_periods;               // rows; default periods, or 30
    std::optional<double> acquisition_cost;            // CAC, money; gives each net_clv
};

// The input's retention rates as retention_sums.hpp reads them (a view into `input`).
RetentionRates retention_rates_of(const RetentionClvInput& input);

// One convention's clv as compute_retention_clv gives it, for `input`'s retention rates with
// net margin `margin` and discount rate `rate_per_period`, over `periods` (nullopt: for ever):
// margin x horizon_multiple or lifetime_multiple, without table or steps, so a check can try
// another rate or horizon cheaply. nullopt when it diverges.
std::optional<double> retention_value(const RetentionClvInput& input, double margin,
                                      double rate_per_period, RetentionConvention convention,
                                      std::optional<int> periods);

// One term of a convention's sum.
struct RetentionRow {
    int period = 0;                       // 1, 2, ... (the k-th margin collected)
    double time = 0;                      // periods it is discounted
    std::optional<double> retention_rate;  // rate of the last survival step; none for S_0
    double survival = 0;                  // probability the customer is still there
    double discount_factor = 0;           // 1 / (1 + d)^time
    double expected_margin = 0;           // net margin x survival
    double present_value = 0;
    double cumulative_present_value = 0;
};

struct ConventionValue {
    RetentionConvention convention = RetentionConvention::end_retained;
    std::optional<double> clv;    // over the horizon; nullopt when it diverges
    std::optional<double> limit;  // the infinite-horizon value; nullopt when it diverges
    std::optional<double> margin_multiple;  // clv per unit of net margin (factor); nullopt
                                            // when it diverges
    std::optional<double> net_clv;  // clv - acquisition cost; nullopt without one
    Explanation explanation;      // this convention's own steps
    std::vector<RetentionRow> table;
};

struct RetentionClvResult {
    double net_margin_per_period = 0;
    double discount_rate_per_period = 0;
    Horizon horizon = Horizon::infinite;
    std::optional<int> periods;
    Period period = Period::year;
    std::vector<ConventionValue> conventions;  // end_retained, start, end_first_certain
    Explanation explanation;                   // shared steps: rate conversion, net margin
    std::vector<Warning> warnings;
};

// All three conventions' CLV over the horizon (the first n terms) or for ever (closed form; a
// rate list's terms explicitly, then the geometric tail of its last rate), with each one's
// infinite-horizon limit, margin multiple (retention_sums.hpp: clv = net margin x multiple),
// CLV net of the acquisition cost when one is given, and present-value table.
Outcome<RetentionClvResult> compute_retention_clv(const RetentionClvInput& input);

}  // namespace clv
