// The minimiser's two ways of stopping converged: a gradient below its tolerance, or f no longer
// falling (beyond rounding) at a small gradient; and its refusal to call a stall far from the
// minimum converged.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/models/optimizer.hpp"

using namespace clv::models;

namespace {
// (x0 − 1)² + 4 (x1 + 2)², its gradient blurred by `noise` (as a sum over many customers is).
ObjectiveFunction blurred_bowl(double noise) {
    return [noise](const std::vector<double>& x, std::vector<double>* gradient) {
        if (gradient) {
            (*gradient)[0] = 2 * (x[0] - 1) + noise * std::sin(1e7 * x[1]);
            (*gradient)[1] = 8 * (x[1] + 2) + noise * std::cos(1e7 * x[0]);
        }
        return (x[0] - 1) * (x[0] - 1) + 4 * (x[1] + 2) * (x[1] + 2);
    };
}
}  // namespace

TEST_CASE("An exact gradient stops the minimiser at its tolerance", "[models][optimizer]") {
    const auto found = minimize(blurred_bowl(0), {5, 5});
    CHECK(found.converged);
    CHECK(std::fabs(found.x[0] - 1) < 1e-7);
    CHECK(std::fabs(found.x[1] + 2) < 1e-7);
}

TEST_CASE("A gradient blurred below 1e-5 stops converged once f stops falling", "[models][optimizer]") {
    const auto found = minimize(blurred_bowl(1e-6), {5, 5});
    CHECK(found.converged);
    CHECK(found.iterations < 100);
    CHECK(std::fabs(found.x[0] - 1) < 1e-5);
    CHECK(std::fabs(found.x[1] + 2) < 1e-5);
}

TEST_CASE("A gradient blurred above 1e-5 is never called converged", "[models][optimizer]") {
    const auto found = minimize(blurred_bowl(1e-3), {5, 5});
    CHECK_FALSE(found.converged);
}
