// A fitted purchase model (BG/NBD or Pareto/NBD) held against what its customers did: the
// four validation plots of Fader, Hardie & Lee (2005), "Counting your customers the easy way",
// figures 2–5, as columns. Everything in the data's time unit.
#pragma once

#include <optional>
#include <vector>

#include "../explanation.hpp"
#include "../problems.hpp"
#include "bg_nbd.hpp"
#include "customer_table.hpp"
#include "pareto_nbd.hpp"

namespace clv::models {

// The summary's repeat purchases per period (summarise_transactions' tracking).
struct TrackingInput {
    std::vector<double> time;              // end of each period, time units since the first purchase
    std::vector<double> repeat_purchases;  // count per period
    double calibration_end = 0;            // time units since the first purchase
};

struct ValidationInput {
    Model model = Model::bg_nbd;            // bg_nbd or pareto_nbd
    BgNbdParams bg_nbd;
    ParetoNbdParams pareto_nbd;
    CustomerColumns customers;              // calibration frequency, recency, T
    std::vector<double> frequency_holdout;  // each customer's purchases in the holdout
    double duration_holdout = 0;            // time units
    std::optional<TrackingInput> tracking;
    double max_frequency = 7;               // whole 1..100: bins 0 … max_frequency − 1 and "max_frequency or more"
};

// One row per calibration frequency; the last bin holds every customer from its frequency up.
// The conditional expectations leave out frequencies no customer has (a mean of nobody).
struct FrequencyBins {
    std::vector<double> frequency;  // the bin's (lowest) frequency
    std::vector<double> customers;  // customers in the bin (the histogram: actual)
    std::vector<double> actual;     // histogram: customers; conditional: mean holdout purchases
    std::vector<double> model;      // histogram: Σ_i P(X(T_i) = n); conditional: mean E[Y(t) | x, t_x, T]
};

struct TrackingSeries {
    std::vector<double> time, actual, model;           // per period, count
    std::vector<double> actual_cumulative, model_cumulative;
    double calibration_end = 0;
};

// Customers binned by calibration recency (bins of bin_width time units, from 0); bins that
// hold nobody are left out.
struct AliveByRecency {
    double bin_width = 1;
    std::vector<double> recency;                  // the bin's lower edge
    std::vector<double> customers;
    std::vector<double> mean_p_alive;             // mean P(alive at T), share
    std::vector<double> share_bought_in_holdout;  // share with a holdout purchase, share
};

struct ValidationResult {
    FrequencyBins conditional;              // holdout purchases per customer by calibration frequency (fig. 5)
    FrequencyBins histogram;                // calibration frequencies, actual vs model (fig. 2)
    std::optional<TrackingSeries> tracking; // weekly and cumulative repeat purchases (figs. 3, 4)
    AliveByRecency alive;
    double customers = 0, actual_holdout_purchases = 0, predicted_holdout_purchases = 0;
    Explanation explanation;
    std::vector<Warning> warnings;          // no_tracking
};

// Holdout: E[Y(t) | x, t_x, T] with t = duration_holdout (BG/NBD eq. (10), note 008 eq. (22)).
// Histogram: Σ_i P(X(T_i) = n) (BG/NBD eq. (8), Pareto/NBD note 012), the last bin the rest.
// Tracking: model repeat purchases by time τ = Σ_i E[X(τ − b_i)] (eq. (9)) with each customer's
// first purchase at b_i = calibration_end − T_i. P(alive) at T (eq. (13), note 008 eq. (21)).
// Identical customers, and customers with the same T, are computed once.
Outcome<ValidationResult> validate_model(const ValidationInput& input);

}  // namespace clv::models
