// The special functions of src/core/models/special_functions.hpp against reference values
// computed with mpmath 1.3 at 40 digits (mp.hyp2f1, mp.diff), relative tolerance 1e-12 unless
// stated, including the large arguments of heavy buyers (a ≈ b ≈ c ≈ 1000).
#include <catch2/catch.hpp>

#include <cmath>

#include "core/models/special_functions.hpp"

using namespace clv::models;
using Catch::Detail::Approx;

TEST_CASE("ln 2F1 matches mpmath, near z = 1 and for parameters in the hundreds and thousands", "[models][special]") {
    struct Case { double a, b, c, z, log_value; };
    const Case cases[] = {
        {0.2426, 2.4259, 2.2188, 0.9, 0.66560274108560198396},      // a new CDNOW customer's E[X(t)], t ≈ 40 weeks
        {0.2426, 2.4259, 2.2188, 0.99, 1.473932277975882352},       // ... t ≈ 440 weeks
        {221.2426, 223.4259, 223.2188, 0.265, 68.180505439875702294},  // x = 221
        {1000.2426, 1002.4259, 1002.2188, 0.5, 693.45868452348579999},   // x = 1000: 2F1 ≈ e^693
        {1000.2426, 1002.4259, 1002.2188, 0.95, 2997.0790659008358512},  // 2F1 ≈ e^2997, beyond double
        {0.5, 0.5, 300.0, 0.9, 0.00075225563284823777917},
    };
    for (const auto& c : cases) {
        INFO("2F1(" << c.a << ", " << c.b << "; " << c.c << "; " << c.z << ")");
        bool converged = false;
        const SignedLog f = log_hyp2f1(c.a, c.b, c.c, c.z, &converged);
        CHECK(converged);
        CHECK(f.sign == 1);
        CHECK(f.log_abs == Approx(c.log_value).epsilon(1e-12));
    }
    CHECK(log_hyp2f1(3, 4, 5, 0).log_abs == 0);
}

TEST_CASE("2F1(1, b; c; z) and its derivatives match mpmath", "[models][special]") {
    struct Case { double b, c, z, value, d_b, d_c, d_z; };
    const Case cases[] = {
        // The Pareto/NBD series of a buyer with x = 221 at the CDNOW parameters (r + x, r + s + x + 1).
        {221.5533, 223.1594, 0.08, 0.082756210654945901464, 0.00038926882179138091754, -0.00038646828833962655245, 1.0784651827146837489},
        {1.6061, 223.1594, 0.08, 0.00057613801708257521673, 0.00035882115101377372301, -2.5833832940189661213e-6, 0.0072063582832319818992},
        {3.0, 5.0, 0.999, 1.3708828687920454195, 0.95336872831147846457, -0.70769611551930564438, 12.543405213191233062},
        {0.7, 2.5, 0.5, 0.17366592090199004415, 0.25895556914625165836, -0.079854240251866794103, 0.44346602111339978378},
    };
    for (const auto& c : cases) {
        INFO("2F1(1, " << c.b << "; " << c.c << "; " << c.z << ")");
        const auto f = hyp2f1_one(c.b, c.c, c.z);
        CHECK(f.log_value == Approx(c.value).epsilon(1e-12));
        CHECK(f.d_log_d_b == Approx(c.d_b).epsilon(1e-10));
        CHECK(f.d_log_d_c == Approx(c.d_c).epsilon(1e-10));
        CHECK(f.d_log_d_z == Approx(c.d_z).epsilon(1e-10));
    }
}

TEST_CASE("digamma, ln B and the log-space sums", "[models][special]") {
    // ψ(1) = −γ (Euler–Mascheroni), ψ(1/2) = −γ − 2 ln 2, ψ(10) = H_9 − γ.
    const double euler_gamma = 0.57721566490153286061;
    CHECK(digamma(1) == Approx(-euler_gamma).epsilon(1e-13));
    CHECK(digamma(0.5) == Approx(-euler_gamma - 2 * std::log(2.0)).epsilon(1e-13));
    CHECK(digamma(10) == Approx(7129.0 / 2520 - euler_gamma).epsilon(1e-13));
    CHECK(digamma(1e-3) == Approx(-1000.5755719318103).epsilon(1e-12));  // mpmath
    CHECK(log_beta(2, 3) == Approx(std::log(1.0 / 12)).epsilon(1e-13));
    CHECK(log_add(1000, 1000) == Approx(1000 + std::log(2.0)).epsilon(1e-15));
    CHECK(log_subtract(1000, 1000 - std::log(2.0)) == Approx(1000 - std::log(2.0)).epsilon(1e-15));
    CHECK(std::isinf(log_subtract(5, 5)));
}
