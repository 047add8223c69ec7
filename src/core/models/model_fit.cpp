#include "model_fit.hpp"

#include <cmath>

#include "optimizer.hpp"

namespace clv::models {

namespace {

using Vector = std::vector<double>;

Vector exponentials(const Vector& x) {
    Vector out(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) out[i] = std::exp(x[i]);
    return out;
}

// Inverts a symmetric positive definite matrix by Cholesky; nullopt when it is not one.
std::optional<std::vector<Vector>> inverse_spd(std::vector<Vector> m) {
    const std::size_t n = m.size();
    std::vector<Vector> l(n, Vector(n, 0));
    for (std::size_t j = 0; j < n; ++j) {
        double d = m[j][j];
        for (std::size_t k = 0; k < j; ++k) d -= l[j][k] * l[j][k];
        if (!(d > 0) || !std::isfinite(d)) return std::nullopt;
        l[j][j] = std::sqrt(d);
        for (std::size_t i = j + 1; i < n; ++i) {
            double v = m[i][j];
            for (std::size_t k = 0; k < j; ++k) v -= l[i][k] * l[j][k];
            l[i][j] = v / l[j][j];
        }
    }
    std::vector<Vector> inverse(n, Vector(n, 0));
    for (std::size_t col = 0; col < n; ++col) {
        Vector y(n, 0), x(n, 0);
        for (std::size_t i = 0; i < n; ++i) {  // L y = e_col
            double v = i == col ? 1 : 0;
            for (std::size_t k = 0; k < i; ++k) v -= l[i][k] * y[k];
            y[i] = v / l[i][i];
        }
        for (std::size_t i = n; i-- > 0;) {  // Lᵀ x = y
            double v = y[i];
            for (std::size_t k = i + 1; k < n; ++k) v -= l[k][i] * x[k];
            x[i] = v / l[i][i];
        }
        for (std::size_t i = 0; i < n; ++i) inverse[i][col] = x[i];
    }
    return inverse;
}

// √diag((−H)⁻¹) at `params`, H by central differences of the analytic gradient.
std::optional<Vector> standard_errors(const LogLikelihood& ll, const Vector& params) {
    const std::size_t n = params.size();
    std::vector<Vector> information(n, Vector(n, 0));
    Vector up(n), down(n);
    for (std::size_t j = 0; j < n; ++j) {
        const double h = 1e-5 * params[j];
        Vector shifted = params;
        shifted[j] = params[j] + h;
        const double a = ll(shifted, &up);
        shifted[j] = params[j] - h;
        const double b = ll(shifted, &down);
        if (!std::isfinite(a) || !std::isfinite(b)) return std::nullopt;
        for (std::size_t i = 0; i < n; ++i) information[i][j] = -(up[i] - down[i]) / (2 * h);
    }
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < i; ++j) information[i][j] = information[j][i] = 0.5 * (information[i][j] + information[j][i]);
    auto inverse = inverse_spd(information);
    if (!inverse) return std::nullopt;
    Vector errors(n);
    for (std::size_t i = 0; i < n; ++i) errors[i] = std::sqrt((*inverse)[i][i]);
    return errors;
}

}  // namespace

double ModelFit::param(const std::string& name) const {
    for (const auto& p : params)
        if (p.name == name) return p.value;
    return 0;
}

ModelFit fit_by_maximum_likelihood(const FitProblem& problem) {
    const double scale = problem.customers > 0 ? problem.customers : 1;
    // f(φ) = −ℓ(e^φ) / customers; ∂f/∂φ_i = −θ_i ∂ℓ/∂θ_i / customers.
    ObjectiveFunction objective = [&](const Vector& phi, Vector* gradient) {
        const Vector theta = exponentials(phi);
        Vector g(theta.size(), 0);
        const double ll = problem.log_likelihood(theta, gradient ? &g : nullptr);
        if (gradient)
            for (std::size_t i = 0; i < theta.size(); ++i) (*gradient)[i] = -theta[i] * g[i] / scale;
        return -ll / scale;
    };
    Vector start(problem.start.size());
    for (std::size_t i = 0; i < start.size(); ++i) start[i] = std::log(problem.start[i]);
    const MinimizeResult found = minimize(objective, start);

    ModelFit fit;
    fit.model = problem.model;
    fit.iterations = found.iterations;
    fit.converged = found.converged && !found.at_bound;
    fit.log_likelihood = -found.value * scale;
    const Vector theta = exponentials(found.x);
    const auto errors = fit.converged ? standard_errors(problem.log_likelihood, theta) : std::nullopt;
    for (std::size_t i = 0; i < theta.size(); ++i)
        fit.params.push_back({problem.names[i], theta[i], errors ? std::optional<double>((*errors)[i]) : std::nullopt});
    if (found.at_bound) fit.warnings.push_back({"parameter_at_bound"});
    if (!found.converged) fit.warnings.push_back({"not_converged", {{"iterations", double(found.iterations), Unit::count}}});
    if (fit.converged && !errors) fit.warnings.push_back({"standard_errors_unavailable"});
    return fit;
}

ModelFit fit_groups(const FitProblem& problem, const CustomerGroups& groups) {
    ModelFit fit = fit_by_maximum_likelihood(problem);
    fit.customers = groups.customers;
    fit.rows = groups.rows;
    fit.distinct_rows = groups.size();
    return fit;
}

}  // namespace clv::models
