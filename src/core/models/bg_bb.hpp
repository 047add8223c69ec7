// The beta-geometric/beta-Bernoulli (BG/BB) model of discrete transaction opportunities (Fader,
// Hardie & Shang 2010, "Customer-base analysis in a discrete-time noncontractual setting"):
// while alive a customer transacts at each opportunity with probability p ~ Beta(α, β), and
// is alive at opportunity t with probability (1 − θ)^t, θ ~ Beta(γ, δ). Data per customer:
// x transactions in n opportunities, the last at t_x.
#pragma once

#include "customer_table.hpp"
#include "model_fit.hpp"

namespace clv::models {

struct BgBbParams {
    double alpha = 0, beta = 0, gamma = 0, delta = 0;
};

// ln L(α, β, γ, δ | x, t_x, n) (eq. (5)): alive throughout, plus dying after opportunity
// t_x + i for i = 0 .. n − t_x − 1, as a log-sum of beta functions.
double bg_bb_log_likelihood(const BgBbParams& p, double x, double t_x, double n);

// Σ weight · ln L over the groups (T holds n), with its gradient in (α, β, γ, δ) when asked.
double bg_bb_total_log_likelihood(const BgBbParams& p, const CustomerGroups& groups, std::vector<double>* gradient);

ModelFit fit_bg_bb(const CustomerGroups& groups);
BgBbParams bg_bb_params(const ModelFit& fit);

// P(alive at opportunity n + 1 | x, t_x, n) = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L (eq. (11)).
double bg_bb_probability_alive(const BgBbParams& p, double x, double t_x, double n);

// E[X(n, n + n*) | x, t_x, n]: transactions expected in the next n* opportunities,
// B(α+x+1, β+n−x)/B(α,β) · Σ_{k=1..n*} B(γ, δ+n+k)/B(γ,δ) / L (the sum is eq. (13)'s closed form
// term by term, which needs no care at γ = 1).
double bg_bb_conditional_expected_purchases(const BgBbParams& p, double x, double t_x, double n, int n_star);

}  // namespace clv::models
