#include "pareto_nbd.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "row_sums.hpp"
#include "special_functions.hpp"

namespace clv::models {

namespace {

constexpr double minus_infinity = -std::numeric_limits<double>::infinity();

// A log value with its gradient in (r, α, s, β).
struct LogTerm {
    double value = 0;
    double d[4] = {0, 0, 0, 0};
};

// ln F(ζ), where F(ζ) = (r+s+x) ∫_ζ^∞ (α+τ)^−(r+x) (β+τ)^−(s+1) dτ
//   = 2F1(r+s+x, s+1; r+s+x+1; (α−β)/(α+ζ)) / (α+ζ)^(r+s+x)      when α ≥ β,
//   = 2F1(r+s+x, r+x; r+s+x+1; (β−α)/(β+ζ)) / (β+ζ)^(r+s+x)      when α < β (note 008).
// Euler's transform turns either 2F1 into (1−z)^(…) 2F1(1, b; r+s+x+1; z) with b = r+x or s+1:
// a series of positive terms, each below z times the one before, where the untransformed one
// for a heavy buyer (b = r+x ≈ 221) first grows like e^x and then cancels (BTYD's NaN).
LogTerm log_tail(const ParetoNbdParams& p, double x, double zeta) {
    const double c = p.r + p.s + x + 1, la = std::log(p.alpha + zeta), lb = std::log(p.beta + zeta);
    LogTerm out;
    if (p.alpha >= p.beta) {
        const double z = (p.alpha - p.beta) / (p.alpha + zeta);
        const auto g = hyp2f1_one(p.r + x, c, z);
        out.value = g.log_value - (p.r + x) * la - p.s * lb;
        out.d[0] = g.d_log_d_b + g.d_log_d_c - la;
        out.d[1] = g.d_log_d_z * (p.beta + zeta) / ((p.alpha + zeta) * (p.alpha + zeta)) - (p.r + x) / (p.alpha + zeta);
        out.d[2] = g.d_log_d_c - lb;
        out.d[3] = -g.d_log_d_z / (p.alpha + zeta) - p.s / (p.beta + zeta);
    } else {
        const double z = (p.beta - p.alpha) / (p.beta + zeta);
        const auto g = hyp2f1_one(p.s + 1, c, z);
        out.value = g.log_value + (1 - p.r - x) * la - (p.s + 1) * lb;
        out.d[0] = g.d_log_d_c - la;
        out.d[1] = -g.d_log_d_z / (p.beta + zeta) + (1 - p.r - x) / (p.alpha + zeta);
        out.d[2] = g.d_log_d_b + g.d_log_d_c - lb;
        out.d[3] = g.d_log_d_z * (p.alpha + zeta) / ((p.beta + zeta) * (p.beta + zeta)) - (p.s + 1) / (p.beta + zeta);
    }
    return out;
}

// ln of the integrand (α+τ)^−(r+x) (β+τ)^−(s+1), with its gradient.
LogTerm log_integrand(const ParetoNbdParams& p, double x, double tau) {
    LogTerm out;
    const double la = std::log(p.alpha + tau), lb = std::log(p.beta + tau);
    out.value = -(p.r + x) * la - (p.s + 1) * lb;
    out.d[0] = -la;
    out.d[1] = -(p.r + x) / (p.alpha + tau);
    out.d[2] = -lb;
    out.d[3] = -(p.s + 1) / (p.beta + tau);
    return out;
}

// ln L₂ = ln( s ∫_{t_x}^T (α+τ)^−(r+x) (β+τ)^−(s+1) dτ ) = ln( s/(r+s+x) (F(t_x) − F(T)) ): dying
// between the last purchase and T. When F(T) is within 1e-4 of F(t_x) the difference would
// lose digits, and Simpson's rule on the short interval is exact to rounding instead.
LogTerm log_died_term(const ParetoNbdParams& p, double x, double t_x, double T) {
    LogTerm out;
    if (!(T > t_x)) {
        out.value = minus_infinity;
        return out;
    }
    const LogTerm from = log_tail(p, x, t_x), to = log_tail(p, x, T);
    const double ratio = std::exp(to.value - from.value);
    if (ratio < 1 - 1e-4) {
        out.value = std::log(p.s / (p.r + p.s + x)) + log_subtract(from.value, to.value);
        for (int k = 0; k < 4; ++k) out.d[k] = (from.d[k] - ratio * to.d[k]) / (1 - ratio);
        out.d[0] -= 1 / (p.r + p.s + x);
        out.d[2] += 1 / p.s - 1 / (p.r + p.s + x);
        return out;
    }
    const LogTerm ends[3] = {log_integrand(p, x, t_x), log_integrand(p, x, 0.5 * (t_x + T)), log_integrand(p, x, T)};
    const double weights[3] = {1, 4, 1};
    const double top = std::max({ends[0].value, ends[1].value, ends[2].value});
    double sum = 0, d[4] = {0, 0, 0, 0};
    for (int j = 0; j < 3; ++j) {
        const double share = weights[j] * std::exp(ends[j].value - top);
        sum += share;
        for (int k = 0; k < 4; ++k) d[k] += share * ends[j].d[k];
    }
    out.value = std::log(p.s * (T - t_x) / 6) + top + std::log(sum);
    for (int k = 0; k < 4; ++k) out.d[k] = d[k] / sum;
    out.d[2] += 1 / p.s;
    return out;
}

// ln L₁ = −(r+x) ln(α+T) − s ln(β+T): alive at T (without the factor common to both terms).
LogTerm log_alive_term(const ParetoNbdParams& p, double x, double T) {
    LogTerm out;
    const double la = std::log(p.alpha + T), lb = std::log(p.beta + T);
    out.value = -(p.r + x) * la - p.s * lb;
    out.d[0] = -la;
    out.d[1] = -(p.r + x) / (p.alpha + T);
    out.d[2] = -lb;
    out.d[3] = -p.s / (p.beta + T);
    return out;
}

// [1 − (1 + t/k)^−(s−1)] / (s−1), and its limit ln(1 + t/k) at s = 1.
double survival_integral(double s, double t, double k) {
    const double u = std::log1p(t / k), e = (s - 1) * u;
    if (std::fabs(e) < 1e-8) return u * (1 - 0.5 * e);
    return -std::expm1(-e) / (s - 1);
}

}  // namespace

double pareto_nbd_log_likelihood(const ParetoNbdParams& p, double x, double t_x, double T) {
    const double common = std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha) + p.s * std::log(p.beta);
    return common + log_add(log_alive_term(p, x, T).value, log_died_term(p, x, t_x, T).value);
}

double pareto_nbd_total_log_likelihood(const ParetoNbdParams& p, const CustomerGroups& g, std::vector<double>* gradient) {
    if (!(p.r > 0 && p.alpha > 0 && p.s > 0 && p.beta > 0)) return NAN;
    const double log_alpha = std::log(p.alpha), log_beta_ = std::log(p.beta);
    const RowSums sums = sum_row_chunks(g.size(), [&](std::size_t begin, std::size_t end) {
        RowSums s;
        auto& d = s.d;
        double last_x = -1, gamma_terms = 0, d_gamma = 0;
        for (std::size_t i = begin; i < end; ++i) {
            const double x = g.frequency[i], w = g.weight[i];
            if (x != last_x) {
                last_x = x;
                gamma_terms = std::lgamma(p.r + x) - std::lgamma(p.r);
                if (gradient) d_gamma = digamma(p.r + x) - digamma(p.r);
            }
            const LogTerm alive = log_alive_term(p, x, g.T[i]), died = log_died_term(p, x, g.recency[i], g.T[i]);
            const double both = log_add(alive.value, died.value);
            s.value += w * (gamma_terms + p.r * log_alpha + p.s * log_beta_ + both);
            if (!gradient) continue;
            const double alive_share = std::exp(alive.value - both), died_share = 1 - alive_share;
            for (int k = 0; k < 4; ++k) d[k] += w * (alive_share * alive.d[k] + (died_share > 0 ? died_share * died.d[k] : 0));
            d[0] += w * (d_gamma + log_alpha);
            d[1] += w * p.r / p.alpha;
            d[2] += w * log_beta_;
            d[3] += w * p.s / p.beta;
        }
        return s;
    });
    if (gradient) *gradient = {sums.d[0], sums.d[1], sums.d[2], sums.d[3]};
    return sums.value;
}

ModelFit fit_pareto_nbd(const CustomerGroups& groups) {
    double mean_T = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) mean_T += groups.weight[i] * groups.T[i];
    mean_T = std::max(mean_T / groups.customers, 1e-3);
    FitProblem problem{Model::pareto_nbd, {"r", "alpha", "s", "beta"}, {1, mean_T, 1, mean_T},
                       [&](const std::vector<double>& v, std::vector<double>* gradient) {
                           return pareto_nbd_total_log_likelihood({v[0], v[1], v[2], v[3]}, groups, gradient);
                       },
                       groups.customers};
    return fit_groups(problem, groups);
}

ParetoNbdParams pareto_nbd_params(const ModelFit& fit) {
    return {fit.param("r"), fit.param("alpha"), fit.param("s"), fit.param("beta")};
}

double pareto_nbd_probability_alive(const ParetoNbdParams& p, double x, double t_x, double T) {
    const double alive = log_alive_term(p, x, T).value, died = log_died_term(p, x, t_x, T).value;
    return std::exp(alive - log_add(alive, died));
}

double pareto_nbd_conditional_expected_purchases(const ParetoNbdParams& p, double x, double t_x, double T, double t) {
    if (t <= 0) return 0;
    return (p.r + x) * (p.beta + T) / (p.alpha + T) * survival_integral(p.s, t, p.beta + T) *
           pareto_nbd_probability_alive(p, x, t_x, T);
}

double pareto_nbd_expected_purchases_new(const ParetoNbdParams& p, double t) {
    if (t <= 0) return 0;
    return p.r * p.beta / p.alpha * survival_integral(p.s, t, p.beta);
}

}  // namespace clv::models
