#include "gamma_gamma.hpp"

#include <cmath>

#include "special_functions.hpp"

namespace clv::models {

double gamma_gamma_log_likelihood(const GammaGammaParams& p, double x, double m) {
    const double px = p.p * x;
    return std::lgamma(px + p.q) - std::lgamma(px) - std::lgamma(p.q) + p.q * std::log(p.v) + (px - 1) * std::log(m) +
           px * std::log(x) - (px + p.q) * std::log(p.v + x * m);
}

double gamma_gamma_total_log_likelihood(const GammaGammaParams& p, const CustomerGroups& g, std::vector<double>* gradient) {
    if (!(p.p > 0 && p.q > 0 && p.v > 0)) return NAN;
    double total = 0, d_p = 0, d_q = 0, d_v = 0;
    const double psi_q = gradient ? digamma(p.q) : 0, log_v = std::log(p.v);
    for (std::size_t i = 0; i < g.size(); ++i) {
        const double x = g.frequency[i], m = g.monetary_value[i], w = g.weight[i];
        total += w * gamma_gamma_log_likelihood(p, x, m);
        if (!gradient) continue;
        const double px = p.p * x, psi_sum = digamma(px + p.q), log_vxm = std::log(p.v + x * m);
        d_p += w * x * (psi_sum - digamma(px) + std::log(m) + std::log(x) - log_vxm);
        d_q += w * (psi_sum - psi_q + log_v - log_vxm);
        d_v += w * (p.q / p.v - (px + p.q) / (p.v + x * m));
    }
    if (gradient) *gradient = {d_p, d_q, d_v};
    return total;
}

ModelFit fit_gamma_gamma(const CustomerGroups& groups) {
    double mean_spend = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) mean_spend += groups.weight[i] * groups.monetary_value[i];
    mean_spend /= groups.customers;
    // p = q = 2 and v = mean spend put the population mean p v / (q − 1) at twice the data's.
    FitProblem problem{Model::gamma_gamma, {"p", "q", "v"}, {2, 2, mean_spend},
                       [&](const std::vector<double>& v, std::vector<double>* gradient) {
                           return gamma_gamma_total_log_likelihood({v[0], v[1], v[2]}, groups, gradient);
                       },
                       groups.customers};
    return fit_groups(problem, groups);
}

GammaGammaParams gamma_gamma_params(const ModelFit& fit) { return {fit.param("p"), fit.param("q"), fit.param("v")}; }

std::optional<double> gamma_gamma_expected_spend(const GammaGammaParams& p, double x, double m) {
    if (!(p.q > 1)) return std::nullopt;
    if (x <= 0) return p.p * p.v / (p.q - 1);
    return (p.p * p.v + p.p * x * m) / (p.p * x + p.q - 1);
}

}  // namespace clv::models
