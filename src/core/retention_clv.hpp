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

namespace clv {

// Where the margin falls and whether the first one needs the customer to be retained:
//   end_retained       sum_{t>=1} m S_t / (1+d)^t      = m r / (1 + d - r)
//   start              sum_{t>=0} m S_t / (1+d)^t      = m (1 + d) / (1 + d - r)
//   end_first_certain  sum_{t>=1} m S_{t-1} / (1+d)^t  = m / (1 + d - r)
// with survival S_0 = 1, S_t = S_{t-1} r_t.
enum class RetentionConvention { end_retained, start, end_first_certain };
const char* convention_name(RetentionConvention convention);
std::optional<RetentionConvention> convention_from_name(const std::string& name);
const std::vector<std::string>& convention_names();  // in the order above
const std::vector<RetentionConvention>& all_conventions();

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
};

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
// infinite-horizon limit and present-value table.
Outcome<RetentionClvResult> compute_retention_clv(const RetentionClvInput& input);

}  // namespace clv
