#include "optimizer.hpp"

#include <algorithm>
#include <cmath>

namespace clv::models {

namespace {

using Vector = std::vector<double>;
using Matrix = std::vector<Vector>;

double dot(const Vector& u, const Vector& v) {
    double sum = 0;
    for (std::size_t i = 0; i < u.size(); ++i) sum += u[i] * v[i];
    return sum;
}

double max_abs(const Vector& v) {
    double largest = 0;
    for (double value : v) largest = std::max(largest, std::fabs(value));
    return largest;
}

Matrix identity(std::size_t n, double diagonal) {
    Matrix m(n, Vector(n, 0));
    for (std::size_t i = 0; i < n; ++i) m[i][i] = diagonal;
    return m;
}

Vector times(const Matrix& m, const Vector& v) {
    Vector out(v.size(), 0);
    for (std::size_t i = 0; i < v.size(); ++i) out[i] = dot(m[i], v);
    return out;
}

// H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / yᵀs (Nocedal & Wright 6.17).
void bfgs_update(Matrix& h, const Vector& s, const Vector& y) {
    const double rho = 1 / dot(y, s);
    const Vector hy = times(h, y);
    const double yhy = dot(y, hy);
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
}

struct LineSearch {
    Vector x;
    double value;
    Vector gradient;
    bool moved;
};

// Backtracks from the full step (scaled so no coordinate moves more than max_step and none
// passes ±bound) until f falls enough (Armijo, c1 = 1e-4).
LineSearch search(const ObjectiveFunction& f, const Vector& x, double value, const Vector& gradient,
                  const Vector& direction, const MinimizeOptions& options) {
    double step = std::min(1.0, options.max_step / std::max(max_abs(direction), 1e-300));
    const double slope = dot(gradient, direction);
    Vector trial(x.size()), trial_gradient(x.size());
    for (int attempt = 0; attempt < 60; ++attempt, step *= 0.5) {
        for (std::size_t i = 0; i < x.size(); ++i)
            trial[i] = std::clamp(x[i] + step * direction[i], -options.bound, options.bound);
        const double trial_value = f(trial, &trial_gradient);
        if (std::isfinite(trial_value) && trial_value <= value + 1e-4 * step * slope)
            return {trial, trial_value, trial_gradient, true};
    }
    return {x, value, gradient, false};
}

}  // namespace

MinimizeResult minimize(const ObjectiveFunction& f, Vector start, const MinimizeOptions& options) {
    MinimizeResult result;
    result.x = std::move(start);
    result.gradient.assign(result.x.size(), 0);
    result.value = f(result.x, &result.gradient);
    const std::size_t n = result.x.size();
    Matrix h = identity(n, 1 / std::max(1.0, max_abs(result.gradient)));
    bool restarted = false, fresh = true;
    int stalled = 0;  // steps in a row that lowered f by less than the relative stall limit
    while (result.iterations < options.max_iterations && std::isfinite(result.value)) {
        if (max_abs(result.gradient) < options.gradient_tolerance) {
            result.converged = true;
            break;
        }
        Vector direction = times(h, result.gradient);
        for (double& d : direction) d = -d;
        if (dot(direction, result.gradient) >= 0) {  // not a descent direction: start again
            h = identity(n, 1 / std::max(1.0, max_abs(result.gradient)));
            fresh = true;
            continue;
        }
        LineSearch next = search(f, result.x, result.value, result.gradient, direction, options);
        ++result.iterations;
        if (!next.moved) {
            if (restarted) break;  // steepest descent cannot move either: as good as it gets
            restarted = true;
            h = identity(n, 1 / std::max(1.0, max_abs(result.gradient)));
            fresh = true;
            continue;
        }
        restarted = false;
        Vector s(n), y(n);
        for (std::size_t i = 0; i < n; ++i) {
            s[i] = next.x[i] - result.x[i];
            y[i] = next.gradient[i] - result.gradient[i];
        }
        if (dot(s, y) > 1e-12 * std::sqrt(dot(s, s) * dot(y, y))) {
            // Before the first update the identity is rescaled to the curvature just seen
            // (Nocedal & Wright 6.20), so the next full step is about the right length.
            if (fresh) h = identity(n, dot(s, y) / dot(y, y));
            fresh = false;
            bfgs_update(h, s, y);
        }
        const bool small = result.value - next.value <= options.stall_relative_decrease * std::max(1.0, std::fabs(result.value));
        stalled = small ? stalled + 1 : 0;
        result.x = std::move(next.x);
        result.value = next.value;
        result.gradient = std::move(next.gradient);
        if (stalled >= options.stall_steps && max_abs(result.gradient) < options.stall_gradient_tolerance) {
            result.converged = true;
            break;
        }
    }
    for (double xi : result.x) result.at_bound = result.at_bound || std::fabs(xi) >= options.bound;
    if (!result.converged) result.converged = max_abs(result.gradient) < options.gradient_tolerance;
    return result;
}

}  // namespace clv::models
