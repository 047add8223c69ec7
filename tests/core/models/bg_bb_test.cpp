// The BG/BB model (src/core/models/bg_bb.hpp) on the 1995 donor cohort of Fader, Hardie &
// Shang (2010) (tests/data/donations_1995_cohort.csv: 22 histories of 11,104 supporters over
// 6 annual opportunities), against the paper's published fit.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

#include "core/models/bg_bb.hpp"

using namespace clv::models;
using Catch::Detail::Approx;

namespace {

CustomerGroups donations() {
    std::ifstream file(std::string(CLV_SOURCE_DIR) + "/tests/data/donations_1995_cohort.csv");
    REQUIRE(file.good());
    CustomerColumns c;
    std::string line;
    std::getline(file, line);  // frequency,recency,periods,weight
    while (std::getline(file, line)) {
        std::istringstream row(line);
        std::string x, t_x, n, w;
        std::getline(row, x, ',');
        std::getline(row, t_x, ',');
        std::getline(row, n, ',');
        std::getline(row, w, ',');
        c.frequency.push_back(std::stod(x));
        c.recency.push_back(std::stod(t_x));
        c.periods.push_back(std::stod(n));
        c.weight.push_back(std::stod(w));
    }
    auto groups = group_customers(c, Model::bg_bb);
    REQUIRE(groups.ok());
    return *groups.value;
}

const BgBbParams published{1.204, 0.750, 0.657, 2.783};

}  // namespace

TEST_CASE("BG/BB fitted to the 1995 donor cohort gives the published parameters", "[models][bg_bb]") {
    const CustomerGroups groups = donations();
    CHECK(groups.customers == 11104);
    const ModelFit fit = fit_bg_bb(groups);
    CHECK(fit.converged);
    // Published α 1.204, β 0.750, γ 0.657, δ 2.783 (3 decimals), LL −33,225.6 (1 decimal).
    CHECK(fit.param("alpha") == Approx(1.204).margin(0.0005));
    CHECK(fit.param("beta") == Approx(0.750).margin(0.0005));
    CHECK(fit.param("gamma") == Approx(0.657).margin(0.0005));
    CHECK(fit.param("delta") == Approx(2.783).margin(0.0005));
    CHECK(fit.log_likelihood == Approx(-33225.6).margin(0.05));
    for (const auto& p : fit.params) CHECK(p.standard_error.has_value());
}

TEST_CASE("BG/BB expected transactions equal the paper's closed form (13); P(alive) in [0, 1]", "[models][bg_bb]") {
    const BgBbParams& p = published;
    struct History { double x, t_x, n; };
    for (const History h : {History{0, 0, 6}, History{3, 4, 6}, History{6, 6, 6}, History{1, 1, 6}}) {
        const double log_l = bg_bb_log_likelihood(p, h.x, h.t_x, h.n);
        const int n_star = 5;
        // (13): 1/L · B(α+x+1, β+n−x)/B(α,β) · δ/(γ−1) · Γ(γ+δ)/Γ(1+δ) · [Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)]
        const double bracket = std::exp(std::lgamma(1 + p.delta + h.n) - std::lgamma(p.gamma + p.delta + h.n)) -
                               std::exp(std::lgamma(1 + p.delta + h.n + n_star) - std::lgamma(p.gamma + p.delta + h.n + n_star));
        const double closed = std::exp(-log_l + std::lgamma(p.alpha + h.x + 1) + std::lgamma(p.beta + h.n - h.x) -
                                       std::lgamma(p.alpha + p.beta + h.n + 1) - std::lgamma(p.alpha) - std::lgamma(p.beta) +
                                       std::lgamma(p.alpha + p.beta)) *
                              p.delta / (p.gamma - 1) * std::exp(std::lgamma(p.gamma + p.delta) - std::lgamma(1 + p.delta)) * bracket;
        INFO("x = " << h.x << ", t_x = " << h.t_x);
        CHECK(bg_bb_conditional_expected_purchases(p, h.x, h.t_x, h.n, n_star) == Approx(closed).epsilon(1e-10));
        const double alive = bg_bb_probability_alive(p, h.x, h.t_x, h.n);
        CHECK(alive >= 0);
        CHECK(alive <= 1);
    }
    // Properties: more transactions at the same recency, and a later last one, mean more alive.
    CHECK(bg_bb_probability_alive(p, 3, 6, 6) > bg_bb_probability_alive(p, 3, 4, 6));
    CHECK(bg_bb_conditional_expected_purchases(p, 4, 5, 6, 5) > bg_bb_conditional_expected_purchases(p, 2, 5, 6, 5));
    CHECK(bg_bb_conditional_expected_purchases(p, 4, 5, 6, 10) > bg_bb_conditional_expected_purchases(p, 4, 5, 6, 5));
}

TEST_CASE("BG/BB refuses histories that cannot be", "[models][bg_bb]") {
    CustomerColumns c;
    c.frequency = {3, 1, 2};
    c.recency = {2, 7, 2};
    c.periods = {6, 6, 6};
    const auto outcome = group_customers(c, Model::bg_bb);
    REQUIRE(outcome.problems.size() == 2);
    CHECK(outcome.problems[0].field == "customers.frequency[0]");
    CHECK(outcome.problems[0].code == "frequency_above_recency");
    CHECK(outcome.problems[1].field == "customers.recency[1]");
    CHECK(outcome.problems[1].code == "recency_after_periods");
}
