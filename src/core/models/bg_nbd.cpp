#include "bg_nbd.hpp"

#include <algorithm>
#include <cmath>

#include "row_sums.hpp"
#include "special_functions.hpp"

namespace clv::models {

namespace {

// ln(1 + e^d) and its derivative 1 / (1 + e^−d), without overflow.
double softplus(double d) { return d > 0 ? d + std::log1p(std::exp(-d)) : std::log1p(std::exp(d)); }
double logistic(double d) { return d > 0 ? 1 / (1 + std::exp(-d)) : std::exp(d) / (1 + std::exp(d)); }

// Both at once from one exponential, for the likelihood's loop over every repeat buyer: the same
// numbers as softplus() and logistic() above, bit for bit. (ln(1 + e) for log1p(e) was tried and
// left: a 200k-row fit then stopped at 500 iterations.)
struct SoftplusLogistic {
    double softplus, logistic;
};
SoftplusLogistic softplus_logistic(double d) {
    const double e = std::exp(-std::fabs(d));
    return {std::max(d, 0.0) + std::log1p(e), d > 0 ? 1 / (1 + e) : e / (1 + e)};
}

// The terms of ln L that depend on x alone (rows are sorted by x, so each is computed once per
// distinct frequency): lnΓ(r+x) − lnΓ(r) + ln B(a, b+x) − ln B(a, b), with their derivatives.
struct FrequencyTerms {
    double x = -1, value = 0, d_r = 0, d_a = 0, d_b = 0, log_a_over = 0;
};

FrequencyTerms frequency_terms(const BgNbdParams& p, double x, bool with_gradient) {
    FrequencyTerms t;
    t.x = x;
    t.value = std::lgamma(p.r + x) - std::lgamma(p.r) + std::lgamma(p.b + x) - std::lgamma(p.a + p.b + x) -
              std::lgamma(p.b) + std::lgamma(p.a + p.b);
    t.log_a_over = x > 0 ? std::log(p.a) - std::log(p.b + x - 1) : 0;
    if (with_gradient) {
        const double psi_abx = digamma(p.a + p.b + x), psi_ab = digamma(p.a + p.b);
        t.d_r = digamma(p.r + x) - digamma(p.r);
        t.d_a = psi_ab - psi_abx;
        t.d_b = digamma(p.b + x) - psi_abx - digamma(p.b) + psi_ab;
    }
    return t;
}

double log_alive_odds(const BgNbdParams& p, double x, double t_x, double T) {
    return std::log(p.a) - std::log(p.b + x - 1) + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + t_x));
}

// (1 − z)^A 2F1(A, B; C; z) subtracted from 1, computed in logs: the bracket of eqs. (9), (10).
double one_minus_scaled_hyp2f1(double log_prefactor, double A, double B, double C, double z) {
    const SignedLog f = log_hyp2f1(A, B, C, z);
    const double log_term = log_prefactor + f.log_abs;
    return f.sign > 0 ? -std::expm1(log_term) : 1 + std::exp(log_term);
}

// At a = 1 eqs. (9) and (10) are 0/0 (both factors vanish): the mean of a = 1 ± 2e-6 is their
// limit to about 1e-10.
bool near_one(double a) { return std::fabs(a - 1) < 1e-6; }
BgNbdParams shifted_a(BgNbdParams p, int side) {
    p.a = 1 + side * 2e-6;
    return p;
}

}  // namespace

double bg_nbd_log_likelihood(const BgNbdParams& p, double x, double t_x, double T) {
    const FrequencyTerms t = frequency_terms(p, x, false);
    double ll = t.value + p.r * std::log(p.alpha) - (p.r + x) * std::log(p.alpha + T);
    if (x > 0) ll += softplus(log_alive_odds(p, x, t_x, T));
    return ll;
}

double bg_nbd_total_log_likelihood(const BgNbdParams& p, const CustomerGroups& g, std::vector<double>* gradient) {
    if (!(p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0)) return NAN;
    const bool with_gradient = gradient != nullptr;
    const double log_alpha = std::log(p.alpha);
    const RowSums sums = sum_row_chunks(g.size(), [&](std::size_t begin, std::size_t end) {
        RowSums s;
        double d_r = 0, d_alpha = 0, d_a = 0, d_b = 0;
        FrequencyTerms t;
        for (std::size_t i = begin; i < end; ++i) {
            const double x = g.frequency[i], w = g.weight[i];
            if (x != t.x) t = frequency_terms(p, x, with_gradient);
            const double log_alpha_T = std::log(p.alpha + g.T[i]);
            double ll = t.value + p.r * log_alpha - (p.r + x) * log_alpha_T, alive_share = 0;
            double log_ratio = 0;
            if (x > 0) {
                log_ratio = log_alpha_T - std::log(p.alpha + g.recency[i]);
                const auto both = softplus_logistic(t.log_a_over + (p.r + x) * log_ratio);
                ll += both.softplus;
                alive_share = both.logistic;  // the share of L from "dropped out after the last purchase"
            }
            s.value += w * ll;
            if (!with_gradient) continue;
            d_r += w * (t.d_r + log_alpha - log_alpha_T + alive_share * log_ratio);
            const double inv_T = 1 / (p.alpha + g.T[i]), inv_tx = 1 / (p.alpha + g.recency[i]);
            d_alpha += w * (p.r / p.alpha - (p.r + x) * inv_T + alive_share * (p.r + x) * (inv_T - inv_tx));
            d_a += w * (t.d_a + alive_share / p.a);
            d_b += w * (t.d_b - (x > 0 ? alive_share / (p.b + x - 1) : 0));
        }
        s.d = {d_r, d_alpha, d_a, d_b};
        return s;
    });
    if (gradient) *gradient = {sums.d[0], sums.d[1], sums.d[2], sums.d[3]};
    return sums.value;
}

ModelFit fit_bg_nbd(const CustomerGroups& groups) {
    double mean_T = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) mean_T += groups.weight[i] * groups.T[i];
    mean_T = std::max(mean_T / groups.customers, 1e-3);
    FitProblem problem{Model::bg_nbd, {"r", "alpha", "a", "b"}, {1, mean_T, 1, 1},
                       [&](const std::vector<double>& v, std::vector<double>* gradient) {
                           return bg_nbd_total_log_likelihood({v[0], v[1], v[2], v[3]}, groups, gradient);
                       },
                       groups.customers};
    return fit_groups(problem, groups);
}

BgNbdParams bg_nbd_params(const ModelFit& fit) {
    return {fit.param("r"), fit.param("alpha"), fit.param("a"), fit.param("b")};
}

double bg_nbd_expected_purchases_new(const BgNbdParams& p, double t) {
    if (t <= 0) return 0;
    if (near_one(p.a)) return 0.5 * (bg_nbd_expected_purchases_new(shifted_a(p, -1), t) + bg_nbd_expected_purchases_new(shifted_a(p, 1), t));
    const double z = t / (p.alpha + t);
    const double bracket = one_minus_scaled_hyp2f1(p.r * std::log(p.alpha / (p.alpha + t)), p.r, p.b, p.a + p.b - 1, z);
    return (p.a + p.b - 1) / (p.a - 1) * bracket;
}

double bg_nbd_probability_of_purchases(const BgNbdParams& p, double t, int n) {
    const double log_q = std::log(p.alpha / (p.alpha + t)), log_z = std::log(t / (p.alpha + t));
    const double log_first = log_beta(p.a, p.b + n) - log_beta(p.a, p.b) + std::lgamma(p.r + n) - std::lgamma(p.r) -
                             std::lgamma(n + 1.0) + p.r * log_q + (n > 0 ? n * log_z : 0);
    double probability = std::exp(log_first);
    if (n == 0) return probability;
    // 1 − (α/(α+t))^r Σ_{j<n} Γ(r+j) / (Γ(r) j!) (t/(α+t))^j: the chance of n or more purchases
    // had the customer never dropped out.
    double sum = 0;
    for (int j = 0; j < n; ++j)
        sum += std::exp(std::lgamma(p.r + j) - std::lgamma(p.r) - std::lgamma(j + 1.0) + p.r * log_q + (j > 0 ? j * log_z : 0));
    probability += std::exp(log_beta(p.a + 1, p.b + n - 1) - log_beta(p.a, p.b)) * (1 - sum);
    return probability;
}

double bg_nbd_conditional_expected_purchases(const BgNbdParams& p, double x, double t_x, double T, double t) {
    if (t <= 0) return 0;
    if (near_one(p.a))
        return 0.5 * (bg_nbd_conditional_expected_purchases(shifted_a(p, -1), x, t_x, T, t) +
                      bg_nbd_conditional_expected_purchases(shifted_a(p, 1), x, t_x, T, t));
    const double z = t / (p.alpha + T + t);
    const double A = p.r + x, C = p.a + p.b + x - 1;
    const double bracket = one_minus_scaled_hyp2f1(A * std::log((p.alpha + T) / (p.alpha + T + t)), A, p.b + x, C, z);
    return C / (p.a - 1) * bracket * bg_nbd_probability_alive(p, x, t_x, T);
}

double bg_nbd_probability_alive(const BgNbdParams& p, double x, double t_x, double T) {
    if (x <= 0) return 1;
    return logistic(-log_alive_odds(p, x, t_x, T));
}

}  // namespace clv::models
