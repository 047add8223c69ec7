// The sBG model (src/core/models/sbg.hpp) against Fader & Hardie (2007), "How to project
// customer retention" ("regular" plan, values in /work/shared/data/README.md).
#include <catch2/catch.hpp>

#include "core/models/sbg.hpp"

using namespace clv::models;
using Catch::Detail::Approx;

namespace {
const std::vector<double> regular = {1000, 631, 468, 382, 326, 289, 262, 241};
}

TEST_CASE("sBG fitted to the regular plan's survivors gives the published fit and projection", "[models][sbg]") {
    const auto outcome = fit_sbg(regular);
    REQUIRE(outcome.ok());
    const ModelFit& fit = *outcome.value;
    CHECK(fit.converged);
    // Published α = 0.704, β = 1.182 (3 decimals), LL −1680.27 (2 decimals).
    CHECK(fit.param("alpha") == Approx(0.704).margin(0.0005));
    CHECK(fit.param("beta") == Approx(1.182).margin(0.0005));
    CHECK(fit.log_likelihood == Approx(-1680.27).margin(0.005));
    // Projected survivors for years 8–12: 220.1, 204.4, 191.2, 179.9, 170.0 (to 0.1).
    const auto projection = sbg_project(sbg_params(fit), 1000, 12);
    const double published[5] = {220.1, 204.4, 191.2, 179.9, 170.0};
    for (int t = 8; t <= 12; ++t) CHECK(projection.survivors[t] == Approx(published[t - 8]).margin(0.05));
    // Retention rises with tenure (the survivors are the more loyal ones): r_t = (β+t−1)/(α+β+t−1).
    for (int t = 2; t <= 12; ++t) CHECK(projection.retention_rate[t] > projection.retention_rate[t - 1]);
}

TEST_CASE("sBG refuses survivor curves that cannot identify it", "[models][sbg]") {
    auto codes = [](const std::vector<double>& n) {
        std::vector<std::pair<std::string, std::string>> out;
        for (const auto& p : fit_sbg(n).problems) out.emplace_back(p.field, p.code);
        return out;
    };
    using Pairs = std::vector<std::pair<std::string, std::string>>;
    CHECK(codes({1000, 631, 700, 500}) == Pairs{{"survivors[2]", "survivors_rising"}});
    CHECK(codes({1000}) == Pairs{{"survivors", "wrong_length"}});
    CHECK(codes({1000, 1000, 1000}) == Pairs{{"survivors", "no_churn"}});
    CHECK(codes({1000, 0, 0}) == Pairs{{"survivors", "all_lost_at_once"}});
    CHECK(codes({0, 0}) == Pairs{{"survivors[0]", "must_be_positive"}});
    CHECK(codes({100, -1}) == Pairs{{"survivors[1]", "negative"}});
}

TEST_CASE("sBG's observed retention is each period's survivors over the last's", "[models][sbg]") {
    // Fader & Hardie (2007), table 1's "regular" plan: r_1 = 631/1000, r_2 = 468/631 (exact ratios).
    const auto observed = sbg_observed_retention(regular);
    REQUIRE(observed.size() == regular.size());
    CHECK(*observed[0] == 1);
    CHECK(*observed[1] == Approx(0.631).epsilon(1e-12));
    CHECK(*observed[2] == Approx(468.0 / 631).epsilon(1e-12));
    // Property: every rate of a falling curve is in [0, 1].
    for (const auto& r : observed) CHECK((*r >= 0 && *r <= 1));
    // After a period that ended with no one left there is no rate.
    const auto emptied = sbg_observed_retention({100, 0, 0});
    CHECK(*emptied[1] == 0);
    CHECK_FALSE(emptied[2].has_value());
}
