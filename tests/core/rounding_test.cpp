// Rounding half away from zero on the decimal number meant, with binary noise removed first
// (src/core/rounding.hpp).
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "core/rounding.hpp"

using namespace clv;

TEST_CASE("An exact half cent computed with binary noise rounds up, not down", "[rounding]") {
    // Issue 14 item 3: simple CLV 0.145 x 3 purchases x 1 year = 0.435 exactly on paper; in
    // binary 0.145 * 3 * 1 is 0.43499999999999994, which naive rounding takes to 0.43.
    const double clv = 0.145 * 3 * 1;
    REQUIRE(clv < 0.435);                      // the noise this test is about
    REQUIRE(std::round(clv * 100) / 100 == 0.43);  // what naive rounding gives
    CHECK(round_half_away(clv, 2) == 0.44);
    // 1.005 is 1.00499999999999989... in binary; on paper it is a half cent.
    CHECK(round_half_away(1.005, 2) == 1.01);
    CHECK(round_half_away(2.675, 2) == 2.68);
}

TEST_CASE("Halves round away from zero, everything else to the nearest", "[rounding]") {
    CHECK(round_half_away(0.125, 2) == 0.13);
    CHECK(round_half_away(-0.125, 2) == -0.13);
    CHECK(round_half_away(2.5, 0) == 3);
    CHECK(round_half_away(-2.5, 0) == -3);
    CHECK(round_half_away(0.1249, 2) == 0.12);
    CHECK(round_half_away(4329.476670630819, 2) == 4329.48);
    CHECK(round_half_away(4329.476670630819, 0) == 4329);
    CHECK(round_half_away(0.0094887929345830, 4) == 0.0095);
    // A value a hair below a half, far above the noise, still rounds down.
    CHECK(round_half_away(0.434999999, 2) == 0.43);
}

TEST_CASE("Large amounts keep their cents through the noise removal", "[rounding]") {
    // 123456789012.345 has 15 significant digits: 12 would drop the cents, so the noise is
    // removed at a tenth of a cent instead.
    CHECK(round_half_away(123456789012.345, 2) == Approx(123456789012.35).margin(1e-4));
    CHECK(round_half_away(123456789012.344, 2) == Approx(123456789012.34).margin(1e-4));
    CHECK(round_half_away(1e15, 2) == 1e15);
}

TEST_CASE("Rounding leaves zero, tiny and non-finite values sensible", "[rounding]") {
    CHECK(round_half_away(0, 2) == 0);
    CHECK(round_half_away(1e-300, 2) == 0);
    CHECK(round_half_away(0.004999, 2) == 0);
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(round_half_away(inf, 2) == inf);
    CHECK(std::isnan(round_half_away(std::numeric_limits<double>::quiet_NaN(), 2)));
}

TEST_CASE("Values agree to the cent when they round alike or are within half a cent",
          "[rounding]") {
    const double clv = 0.145 * 3 * 1;  // 0.435 on paper
    CHECK(same_to_decimals(0.44, clv, 2));
    CHECK(same_to_decimals(0.435, clv, 2));
    // 0.43 is exactly half a cent from 0.435: not within half a cent, and rounds to 0.43.
    CHECK_FALSE(same_to_decimals(0.43, clv, 2));
    CHECK(same_to_decimals(4329.47, 4329.4749, 2));   // within half a cent
    CHECK(same_to_decimals(1.004, 0.9951, 2));        // both 1.00
    CHECK_FALSE(same_to_decimals(1.0049, 0.9949, 2)); // 0.01 apart: 1.00 and 0.99
    CHECK_FALSE(same_to_decimals(4329.47, 4329.4767, 2));
    CHECK(same_to_decimals(0.0095, 0.0094887929, 4));
    CHECK_FALSE(same_to_decimals(0.01, 0.0094887929, 4));
}

TEST_CASE("Agreement to the cent is symmetric and implied by equal rounding", "[rounding][property]") {
    for (double a = -3; a <= 3; a += 0.0013) {
        for (double b : {a + 0.004, a - 0.0049, a + 0.0051, a * 1.0001, a + 0.01}) {
            CHECK(same_to_decimals(a, b, 2) == same_to_decimals(b, a, 2));
            if (round_half_away(a, 2) == round_half_away(b, 2)) CHECK(same_to_decimals(a, b, 2));
            if (std::fabs(a - b) > 0.0101) CHECK_FALSE(same_to_decimals(a, b, 2));
        }
    }
}
