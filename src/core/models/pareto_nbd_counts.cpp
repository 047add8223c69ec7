// P(X(t) = x) under the Pareto/NBD, for the frequency histogram of a validation.
#include <cmath>

#include "pareto_nbd.hpp"
#include "special_functions.hpp"

namespace clv::models {

namespace {

// ln of 2F1(r+s+j, b; r+s+x+1; (big − small)/(big + u)) / (big + u)^(r+s+j), the note's B
// terms: `big` is the larger of α and β, `b` is s + 1 when α ≥ β and r + x otherwise.
double log_b_term(const ParetoNbdParams& p, double big, double small, double b, int x, int j, double u) {
    const double a = p.r + p.s + j;
    const SignedLog f = log_hyp2f1(a, b, p.r + p.s + x + 1, (big - small) / (big + u));
    return f.log_abs - a * std::log(big + u);
}

}  // namespace

double pareto_nbd_probability_of_purchases(const ParetoNbdParams& p, double t, int x) {
    if (t <= 0) return x == 0 ? 1 : 0;
    // Alive through t: NBD counts, times the chance of outliving t.
    const double log_alive = std::lgamma(p.r + x) - std::lgamma(p.r) - std::lgamma(x + 1.0) +
                             p.r * std::log(p.alpha / (p.alpha + t)) + x * std::log(t / (p.alpha + t)) +
                             p.s * std::log(p.beta / (p.beta + t));
    // Died before t after exactly x purchases: α^r β^s B(r+x, s+1) / B(r, s) · (B1 − Σ_j … B2_j).
    const bool alpha_big = p.alpha >= p.beta;
    const double big = alpha_big ? p.alpha : p.beta, small = alpha_big ? p.beta : p.alpha;
    const double b = alpha_big ? p.s + 1 : p.r + x;
    const double log_front = p.r * std::log(p.alpha) + p.s * std::log(p.beta) + log_beta(p.r + x, p.s + 1) - log_beta(p.r, p.s);
    const double log_first = log_b_term(p, big, small, b, x, 0, 0);
    double subtracted = 0;  // Σ_j Γ(r+s+j)/(Γ(r+s) j!) t^j B2_j / B1
    for (int j = 0; j <= x; ++j) {
        const double log_coefficient = std::lgamma(p.r + p.s + j) - std::lgamma(p.r + p.s) - std::lgamma(j + 1.0) + j * std::log(t);
        subtracted += std::exp(log_coefficient + log_b_term(p, big, small, b, x, j, t) - log_first);
    }
    const double died = std::exp(log_front + log_first) * (1 - subtracted);
    return std::exp(log_alive) + std::max(died, 0.0);
}

}  // namespace clv::models
