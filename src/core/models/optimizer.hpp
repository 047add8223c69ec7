// Unconstrained minimisation by BFGS with a backtracking (Armijo) line search: the models
// minimise their mean negative log-likelihood over log-parameters, so every parameter stays
// positive and the gradient is of order one whatever the number of customers.
#pragma once

#include <functional>
#include <vector>

namespace clv::models {

// f(x) and, when `gradient` is not null, ∇f(x) written into it. A non-finite value means
// "outside the domain": the line search steps back.
using ObjectiveFunction = std::function<double(const std::vector<double>& x, std::vector<double>* gradient)>;

struct MinimizeOptions {
    int max_iterations = 500;
    // Stop when every |∂f/∂x_i| is below this: f is a mean log-likelihood of order 1, known to
    // ~1e-16, so below ~1e-8 its steps are lost in rounding and the line search stalls.
    double gradient_tolerance = 1e-7;
    // Also stop, converged, when f has fallen by less than a relative 1e-12 in each of the last
    // 3 steps while every |∂f/∂x_i| is below 1e-5: with many customers f's rounding hides the
    // last 1e-7 of the gradient, and the steps that are left only wander in that noise.
    double stall_gradient_tolerance = 1e-5;
    double stall_relative_decrease = 1e-12;
    int stall_steps = 3;
    double max_step = 4;               // largest move of one coordinate per iteration
    double bound = 30;                 // |x_i| is kept below this (e^30 is as good as infinite)
};

struct MinimizeResult {
    std::vector<double> x;
    double value = 0;
    std::vector<double> gradient;
    int iterations = 0;
    bool converged = false;   // the gradient fell below the tolerance (or f stalled at a small one)
    bool at_bound = false;    // some coordinate ended at ±bound (a parameter ran off to 0 or ∞)
};

// Minimises f from `start` by BFGS (Nocedal & Wright, algorithm 6.1) on the inverse Hessian,
// the update skipped when the curvature condition fails; starts again from the steepest
// descent when a step finds no decrease.
MinimizeResult minimize(const ObjectiveFunction& f, std::vector<double> start, const MinimizeOptions& options = {});

}  // namespace clv::models
