// Predictions per customer (src/core/models/customer_value.hpp): the discounting worked by hand
// from the model's expectations, the rate conversion, and the spend.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/models/customer_value.hpp"

using namespace clv::models;
using Catch::Detail::Approx;

namespace {
PredictionInput two_customers() {
    PredictionInput in;
    in.bg_nbd = {0.2426, 4.4136, 0.7929, 2.4259};
    in.customers.frequency = {2, 0};
    in.customers.recency = {30.43, 0};
    in.customers.T = {38.86, 38.86};
    in.customers.monetary_value = {22.35, 0};
    in.horizon = 2;
    return in;
}
}  // namespace

TEST_CASE("CLV discounts each period's expected purchases from its end", "[models][clv]") {
    PredictionInput in = two_customers();
    in.spend = 50;
    in.margin = 0.4;
    in.discount_rate = 0.1;  // per week: the time unit
    const auto out = predict_customers(in);
    REQUIRE(out.ok());
    const auto& r = *out.value;
    // By hand: CLV = 0.4 · 50 · (E(1) / 1.1 + (E(2) − E(1)) / 1.1²).
    const double e1 = bg_nbd_conditional_expected_purchases(in.bg_nbd, 2, 30.43, 38.86, 1);
    const double e2 = bg_nbd_conditional_expected_purchases(in.bg_nbd, 2, 30.43, 38.86, 2);
    CHECK((*r.clv)[0] == Approx(0.4 * 50 * (e1 / 1.1 + (e2 - e1) / 1.21)).epsilon(1e-12));
    CHECK(r.expected_purchases[0] == Approx(e2).epsilon(1e-14));
    CHECK(r.total_clv.value() == Approx((*r.clv)[0] + (*r.clv)[1]).epsilon(1e-14));
    CHECK(r.warnings.empty());
}

TEST_CASE("A yearly discount rate becomes a weekly one by days, stated as a step and a warning", "[models][clv]") {
    PredictionInput in = two_customers();
    in.spend = 50;
    in.discount_rate = 0.1;
    in.discount_rate_period = "year";
    const auto out = predict_customers(in);
    REQUIRE(out.ok());
    CHECK(out.value->discount_rate_per_period == Approx(std::pow(1.1, 7 / 365.25) - 1).epsilon(1e-12));
    REQUIRE(out.value->warnings.size() == 2);
    CHECK(out.value->warnings[0].code == "rate_converted");
    CHECK(out.value->warnings[1].code == "revenue_only");  // no margin given
    CHECK(out.value->explanation.steps().at(0).id == "discount_rate_per_period");
}

TEST_CASE("With the Gamma-Gamma each customer's spend is their expected average spend", "[models][clv]") {
    PredictionInput in = two_customers();
    in.gamma_gamma = GammaGammaParams{6.2488, 3.7446, 15.4477};
    in.margin = 1;
    const auto out = predict_customers(in);
    REQUIRE(out.ok());
    // Note 025 / lifetimes: 24.65 (x = 2, z̄ = 22.35) and the population mean 35.17 for x = 0.
    CHECK((*out.value->expected_spend)[0] == Approx(24.658).margin(0.001));
    CHECK((*out.value->expected_spend)[1] == Approx(35.1707).margin(0.0001));
    CHECK((*out.value->clv)[1] == Approx(35.1707 * out.value->expected_purchases[1]).epsilon(1e-5));
}

TEST_CASE("Pareto/NBD predictions run through the same path", "[models][clv]") {
    PredictionInput in = two_customers();
    in.model = Model::pareto_nbd;
    in.pareto_nbd = {0.5533, 10.5776, 0.6061, 11.6679};
    in.horizon = 39;
    const auto out = predict_customers(in);
    REQUIRE(out.ok());
    CHECK(out.value->expected_purchases[0] ==
          Approx(pareto_nbd_conditional_expected_purchases(in.pareto_nbd, 2, 30.43, 38.86, 39)).epsilon(1e-14));
    CHECK(out.value->p_alive[1] < 1);  // a Pareto/NBD customer can leave without buying again
    CHECK_FALSE(out.value->clv.has_value());
}
