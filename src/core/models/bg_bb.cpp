#include "bg_bb.hpp"

#include <cmath>
#include <vector>

#include "special_functions.hpp"

namespace clv::models {

namespace {

// One term ln[B(α+x, β+m)/B(α,β) · B(γ+g, δ+k)/B(γ,δ)] of the likelihood, with its gradient.
struct Term {
    double value;
    double d[4];
};

Term term(const BgBbParams& p, double x, double m, double g, double k, bool with_gradient) {
    Term t{log_beta(p.alpha + x, p.beta + m) - log_beta(p.alpha, p.beta) + log_beta(p.gamma + g, p.delta + k) -
               log_beta(p.gamma, p.delta),
           {0, 0, 0, 0}};
    if (!with_gradient) return t;
    const double psi_ab = digamma(p.alpha + p.beta), psi_abxm = digamma(p.alpha + p.beta + x + m);
    const double psi_gd = digamma(p.gamma + p.delta), psi_gdgk = digamma(p.gamma + p.delta + g + k);
    t.d[0] = digamma(p.alpha + x) - psi_abxm - digamma(p.alpha) + psi_ab;
    t.d[1] = digamma(p.beta + m) - psi_abxm - digamma(p.beta) + psi_ab;
    t.d[2] = digamma(p.gamma + g) - psi_gdgk - digamma(p.gamma) + psi_gd;
    t.d[3] = digamma(p.delta + k) - psi_gdgk - digamma(p.delta) + psi_gd;
    return t;
}

std::vector<Term> terms(const BgBbParams& p, double x, double t_x, double n, bool with_gradient) {
    std::vector<Term> out{term(p, x, n - x, 0, n, with_gradient)};
    for (double i = 0; i < n - t_x; ++i) out.push_back(term(p, x, t_x - x + i, 1, t_x + i, with_gradient));
    return out;
}

double log_sum(const std::vector<Term>& ts) {
    double total = -INFINITY;
    for (const Term& t : ts) total = log_add(total, t.value);
    return total;
}

}  // namespace

double bg_bb_log_likelihood(const BgBbParams& p, double x, double t_x, double n) { return log_sum(terms(p, x, t_x, n, false)); }

double bg_bb_total_log_likelihood(const BgBbParams& p, const CustomerGroups& g, std::vector<double>* gradient) {
    if (!(p.alpha > 0 && p.beta > 0 && p.gamma > 0 && p.delta > 0)) return NAN;
    double total = 0, d[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < g.size(); ++i) {
        const auto ts = terms(p, g.frequency[i], g.recency[i], g.T[i], gradient != nullptr);
        const double ll = log_sum(ts);
        total += g.weight[i] * ll;
        if (!gradient) continue;
        for (const Term& t : ts) {
            const double share = std::exp(t.value - ll);
            for (int k = 0; k < 4; ++k) d[k] += g.weight[i] * share * t.d[k];
        }
    }
    if (gradient) *gradient = {d[0], d[1], d[2], d[3]};
    return total;
}

ModelFit fit_bg_bb(const CustomerGroups& groups) {
    FitProblem problem{Model::bg_bb, {"alpha", "beta", "gamma", "delta"}, {1, 1, 1, 1},
                       [&](const std::vector<double>& v, std::vector<double>* gradient) {
                           return bg_bb_total_log_likelihood({v[0], v[1], v[2], v[3]}, groups, gradient);
                       },
                       groups.customers};
    return fit_groups(problem, groups);
}

BgBbParams bg_bb_params(const ModelFit& fit) {
    return {fit.param("alpha"), fit.param("beta"), fit.param("gamma"), fit.param("delta")};
}

double bg_bb_probability_alive(const BgBbParams& p, double x, double t_x, double n) {
    const double alive = log_beta(p.alpha + x, p.beta + n - x) - log_beta(p.alpha, p.beta) +
                         log_beta(p.gamma, p.delta + n + 1) - log_beta(p.gamma, p.delta);
    return std::exp(alive - bg_bb_log_likelihood(p, x, t_x, n));
}

double bg_bb_conditional_expected_purchases(const BgBbParams& p, double x, double t_x, double n, int n_star) {
    const double log_ll = bg_bb_log_likelihood(p, x, t_x, n);
    const double log_transact = log_beta(p.alpha + x + 1, p.beta + n - x) - log_beta(p.alpha, p.beta);
    double sum = 0;
    for (int k = 1; k <= n_star; ++k)
        sum += std::exp(log_transact + log_beta(p.gamma, p.delta + n + k) - log_beta(p.gamma, p.delta) - log_ll);
    return sum;
}

}  // namespace clv::models
