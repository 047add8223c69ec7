// The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV", JMR; Hardie's note
// 025): each transaction's value z ~ Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, so a
// repeat buyer's mean spend z̄ over x transactions has the likelihood below. The paper's γ is
// called v here (γ is the BG/BB's).
#pragma once

#include "customer_table.hpp"
#include "model_fit.hpp"

namespace clv::models {

struct GammaGammaParams {
    double p = 0, q = 0, v = 0;
};

// ln f(z̄ | x; p, q, v) = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln z̄ + px ln x
// − (px+q) ln(v + x z̄): the density of the mean of x transactions (note 025, eq. (3)).
double gamma_gamma_log_likelihood(const GammaGammaParams& p, double x, double mean_spend);

// Σ weight · ln f over the repeat buyers, with its gradient in (p, q, v) when asked.
double gamma_gamma_total_log_likelihood(const GammaGammaParams& p, const CustomerGroups& groups,
                                        std::vector<double>* gradient);

ModelFit fit_gamma_gamma(const CustomerGroups& groups);
GammaGammaParams gamma_gamma_params(const ModelFit& fit);

// E[Z | x, z̄] = (p v + p x z̄) / (p x + q − 1): the customer's expected average spend, a weighted
// mean of the population mean p v / (q − 1) and z̄ (note 025, eq. (5)); the population mean for
// x = 0. Needs q > 1 (otherwise the mean spend is infinite): nullopt then.
std::optional<double> gamma_gamma_expected_spend(const GammaGammaParams& p, double x, double mean_spend);

}  // namespace clv::models
