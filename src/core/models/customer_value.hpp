// Each customer's predictions from fitted parameters: purchases expected over a horizon,
// P(alive), expected spend per purchase (Gamma-Gamma) and the discounted lifetime value over
// the horizon. Everything in the data's time unit; the discount rate is converted to it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../data/summary_options.hpp"
#include "../explanation.hpp"
#include "../problems.hpp"
#include "bg_bb.hpp"
#include "bg_nbd.hpp"
#include "customer_table.hpp"
#include "gamma_gamma.hpp"
#include "pareto_nbd.hpp"

namespace clv::models {

// The period a discount rate is quoted for: the data's time units and the year.
const std::vector<std::string>& rate_period_names();  // day, week, month, year
double days_per_rate_period(const std::string& name);   // 1, 7, 30.4375, 365.25

struct PredictionInput {
    Model model = Model::bg_nbd;  // bg_nbd, pareto_nbd or bg_bb
    BgNbdParams bg_nbd;
    ParetoNbdParams pareto_nbd;
    BgBbParams bg_bb;
    CustomerColumns customers;    // frequency, recency, T (BG/BB: periods); monetary_value for the Gamma-Gamma
    double horizon = 0;           // whole periods of time_unit (BG/BB: opportunities), 1..max_periods
    std::optional<GammaGammaParams> gamma_gamma;  // expected spend per purchase per customer ...
    std::optional<double> spend;                  // ... or one spend per purchase for everyone
    std::optional<double> margin;                 // share of spend kept (absent: revenue, warned)
    double discount_rate = 0;                     // per discount_rate_period
    std::string discount_rate_period;             // empty: the time unit
    data::TimeUnit time_unit = data::TimeUnit::week;
};

struct PredictionResult {
    std::vector<double> expected_purchases;  // in (T, T + horizon]
    std::vector<double> p_alive;             // at T
    std::optional<std::vector<double>> expected_spend;  // per purchase; none without spend
    std::optional<std::vector<double>> clv;              // none without spend
    double total_expected_purchases = 0;
    std::optional<double> total_clv;
    double mean_p_alive = 0;
    double discount_rate_per_period = 0;  // per time unit
    Explanation explanation;
    std::vector<Warning> warnings;  // rate_converted, revenue_only, no_spend
};

// Per customer i: E_i(k) = purchases expected in (T, T + k] (BG/NBD eq. (10), the Pareto/NBD's,
// or the BG/BB's in the next k opportunities),
// CLV_i = margin · spend_i · Σ_{k=1..horizon} (E_i(k) − E_i(k−1)) / (1 + d)^k, purchases of
// period k discounted from its end, with d the discount rate per time unit
// ((1 + given)^(days per unit / days per given period) − 1, a step and warning rate_converted
// when the periods differ). spend_i is the Gamma-Gamma's expected spend or the one given.
// Identical customers are computed once.
Outcome<PredictionResult> predict_customers(const PredictionInput& input);

// Purchases expected over `horizon` units of `unit`, per year (365.25 days): what the
// workbench's segments call orders per period at their default period, the year.
double purchases_per_year(double purchases, double horizon, data::TimeUnit unit);

}  // namespace clv::models
