// The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): while alive a customer buys at
// Poisson rate λ ~ Gamma(r, α) and the lifetime is exponential with rate μ ~ Gamma(s, β).
// The likelihood follows Fader & Hardie's note 008 ("A note on deriving the Pareto/NBD model
// and related expressions", 2005), eq. (18)–(19), with its α ≥ β / α < β branch.
#pragma once

#include "customer_table.hpp"
#include "model_fit.hpp"

namespace clv::models {

struct ParetoNbdParams {
    double r = 0, alpha = 0, s = 0, beta = 0;
};

// One customer's ln L(r, α, s, β | x, t_x, T), finite for any x (a buyer with x = 1000 too).
double pareto_nbd_log_likelihood(const ParetoNbdParams& p, double x, double t_x, double T);

// Σ weight · ln L over the groups, and its gradient in (r, α, s, β) when `gradient` is given.
double pareto_nbd_total_log_likelihood(const ParetoNbdParams& p, const CustomerGroups& groups,
                                       std::vector<double>* gradient);

ModelFit fit_pareto_nbd(const CustomerGroups& groups);
ParetoNbdParams pareto_nbd_params(const ModelFit& fit);

// P(alive at T | x, t_x, T) = L₁ / (L₁ + L₂): the share of the likelihood in which the customer
// is still alive at T (note 008, eq. (21)).
double pareto_nbd_probability_alive(const ParetoNbdParams& p, double x, double t_x, double T);

// E[Y(t) | x, t_x, T] = (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive)
// (note 008, eq. (22)); its limit (r+x)(β+T)/(α+T) ln((β+T+t)/(β+T)) · P(alive) at s = 1.
double pareto_nbd_conditional_expected_purchases(const ParetoNbdParams& p, double x, double t_x, double T, double t);

// E[X(t)] for a customer just acquired: rβ / (α(s−1)) · [1 − (β/(β+t))^(s−1)].
double pareto_nbd_expected_purchases_new(const ParetoNbdParams& p, double t);

}  // namespace clv::models

namespace clv::models {

// P(X(t) = x) for a customer just acquired (Fader & Hardie 2006, "Deriving an expression for
// P(X(t) = x) under the Pareto/NBD model", eq. (11), with its α ≥ β / α < β branch):
// the chance of exactly x purchases in (0, t]. pareto_nbd_counts.cpp.
double pareto_nbd_probability_of_purchases(const ParetoNbdParams& p, double t, int x);

}  // namespace clv::models
