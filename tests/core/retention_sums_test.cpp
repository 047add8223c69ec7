// The conventions' sums per unit of margin (src/core/retention_sums.hpp): closed forms, the
// list's terms and tail, and the expected lifetime as the start convention at 0%.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "core/retention_sums.hpp"

using namespace clv;

namespace {
RetentionRates constant(double rate) {
    RetentionRates rates;
    rates.constant = rate;
    return rates;
}
RetentionRates listed(const std::vector<double>& list) {
    RetentionRates rates;
    rates.list = &list;
    return rates;
}
constexpr auto end_retained = RetentionConvention::end_retained;
constexpr auto start = RetentionConvention::start;
constexpr auto end_first_certain = RetentionConvention::end_first_certain;
}  // namespace

TEST_CASE("Margin multiples are Gupta & Lehmann's closed forms", "[retention_sums]") {
    // Worked example "clv.retention.infinite": r = 0.8, d = 0.1.
    CHECK(*lifetime_multiple(constant(0.8), 0.1, end_retained) == Approx(0.8 / 0.3).epsilon(1e-12));
    CHECK(*lifetime_multiple(constant(0.8), 0.1, start) == Approx(1.1 / 0.3).epsilon(1e-12));
    CHECK(*lifetime_multiple(constant(0.8), 0.1, end_first_certain) == Approx(1 / 0.3).epsilon(1e-12));
    // Retention at 1 + d or above has no finite sum.
    CHECK_FALSE(lifetime_multiple(constant(1.0), 0.0, start));
    CHECK(*lifetime_multiple(constant(1.0), 0.25, end_first_certain) == Approx(4).epsilon(1e-12));
}

TEST_CASE("A horizon's multiple sums survival times discount factor", "[retention_sums]") {
    // "clv.retention.finite_start": sum_{t=0}^{4} (0.8 / 1.1)^t = 2.920633836487.
    CHECK(horizon_multiple(constant(0.8), 0.1, start, 5) == Approx(2.920633836487).epsilon(1e-12));
    // end_retained: sum_{t=1}^{2} 0.8^t / 1.1^t; end_first_certain: 1 / 1.1 + 0.8 / 1.21.
    CHECK(horizon_multiple(constant(0.8), 0.1, end_retained, 2) ==
          Approx(0.8 / 1.1 + 0.64 / 1.21).epsilon(1e-12));
    CHECK(horizon_multiple(constant(0.8), 0.1, end_first_certain, 2) ==
          Approx(1 / 1.1 + 0.8 / 1.21).epsilon(1e-12));
    CHECK(horizon_multiple(constant(0.8), 0.1, start, 0) == 0);
}

TEST_CASE("A list is summed, then the geometric tail of its last rate", "[retention_sums]") {
    // By hand for r = 0.5, 0.9, 0.9, ... at 10%, end_retained: S = 0.5, 0.45, 0.405, ...
    // explicit 0.5 / 1.1 + 0.45 / 1.21; tail 0.45 / 1.21 x 0.9 / 0.2; total 2.5.
    const std::vector<double> list = {0.5, 0.9};
    CHECK(*tail_multiple(listed(list), 0.1, end_retained) == Approx(0.45 / 1.21 * 0.9 / 0.2).epsilon(1e-12));
    CHECK(*lifetime_multiple(listed(list), 0.1, end_retained) == Approx(2.5).epsilon(1e-12));
    // Far out, the horizon's multiple reaches the same.
    for (auto which : {end_retained, start, end_first_certain})
        CHECK(horizon_multiple(listed(list), 0.1, which, 1200) ==
              Approx(*lifetime_multiple(listed(list), 0.1, which)).epsilon(1e-12));
    // A list that loses the customer has no tail, even with full retention after.
    const std::vector<double> lost = {0.5, 0.0, 1.0};
    CHECK(*tail_multiple(listed(lost), 0.0, start) == 0);
    CHECK(*lifetime_multiple(listed(lost), 0.0, start) == Approx(1.5).epsilon(1e-12));
}

TEST_CASE("A list of one rate and the constant rate agree", "[retention_sums][property]") {
    for (double r : {0.0, 0.4, 0.9, 0.999})
        for (double d : {0.0, 0.02, 1.0}) {
            const std::vector<double> one = {r};
            for (auto which : {end_retained, start, end_first_certain}) {
                CHECK(horizon_multiple(listed(one), d, which, 17) ==
                      horizon_multiple(constant(r), d, which, 17));
                CHECK(*lifetime_multiple(listed(one), d, which) ==
                      Approx(*lifetime_multiple(constant(r), d, which)).epsilon(1e-12));
            }
        }
}

TEST_CASE("Rates and survival of a list whose last rate repeats", "[retention_sums]") {
    const std::vector<double> list = {0.6, 0.85};
    const auto rates = listed(list);
    CHECK(rates.at(1) == 0.6);
    CHECK(rates.at(2) == 0.85);
    CHECK(rates.at(50) == 0.85);
    CHECK(rates.repeating() == 0.85);
    CHECK(rates.listed() == 2);
    CHECK(rates.survival(0) == 1);
    CHECK(rates.survival(3) == Approx(0.6 * 0.85 * 0.85).epsilon(1e-15));
    CHECK(constant(0.7).survival(2) == Approx(0.49).epsilon(1e-15));
}
