// The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"):
// while alive a customer buys at Poisson rate λ ~ Gamma(r, α) and after each purchase drops out
// with probability p ~ Beta(a, b). Equation numbers are the paper's.
#pragma once

#include <optional>

#include "customer_table.hpp"
#include "model_fit.hpp"

namespace clv::models {

struct BgNbdParams {
    double r = 0, alpha = 0, a = 0, b = 0;
};

// One customer's log-likelihood ln L(r, α, a, b | x, t_x, T), eq. (6), in log space.
double bg_nbd_log_likelihood(const BgNbdParams& p, double x, double t_x, double T);

// Σ weight · ln L over the groups, and its gradient in (r, α, a, b) when `gradient` is given.
double bg_nbd_total_log_likelihood(const BgNbdParams& p, const CustomerGroups& groups, std::vector<double>* gradient);

// Maximum-likelihood fit (params r, alpha, a, b) of checked, grouped data.
ModelFit fit_bg_nbd(const CustomerGroups& groups);

BgNbdParams bg_nbd_params(const ModelFit& fit);

// E[X(t)] for a customer just acquired, eq. (9): purchases expected in (0, t].
double bg_nbd_expected_purchases_new(const BgNbdParams& p, double t);

// P(X(t) = n) for a customer just acquired, eq. (8).
double bg_nbd_probability_of_purchases(const BgNbdParams& p, double t, int n);

// E[Y(t) | x, t_x, T]: purchases expected in (T, T + t] of a customer with that history, eq. (10).
double bg_nbd_conditional_expected_purchases(const BgNbdParams& p, double x, double t_x, double T, double t);

// P(alive at T | x, t_x, T) = 1 / (1 + δ_{x>0} a / (b + x − 1) ((α + T) / (α + t_x))^(r+x)):
// 1 for a customer who never bought again (a BG/NBD customer can only drop out after a purchase).
double bg_nbd_probability_alive(const BgNbdParams& p, double x, double t_x, double T);

}  // namespace clv::models
