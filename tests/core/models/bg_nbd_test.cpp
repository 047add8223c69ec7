// The BG/NBD model (src/core/models/bg_nbd.hpp) against Fader, Hardie & Lee (2005), "Counting
// your customers the easy way", on the CDNOW calibration summary (values as listed in
// /work/shared/data/README.md), and its properties.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/models/bg_nbd.hpp"
#include "models_test_support.hpp"

using namespace clv::models;
using Catch::Detail::Approx;

TEST_CASE("BG/NBD fitted to CDNOW gives the published parameters and log-likelihood", "[models][bg_nbd]") {
    const ModelFit fit = fit_bg_nbd(models_test::cdnow_groups(Model::bg_nbd));
    // Published r 0.2426, α 4.4136, a 0.7929, b 2.4259, LL −9582.43, fitted to the unrounded
    // times; the summary file rounds t_x and T to 0.01 week, which moves b by 6e-5. So: to
    // 1e-4 relative (4 significant digits), the LL to its published 2 decimals.
    CHECK(fit.converged);
    CHECK(fit.param("r") == Approx(0.2426).epsilon(1e-4));
    CHECK(fit.param("alpha") == Approx(4.4136).epsilon(1e-4));
    CHECK(fit.param("a") == Approx(0.7929).epsilon(1e-4));
    CHECK(fit.param("b") == Approx(2.4259).epsilon(1e-4));
    CHECK(fit.log_likelihood == Approx(-9582.43).margin(0.005));
    CHECK(fit.customers == 2357);
    CHECK(fit.distinct_rows < 2357);
    INFO("iterations " << fit.iterations << " distinct " << fit.distinct_rows);
    for (const auto& p : fit.params) {
        INFO(p.name);
        REQUIRE(p.standard_error);
        CHECK(*p.standard_error > 0);
        CHECK(*p.standard_error < p.value);
    }
}

// The parameters the predictions are published at (rounded to 3 decimals).
const BgNbdParams published{0.243, 4.414, 0.793, 2.426};

TEST_CASE("BG/NBD predictions give the published numbers", "[models][bg_nbd]") {
    // The expectations are Hardie's spreadsheet's at the fitted parameters (the rounded ones
    // move the third digit: 1.0452 at t = 32), as lifetimes' tests check them; fitted to the
    // summary's rounded times they agree to 3 decimals (1.85797 at t = 78).
    const BgNbdParams fitted = bg_nbd_params(fit_bg_nbd(models_test::cdnow_groups(Model::bg_nbd)));
    // Expected purchases in the next 39 weeks of x = 2, t_x = 30.43, T = 38.86: 1.226 (to 3 decimals).
    CHECK(bg_nbd_conditional_expected_purchases(fitted, 2, 30.43, 38.86, 39) == Approx(1.226).margin(0.0005));
    // E[X(t)] of a new customer at t = 1, 3, 32, 78 weeks: 0.0532, 0.1506, 1.0437, 1.8576.
    CHECK(bg_nbd_expected_purchases_new(fitted, 1) == Approx(0.0532).margin(0.0005));
    CHECK(bg_nbd_expected_purchases_new(fitted, 3) == Approx(0.1506).margin(0.0005));
    CHECK(bg_nbd_expected_purchases_new(fitted, 32) == Approx(1.0437).margin(0.0005));
    CHECK(bg_nbd_expected_purchases_new(fitted, 78) == Approx(1.8576).margin(0.0005));
    // At the rounded parameters:
    // P(X(39) = 0) = 0.5737864 (to 7 decimals).
    CHECK(bg_nbd_probability_of_purchases(published, 39, 0) == Approx(0.5737864).margin(0.00000005));
}

TEST_CASE("BG/NBD probabilities of n purchases sum to 1 and their mean is E[X(t)]", "[models][bg_nbd]") {
    double total = 0, mean = 0;
    for (int n = 0; n < 400; ++n) {
        const double p = bg_nbd_probability_of_purchases(published, 39, n);
        CHECK(p >= 0);
        total += p;
        mean += n * p;
    }
    CHECK(total == Approx(1).epsilon(1e-10));
    CHECK(mean == Approx(bg_nbd_expected_purchases_new(published, 39)).epsilon(1e-8));
}

TEST_CASE("BG/NBD properties: P(alive) in [0, 1], predictions rise with t and frequency, fall with time since the last purchase", "[models][bg_nbd]") {
    CHECK(bg_nbd_probability_alive(published, 0, 0, 38.86) == 1);  // no repeat purchase: cannot have dropped out
    double previous_recency = -1, previous_t = -1;
    for (double t_x : {5.0, 15.0, 25.0, 38.0}) {
        const double p = bg_nbd_probability_alive(published, 3, t_x, 38.86);
        CHECK(p >= 0);
        CHECK(p <= 1);
        CHECK(p > previous_recency);  // a later last purchase: more likely alive
        previous_recency = p;
    }
    for (double t : {1.0, 10.0, 39.0, 100.0, 1000.0}) {
        const double e = bg_nbd_conditional_expected_purchases(published, 3, 20, 38.86, t);
        CHECK(e > previous_t);
        previous_t = e;
    }
    double previous_x = -1;
    for (double x : {1.0, 2.0, 5.0, 20.0}) {  // at fixed recency
        const double e = bg_nbd_conditional_expected_purchases(published, x, 35, 38.86, 39);
        CHECK(e > previous_x);
        previous_x = e;
    }
}

TEST_CASE("BG/NBD stays finite for heavy buyers", "[models][bg_nbd]") {
    for (double x : {221.0, 300.0, 1000.0}) {
        INFO("x = " << x);
        CHECK(std::isfinite(bg_nbd_log_likelihood(published, x, 103.43, 103.57)));
        const double e = bg_nbd_conditional_expected_purchases(published, x, 103.43, 103.57, 39);
        CHECK(std::isfinite(e));
        CHECK(e > 0);
        // mpmath (60 digits, eq. (10) with mp.hyp2f1): 70.178468667616510, 95.295042177107563,
        // 317.62033699735007 at x = 221, 300, 1000.
        const double reference = x == 221 ? 70.178468667616510 : x == 300 ? 95.295042177107563 : 317.62033699735007;
        CHECK(e == Approx(reference).epsilon(1e-11));
        const double p = bg_nbd_probability_alive(published, x, 103.43, 103.57);
        CHECK(p > 0.5);
        CHECK(p <= 1);
    }
}

TEST_CASE("BG/NBD likelihood's analytic gradient is the numerical one", "[models][bg_nbd]") {
    const auto groups = models_test::cdnow_groups(Model::bg_nbd);
    const BgNbdParams at{0.3, 5, 0.7, 2.9};
    std::vector<double> gradient;
    bg_nbd_total_log_likelihood(at, groups, &gradient);
    double* fields[4] = {nullptr, nullptr, nullptr, nullptr};
    for (int k = 0; k < 4; ++k) {
        BgNbdParams up = at, down = at;
        fields[0] = &up.r, fields[1] = &up.alpha, fields[2] = &up.a, fields[3] = &up.b;
        const double h = 1e-6 * *fields[k];
        *fields[k] += h;
        fields[0] = &down.r, fields[1] = &down.alpha, fields[2] = &down.a, fields[3] = &down.b;
        *fields[k] -= h;
        const double numeric = (bg_nbd_total_log_likelihood(up, groups, nullptr) - bg_nbd_total_log_likelihood(down, groups, nullptr)) / (2 * h);
        INFO("parameter " << k);
        CHECK(gradient[k] == Approx(numeric).epsilon(1e-6));
    }
}
