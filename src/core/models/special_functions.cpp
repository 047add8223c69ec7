#include "special_functions.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace clv::models {

namespace {

constexpr double minus_infinity = -std::numeric_limits<double>::infinity();
constexpr int max_terms = 2'000'000;
// The running sum is divided by this whenever a term grows past it (its log goes to `scale`).
constexpr double rescale_at = 1e250;

// Σ_n (a)_n (b)_n / ((c)_n n!) z^n for 0 ≤ z < 1, as a SignedLog. Stops once a term is below
// 1e-17 of the sum and past the peak of the term ratio (a quadratic in n: before it, terms may
// still grow again).
SignedLog hypergeometric_series(double a, double b, double c, double z, bool& converged) {
    const double peak = (z * (a + b) - c - 1) / (2 * (1 - z));
    double sum = 1, term = 1, scale = 0;
    converged = false;
    for (int n = 0; n < max_terms; ++n) {
        const double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
        term *= ratio;
        sum += term;
        if (std::fabs(term) > rescale_at) {
            term /= rescale_at;
            sum /= rescale_at;
            scale += std::log(rescale_at);
        }
        const bool small = std::fabs(term) <= 1e-17 * std::fabs(sum);
        if (term == 0 || (small && std::fabs(ratio) < 1 && n > peak)) {
            converged = true;
            break;
        }
    }
    if (sum == 0) return {minus_infinity, 0};
    return {scale + std::log(std::fabs(sum)), sum > 0 ? 1 : -1};
}

}  // namespace

double log_beta(double a, double b) { return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b); }

double digamma(double x) {
    double result = 0;
    while (x < 10) {
        result -= 1 / x;
        x += 1;
    }
    const double inv = 1 / x, inv2 = inv * inv;
    // ln x − 1/(2x) − Σ B_2k / (2k x^2k), Bernoulli numbers up to B_12.
    const double series =
        inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132 - inv2 * 691.0 / 32760)))));
    return result + std::log(x) - 0.5 * inv - series;
}

double log_add(double u, double v) {
    if (u < v) std::swap(u, v);
    if (u == minus_infinity) return minus_infinity;
    return u + std::log1p(std::exp(v - u));
}

double log_subtract(double u, double v) {
    if (v == minus_infinity) return u;
    if (u <= v) return minus_infinity;
    return u + std::log(-std::expm1(v - u));
}

SignedLog log_hyp2f1(double a, double b, double c, double z, bool* converged) {
    bool done = true;
    SignedLog result{0, 1};
    if (z > 0) {
        // Euler's transform keeps z and swaps a, b for c − a, c − b: with a heavy buyer's
        // a ≈ b ≈ c ≈ x the direct terms grow like e^x before they fall, the transformed
        // parameters stay small and the series ends in a few terms.
        const bool euler = std::fabs((c - a) * (c - b)) < std::fabs(a * b);
        if (euler) {
            result = hypergeometric_series(c - a, c - b, c, z, done);
            result.log_abs += (c - a - b) * std::log1p(-z);
        } else {
            result = hypergeometric_series(a, b, c, z, done);
        }
    }
    if (converged) *converged = done;
    return result;
}

Hyp2f1OneWithDerivatives hyp2f1_one(double b, double c, double z) {
    if (z <= 0) return {0, 0, 0, b / c};
    // term_n = (b)_n / (c)_n z^n; d ln term_n / db = Σ_{k<n} 1/(b+k), / dc = −Σ 1/(c+k), / dz = n/z.
    double term = 1, sum = 1, sum_b = 0, sum_c = 0, sum_z = 0, harmonic_b = 0, harmonic_c = 0;
    const double tail_factor = 1 / ((1 - z) * (1 - z));
    for (int n = 0; n < max_terms; ++n) {
        const double inverse_c = 1 / (c + n);  // two divisions a term, not three: this loop is most of a Pareto/NBD fit
        harmonic_b += 1 / (b + n);
        harmonic_c += inverse_c;
        term *= (b + n) * inverse_c * z;
        sum += term;
        sum_b += term * harmonic_b;
        sum_c += term * harmonic_c;
        sum_z += term * (n + 1);
        // Each ratio is below z, so what is left is below term · (n+1) / (1 − z)^2, derivatives included.
        if (term * (n + 2 + harmonic_b + harmonic_c) * tail_factor <= 1e-16 * sum) break;
    }
    return {std::log(sum), sum_b / sum, -sum_c / sum, sum_z / (z * sum)};
}

}  // namespace clv::models
