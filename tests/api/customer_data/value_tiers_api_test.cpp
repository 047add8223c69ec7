// predict's distribution of value and the sBG's observed retention through the JSON API: the
// histogram and tiers are the core's (value_tiers_test.cpp), named by value basis, and bad
// tier shares are problems on their fields.
#include <catch2/catch.hpp>

#include <numeric>

#include "../api_test_support.hpp"

using nlohmann::json;
using namespace api_test;

namespace {

json five_customers() {
    return {{"model", "bg_nbd"}, {"params", {{"r", 0.2426}, {"alpha", 4.4136}, {"a", 0.7929}, {"b", 2.4259}}},
            {"customers", {{"frequency", {0, 1, 2, 5, 10}}, {"recency", {0, 10, 30, 35, 38}}, {"T", {39, 39, 39, 39, 39}},
                           {"monetary_value", {0, 20, 22, 30, 50}}}},
            {"horizon", 52}, {"gamma_gamma", {{"p", 6.2488}, {"q", 3.7446}, {"v", 15.4477}}}, {"margin", 0.3}};
}

}  // namespace

TEST_CASE("predict: the value's histogram counts every customer and the tiers split them by CLV", "[api][models][tiers]") {
    const json answer = evaluate_inputs("predict", five_customers());
    REQUIRE(answer.at("ok") == true);
    const json& d = answer.at("result").at("distribution");
    CHECK(d.at("value_basis") == "clv");
    const auto counts = d.at("counts").get<std::vector<double>>();
    CHECK(std::accumulate(counts.begin(), counts.end(), 0.0) == 5);
    CHECK(d.at("bin_edges").size() == counts.size() + 1);
    // 5 customers: A = the top one (20 %), B = the next (its first customer at 20 % < 50 %) and one more, C the rest.
    const json& tiers = d.at("tiers");
    REQUIRE(tiers.size() == 3);
    CHECK(tiers[0].at("tier") == "A");
    CHECK(tiers[0].at("customers") == 1);
    CHECK(tiers[1].at("customers") == 2);
    CHECK(tiers[2].at("customers") == 2);
    // The top customer is the one with 10 purchases, in A, and A's threshold is its CLV.
    CHECK(d.at("top")[0] == 4);
    CHECK(d.at("tier_of")[4] == "A");
    const double top_clv = answer.at("result").at("customers").at("clv")[4];
    CHECK(tiers[0].at("threshold").get<double>() == Approx(top_clv).epsilon(1e-12));
    CHECK(tiers[0].at("total_value").get<double>() == Approx(top_clv).epsilon(1e-12));
    // A year is 52 weeks and a day (365.25 / 7 = 52.18 weeks): purchases per year scale by that.
    const double purchases = answer.at("result").at("customers").at("expected_purchases")[4];
    CHECK(tiers[0].at("expected_purchases_per_year").get<double>() == Approx(purchases * 365.25 / (52 * 7)).epsilon(1e-12));
    double shares = 0;
    for (const auto& t : tiers) shares += t.at("share_of_value").get<double>();
    CHECK(shares == Approx(1).epsilon(1e-12));
}

TEST_CASE("predict without spend tiers by expected purchases; bad tier shares are named", "[api][models][tiers]") {
    json inputs = five_customers();
    inputs.erase("gamma_gamma");
    inputs.erase("margin");
    const json plain = evaluate_inputs("predict", inputs);
    REQUIRE(plain.at("ok") == true);
    CHECK(plain.at("result").at("distribution").at("value_basis") == "expected_purchases");
    CHECK(plain.at("result").at("distribution").at("tiers")[0].at("mean_expected_spend").is_null());
    inputs["tier_a_customer_share"] = 0;  // no tier A: everyone down to half is B
    const json no_a = evaluate_inputs("predict", inputs);
    REQUIRE(no_a.at("ok") == true);
    CHECK(no_a.at("result").at("distribution").at("tiers")[0].at("customers") == 0);
    CHECK(no_a.at("result").at("distribution").at("tiers")[1].at("customers") == 3);
    inputs["tier_a_customer_share"] = 1.5;
    only_problem(evaluate_inputs("predict", inputs), "inputs.tier_a_customer_share", "out_of_range");
    inputs["tier_a_customer_share"] = 0.2;
    inputs["tier_b_customer_share"] = -0.1;
    only_problem(evaluate_inputs("predict", inputs), "inputs.tier_b_customer_share", "negative");
}

TEST_CASE("fit_model sbg gives the curve's own retention beside the fitted one", "[api][models][sbg]") {
    const json answer = evaluate_inputs("fit_model", {{"model", "sbg"}, {"survivors", {1000, 631, 468, 382}}});
    REQUIRE(answer.at("ok") == true);
    const json& observed = answer.at("result").at("projection").at("observed_retention_rate");
    REQUIRE(observed.size() == 4);
    CHECK(observed[1].get<double>() == Approx(0.631).epsilon(1e-12));
    CHECK(observed[3].get<double>() == Approx(382.0 / 468).epsilon(1e-12));
}
