// Discounted CLV: the present value of a customer's cash flows, a constant flow or a list,
// over a finite horizon or for ever (a perpetuity), received at the end or the start of each
// period, with a per-period discount rate converted exactly from the rate's own period.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "discounting.hpp"
#include "explanation.hpp"
#include "problems.hpp"

namespace clv {

// When in a period its cash flow arrives: period t's flow is discounted t periods (end) or
// t - 1 periods (start).
enum class Timing { end, start };
const char* timing_name(Timing timing);                          // "end" / "start"
std::optional<Timing> timing_from_name(const std::string& name);
const std::vector<std::string>& timing_names();                  // {"end", "start"}

struct DiscountedClvInput {
    std::optional<double> cash_flow_per_period;       // a constant flow, money per period
    std::optional<std::vector<double>> cash_flows;    // or one flow per period (1..1200)
    double discount_rate = 0;                         // fraction per discount_rate_period
    Period discount_rate_period = Period::year;
    Period period = Period::year;                     // the period of the cash flows
    std::optional<double> periods;                    // whole 1..1200; absent = perpetuity
    Timing timing = Timing::end;
    std::optional<double> table_periods;              // rows shown; default periods, or 30
};

// One period of the present-value table.
struct DiscountedRow {
    int period = 0;                   // 1, 2, ...
    double time = 0;                  // periods the flow is discounted: t (end) or t - 1 (start)
    double cash_flow = 0;
    double discount_factor = 0;       // 1 / (1 + d)^time
    double present_value = 0;         // cash_flow x discount_factor
    double cumulative_present_value = 0;
};

struct DiscountedClvResult {
    std::optional<double> clv;             // nullopt when the sum diverges (warning diverges)
    Timing timing = Timing::end;
    Horizon horizon = Horizon::finite;
    std::optional<int> periods;            // nullopt for a perpetuity
    double discount_rate_per_period = 0;
    std::optional<double> perpetuity_clv;  // the constant flow for ever; nullopt if undefined
    Period period = Period::year;
    std::vector<DiscountedRow> table;
    Explanation explanation;
    std::vector<Warning> warnings;
};

// CLV = sum over t = 1..n of CF_t / (1 + d)^t (end) or CF_t / (1 + d)^(t-1) (start); a constant
// flow uses the annuity factor (1 - (1 + d)^-n) / d (x (1 + d) at the start), a perpetuity
// CF / d (end) or CF (1 + d) / d (start).
Outcome<DiscountedClvResult> compute_discounted_clv(const DiscountedClvInput& input);

// The annuity factor (1 - (1 + d)^-n) / d, times (1 + d) at the start; n at d = 0. `periods`
// need not be whole (a mean lifetime, for one slip).
double annuity_factor(double rate_per_period, double periods, Timing timing);

// The clv compute_discounted_clv gives, for `input`'s flows at `rate_per_period` with `timing`
// over `periods` (a constant flow's horizon, nullopt for a perpetuity; for a list, its first
// `periods` flows, at most all of them), without table or steps: the same closed forms, so a
// check can try another rate, timing or horizon cheaply. nullopt when the value diverges.
// `input` must be valid.
std::optional<double> discounted_value(const DiscountedClvInput& input, double rate_per_period,
                                       Timing timing, std::optional<int> periods);

// Rows shown when a perpetuity's table_periods is not given.
constexpr int default_table_periods = 30;

}  // namespace clv
