// What every fit returns, and the one driver that fits any model: maximum likelihood over
// log-parameters by BFGS (optimizer.hpp), then standard errors from the Hessian.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "../explanation.hpp"
#include "../problems.hpp"
#include "customer_table.hpp"

namespace clv::models {

struct FittedParameter {
    std::string name;                      // the paper's symbol: r, alpha, a, b, s, beta, ...
    double value = 0;
    std::optional<double> standard_error;  // none when the Hessian is not negative definite
};

struct ModelFit {
    Model model = Model::bg_nbd;
    std::vector<FittedParameter> params;
    double log_likelihood = 0;
    bool converged = false;
    int iterations = 0;
    double customers = 0;         // Σ weight of the customers (rows) the likelihood counts
    std::size_t rows = 0;         // rows given
    std::size_t distinct_rows = 0;  // rows left after identical ones were merged
    Explanation explanation;
    std::vector<Warning> warnings;  // not_converged, parameter_at_bound, standard_errors_unavailable

    double param(const std::string& name) const;  // the fitted value of `name` (0 if none)
};

// The total log-likelihood of the data at natural (positive) parameters and, when `gradient`
// is not null, its gradient in those parameters. Non-finite outside the model's domain.
using LogLikelihood = std::function<double(const std::vector<double>& params, std::vector<double>* gradient)>;

struct FitProblem {
    Model model;
    std::vector<std::string> names;  // parameter symbols, in order
    std::vector<double> start;       // natural starting values
    LogLikelihood log_likelihood;
    double customers = 0;            // scales the objective to a mean per customer
};

// Maximises the log-likelihood over log-parameters; the standard errors are the square roots
// of the diagonal of the inverse observed information (−Hessian, by central differences of
// the gradient, relative step 1e-5).
ModelFit fit_by_maximum_likelihood(const FitProblem& problem);

// fit_by_maximum_likelihood on customer groups, the fit counting them: customers (Σ weight),
// rows given, distinct rows.
ModelFit fit_groups(const FitProblem& problem, const CustomerGroups& groups);

}  // namespace clv::models
