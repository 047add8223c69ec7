// The shifted-beta-geometric (sBG) model of contractual retention (Fader & Hardie 2007, "How to
// project customer retention", J. Interactive Marketing): each customer renews every period
// with a probability 1 − θ of their own, θ ~ Beta(α, β) across customers.
#pragma once

#include <optional>
#include <vector>

#include "model_fit.hpp"

namespace clv::models {

struct SbgParams {
    double alpha = 0, beta = 0;
};

// P(T = t) = B(α+1, β+t−1) / B(α, β) (eq. (3)) and S(t) = B(α, β+t) / B(α, β) (eq. (5)), in logs.
double sbg_log_churn_probability(const SbgParams& p, int t);
double sbg_log_survival(const SbgParams& p, int t);

// ln L = Σ_{t=1..n} (n_{t−1} − n_t) ln P(T = t) + n_n ln S(n) for survivors n_0 ≥ n_1 ≥ … ≥ n_n
// (eq. (6)), with its gradient in (α, β) when asked.
double sbg_log_likelihood(const SbgParams& p, const std::vector<double>& survivors, std::vector<double>* gradient);

// The fit of a survivor curve [n_0, n_1, …, n_n] (counts or shares of the first): needs 2 or
// more values, n_0 > 0, none negative (negative) and none above the one before
// (survivors_rising on survivors[i]); a curve with no one lost (no_churn) or everyone lost in
// the first period (all_lost_at_once) cannot identify the model.
Outcome<ModelFit> fit_sbg(const std::vector<double>& survivors);

SbgParams sbg_params(const ModelFit& fit);

// The projection: survivors n_0 · S(t) and the retention rate r_t = S(t)/S(t−1) = (β+t−1)/(α+β+t−1)
// (eq. (8)) for t = 0..periods (r_0 is none: nobody has renewed yet; written 1).
struct SurvivalProjection {
    std::vector<double> survivors;
    std::vector<double> retention_rate;
};
SurvivalProjection sbg_project(const SbgParams& p, double first_survivors, int periods);

// The retention rates the curve itself shows, n_t / n_{t−1} for t = 0..n (t = 0 written 1, as
// the projection's; none after a period that ended with no one left).
std::vector<std::optional<double>> sbg_observed_retention(const std::vector<double>& survivors);

}  // namespace clv::models
