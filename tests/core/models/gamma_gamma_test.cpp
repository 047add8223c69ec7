// The Gamma-Gamma spend model (src/core/models/gamma_gamma.hpp) on CDNOW's 946 repeat buyers
// against Fader, Hardie & Lee (2005), "RFM and CLV" / Hardie's note 025 (values in
// /work/shared/data/README.md).
#include <catch2/catch.hpp>

#include "core/models/gamma_gamma.hpp"
#include "models_test_support.hpp"

using namespace clv::models;
using Catch::Detail::Approx;

TEST_CASE("Gamma-Gamma fitted to CDNOW's repeat buyers gives the published parameters", "[models][gamma_gamma]") {
    const ModelFit fit = fit_gamma_gamma(models_test::cdnow_groups(Model::gamma_gamma));
    // Published p 6.2488, q 3.7446, γ (v) 15.4477 to 4 decimals (the summary's z̄ is rounded to
    // cents, so to 4 significant digits); LL −4055.92.
    CHECK(fit.converged);
    CHECK(fit.customers == 946);
    CHECK(fit.param("p") == Approx(6.2488).epsilon(5e-4));
    CHECK(fit.param("q") == Approx(3.7446).epsilon(5e-4));
    CHECK(fit.param("v") == Approx(15.4477).epsilon(5e-4));
    CHECK(fit.log_likelihood == Approx(-4055.92).margin(0.005));
}

TEST_CASE("Gamma-Gamma expected spend of the first ten CDNOW customers is the published one", "[models][gamma_gamma]") {
    const GammaGammaParams published{6.2488, 3.7446, 15.4477};
    const double expected[10] = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
    const auto& c = models_test::cdnow_summary();
    for (int i = 0; i < 10; ++i) {
        INFO("customer " << i + 1);
        // To the cent published (lifetimes' table truncates: 24.658 is listed as 24.65).
        CHECK(*gamma_gamma_expected_spend(published, c.frequency[i], c.monetary_value[i]) == Approx(expected[i]).margin(0.01));
    }
    // Customers without repeat purchases get the population mean p v / (q − 1); q ≤ 1 has none.
    CHECK(*gamma_gamma_expected_spend(published, 0, 0) == Approx(6.2488 * 15.4477 / 2.7446).epsilon(1e-12));
    CHECK_FALSE(gamma_gamma_expected_spend({6, 0.9, 15}, 2, 20).has_value());
}

TEST_CASE("Gamma-Gamma expected spend moves from the population mean towards the customer's with more purchases", "[models][gamma_gamma]") {
    const GammaGammaParams p{6.2488, 3.7446, 15.4477};
    const double population = *gamma_gamma_expected_spend(p, 0, 0);
    double previous = population;
    for (double x : {1.0, 5.0, 50.0, 500.0}) {
        const double e = *gamma_gamma_expected_spend(p, x, 100);
        CHECK(e > previous);
        CHECK(e < 100);
        previous = e;
    }
}
