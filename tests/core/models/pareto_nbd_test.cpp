// The Pareto/NBD model (src/core/models/pareto_nbd.hpp) on the CDNOW calibration summary
// against Fader, Hardie & Lee (2005) (values in /work/shared/data/README.md), and the
// likelihood of heavy buyers against mpmath (60 digits, note 008's closed form with mp.hyp2f1
// without Euler's transform; for x ≤ 5 also the integral form by mp.quad, which agrees).
#include <catch2/catch.hpp>

#include <cmath>

#include "core/models/pareto_nbd.hpp"
#include "models_test_support.hpp"

using namespace clv::models;
using Catch::Detail::Approx;

TEST_CASE("Pareto/NBD fitted to CDNOW gives the published parameters and log-likelihood", "[models][pareto_nbd]") {
    const ModelFit fit = fit_pareto_nbd(models_test::cdnow_groups(Model::pareto_nbd));
    // Published r 0.5533, α 10.5776, s 0.6061, β 11.6679, LL −9594.98, fitted to the unrounded
    // times. On the summary file (t_x, T rounded to 0.01 week) the optimum (gradient below 1e-7)
    // is 0.55328, 10.5776, 0.60621, 11.6679, LL −9594.974: the parameters to 3e-4 relative (the
    // 4th significant digit ± 1; the likelihood is flat along s), the LL to 0.01.
    CHECK(fit.converged);
    CHECK(fit.param("r") == Approx(0.5533).epsilon(3e-4));
    CHECK(fit.param("alpha") == Approx(10.5776).epsilon(3e-4));
    CHECK(fit.param("s") == Approx(0.6061).epsilon(3e-4));
    CHECK(fit.param("beta") == Approx(11.6679).epsilon(3e-4));
    CHECK(fit.log_likelihood == Approx(-9594.98).margin(0.01));
    for (const auto& p : fit.params) CHECK(p.standard_error.has_value());
}

TEST_CASE("Pareto/NBD likelihood and P(alive) are finite and exact for heavy buyers", "[models][pareto_nbd]") {
    const ParetoNbdParams cdnow{0.5533, 10.5776, 0.6061, 11.6679};  // α < β branch
    const ParetoNbdParams other{0.5533, 20, 0.6061, 3};              // α ≥ β branch
    struct Case { ParetoNbdParams p; double x, t_x, T, log_likelihood, p_alive; };
    const Case cases[] = {
        {cdnow, 221, 103.43, 103.57, -76.963080378976901513, 0.99915371000579371098},  // NaN in BTYD
        {cdnow, 1000, 50, 103.57, 1795.2406925309626492, 5.6774202832143286744e-273},
        {cdnow, 300, 10, 100, 497.61921889522208205, 6.3263887019421623498e-218},
        {cdnow, 2, 30.43, 38.86, -9.5541705345539337004, 0.86914099961912999846},
        {cdnow, 0, 0, 38.86, -0.5212634197901661441, 0.29515304487483342193},
        {cdnow, 5, 2, 60, -11.665029461652424142, 0.00027486376943964145526},
        {other, 221, 103.43, 103.57, -94.958999969956943068, 0.99909470634902165019},
        {other, 3, 10, 50, -11.865277271762423444, 0.079820587873890504665},
    };
    for (const auto& c : cases) {
        INFO("x = " << c.x << ", t_x = " << c.t_x << ", T = " << c.T << ", alpha = " << c.p.alpha);
        CHECK(pareto_nbd_log_likelihood(c.p, c.x, c.t_x, c.T) == Approx(c.log_likelihood).epsilon(1e-11));
        CHECK(pareto_nbd_probability_alive(c.p, c.x, c.t_x, c.T) == Approx(c.p_alive).epsilon(1e-9));
    }
}

TEST_CASE("Pareto/NBD likelihood's analytic gradient is the numerical one, in both branches", "[models][pareto_nbd]") {
    auto groups = models_test::cdnow_groups(Model::pareto_nbd);
    groups.frequency.push_back(221), groups.recency.push_back(103.43), groups.T.push_back(103.57), groups.weight.push_back(1);
    for (const ParetoNbdParams at : {ParetoNbdParams{0.6, 10, 0.7, 12}, ParetoNbdParams{0.6, 14, 0.7, 9}}) {
        std::vector<double> gradient;
        pareto_nbd_total_log_likelihood(at, groups, &gradient);
        for (int k = 0; k < 4; ++k) {
            ParetoNbdParams up = at, down = at;
            double* u[4] = {&up.r, &up.alpha, &up.s, &up.beta};
            double* d[4] = {&down.r, &down.alpha, &down.s, &down.beta};
            const double h = 1e-6 * *u[k];
            *u[k] += h;
            *d[k] -= h;
            const double numeric =
                (pareto_nbd_total_log_likelihood(up, groups, nullptr) - pareto_nbd_total_log_likelihood(down, groups, nullptr)) / (2 * h);
            INFO("alpha " << at.alpha << ", parameter " << k);
            // The numerical derivative of a sum near −10⁴ carries ~1e-7 of rounding.
            CHECK(gradient[k] == Approx(numeric).epsilon(1e-6).margin(1e-6));
        }
    }
}

TEST_CASE("Pareto/NBD predictions rise with t and frequency and P(alive) falls with time since the last purchase", "[models][pareto_nbd]") {
    const ParetoNbdParams p{0.5533, 10.5776, 0.6061, 11.6679};
    double previous = -1;
    for (double t : {1.0, 10.0, 39.0, 500.0}) {
        const double e = pareto_nbd_conditional_expected_purchases(p, 3, 20, 38.86, t);
        CHECK(e > previous);
        previous = e;
    }
    previous = -1;
    for (double x : {1.0, 2.0, 10.0, 221.0}) {
        const double e = pareto_nbd_conditional_expected_purchases(p, x, 37, 38.86, 39);
        CHECK(e > previous);
        previous = e;
    }
    previous = 2;
    for (double T : {40.0, 50.0, 80.0}) {  // the same history, seen longer without a purchase
        const double alive = pareto_nbd_probability_alive(p, 3, 30, T);
        CHECK(alive < previous);
        CHECK(alive >= 0);
        previous = alive;
    }
    // At s = 1 the expectation is its limit, continuous in s.
    const ParetoNbdParams one{0.5533, 10.5776, 1, 11.6679}, near{0.5533, 10.5776, 1 + 1e-7, 11.6679};
    CHECK(pareto_nbd_conditional_expected_purchases(one, 3, 20, 38.86, 39) ==
          Approx(pareto_nbd_conditional_expected_purchases(near, 3, 20, 38.86, 39)).epsilon(1e-6));
}
