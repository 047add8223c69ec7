// fit_model and predict through the JSON API: data the models cannot identify gets a problem
// naming the field, the columns are checked row by row, and the answers are the core's.
#include <catch2/catch.hpp>

#include <cmath>

#include "../api_test_support.hpp"

using nlohmann::json;
using namespace api_test;

namespace {

json bg_nbd_inputs(json frequency, json recency, json T) {
    return {{"model", "bg_nbd"}, {"customers", {{"frequency", frequency}, {"recency", recency}, {"T", T}}}};
}

const json published_bg_nbd = {{"r", 0.2426}, {"alpha", 4.4136}, {"a", 0.7929}, {"b", 2.4259}};

}  // namespace

TEST_CASE("fit_model refuses data that cannot identify the model, naming the field", "[api][models]") {
    only_problem(evaluate_inputs("fit_model", bg_nbd_inputs({0, 0, 0}, {0, 0, 0}, {5, 6, 7})), "inputs.customers.frequency",
                 "no_repeat_customers");
    only_problem(evaluate_inputs("fit_model", bg_nbd_inputs({3}, {2}, {5})), "inputs.customers", "one_customer");
    only_problem(evaluate_inputs("fit_model", bg_nbd_inputs({1, 2}, {0, 0}, {0, 0})), "inputs.customers.T", "no_observation_time");
    const json later = only_problem(evaluate_inputs("fit_model", bg_nbd_inputs({1, 2}, {9, 3}, {5, 6})),
                                    "inputs.customers.recency[0]", "recency_after_T");
    CHECK(later.at("max") == 5);
    only_problem(evaluate_inputs("fit_model", bg_nbd_inputs({1, -2}, {1, 0}, {5, 6})), "inputs.customers.frequency[1]", "negative");
    only_problem(evaluate_inputs("fit_model", bg_nbd_inputs({1, 2.5}, {1, 2}, {5, 6})), "inputs.customers.frequency[1]",
                 "not_whole_number");
    only_problem(evaluate_inputs("fit_model", bg_nbd_inputs({0, 2}, {1, 2}, {5, 6})), "inputs.customers.recency[0]",
                 "recency_without_repeat");
    const json short_T = only_problem(evaluate_inputs("fit_model", bg_nbd_inputs({1, 2}, {1, 2}, {5})), "inputs.customers.T",
                                      "wrong_length");
    CHECK(short_T.at("min") == 2);
    only_problem(evaluate_inputs("fit_model", {{"model", "bg_nbd"}, {"customers", {{"frequency", {1, 2}}, {"recency", {1, 2}}}}}),
                 "inputs.customers.T", "missing_field");
    only_problem(evaluate_inputs("fit_model", bg_nbd_inputs({1, "2"}, {1, 2}, {5, 6})), "inputs.customers.frequency[1]", "wrong_type");
}

TEST_CASE("fit_model: the Gamma-Gamma needs positive, varying spend of repeat buyers; the sBG a falling survivor curve", "[api][models]") {
    json inputs = {{"model", "gamma_gamma"}, {"customers", {{"frequency", {1, 2, 0}}, {"monetary_value", {10, 0, 0}}}}};
    only_problem(evaluate_inputs("fit_model", inputs), "inputs.customers.monetary_value[1]", "nonpositive_monetary_value");
    inputs["customers"]["monetary_value"] = {10, 10, 0};  // two repeat buyers, one mean spend
    only_problem(evaluate_inputs("fit_model", inputs), "inputs.customers.monetary_value", "no_spend_variation");
    inputs["customers"]["monetary_value"] = {10, 10.5, 0};
    CHECK(evaluate_inputs("fit_model", inputs).at("problems").empty());
    inputs["customers"].erase("monetary_value");
    only_problem(evaluate_inputs("fit_model", inputs), "inputs.customers.monetary_value", "missing_field");
    only_problem(evaluate_inputs("fit_model", {{"model", "sbg"}, {"survivors", {1000, 600, 700}}}), "inputs.survivors[2]",
                 "survivors_rising");
    only_problem(evaluate_inputs("fit_model", {{"model", "sbg"}}), "inputs.survivors", "missing_field");
    only_problem(evaluate_inputs("fit_model", {{"model", "sbg"}, {"survivors", {100, 50}}, {"customers", {{"frequency", {1}}}}}),
                 "inputs.customers", "not_used_by_model");
    json with_survivors = bg_nbd_inputs({1, 2}, {1, 2}, {5, 6});
    with_survivors["survivors"] = {10, 5};
    only_problem(evaluate_inputs("fit_model", with_survivors), "inputs.survivors", "not_used_by_model");
}

TEST_CASE("fit_model merges identical customers and counts weights", "[api][models]") {
    // The same four customers given twice, or once with weight 2: the same fit.
    const json twice = evaluate_inputs("fit_model", bg_nbd_inputs({0, 1, 2, 5, 0, 1, 2, 5}, {0, 3, 8, 9, 0, 3, 8, 9},
                                                                   {10, 9, 10, 10, 10, 9, 10, 10}));
    json weighted_inputs = bg_nbd_inputs({0, 1, 2, 5}, {0, 3, 8, 9}, {10, 9, 10, 10});
    weighted_inputs["customers"]["weight"] = {2, 2, 2, 2};
    const json weighted = evaluate_inputs("fit_model", weighted_inputs);
    REQUIRE(twice.at("ok") == true);
    REQUIRE(weighted.at("ok") == true);
    CHECK(twice.at("result").at("distinct_rows") == 4);
    CHECK(twice.at("result").at("rows") == 8);
    CHECK(weighted.at("result").at("customers") == 8);
    CHECK(weighted.at("result").at("log_likelihood").get<double>() ==
          Approx(twice.at("result").at("log_likelihood").get<double>()).epsilon(1e-12));
}

TEST_CASE("predict: columns per customer, totals, the discount rate converted and said so", "[api][models]") {
    json inputs = {{"model", "bg_nbd"}, {"params", published_bg_nbd},
                   {"customers", {{"frequency", {2, 0, 2}}, {"recency", {30.43, 0, 30.43}}, {"T", {38.86, 38.86, 38.86}},
                                  {"monetary_value", {22.35, 0, 22.35}}}},
                   {"horizon", 39}, {"spend", 20}, {"margin", 0.5}};
    const json plain = evaluate_inputs("predict", inputs);
    REQUIRE(plain.at("ok") == true);
    const json& columns = plain.at("result").at("customers");
    // FHL (2005): 1.226 purchases expected of x = 2, t_x = 30.43, T = 38.86 in 39 weeks (3 decimals).
    CHECK(columns.at("expected_purchases")[0].get<double>() == Approx(1.226).margin(0.0005));
    CHECK(columns.at("expected_purchases")[2] == columns.at("expected_purchases")[0]);  // identical customers
    CHECK(columns.at("p_alive")[1] == 1);
    // Undiscounted, CLV = margin × spend × expected purchases.
    CHECK(columns.at("clv")[0].get<double>() == Approx(0.5 * 20 * columns.at("expected_purchases")[0].get<double>()).epsilon(1e-12));
    CHECK(plain.at("result").at("totals").at("customers") == 3);
    CHECK(warning_codes(plain).empty());

    inputs["discount_rate"] = 0.12;
    inputs["discount_rate_period"] = "year";
    const json discounted = evaluate_inputs("predict", inputs);
    CHECK(warning_codes(discounted) == std::vector<std::string>{"rate_converted"});
    CHECK(step_formulas(discounted) == std::vector<std::string>{"discount.convert_by_days"});
    // 12 % a year is (1.12)^(7/365.25) − 1 a week.
    CHECK(discounted.at("result").at("discount_rate_per_period").get<double>() == Approx(std::pow(1.12, 7 / 365.25) - 1).epsilon(1e-12));
    const double clv = discounted.at("result").at("customers").at("clv")[0], undiscounted = columns.at("clv")[0];
    CHECK(clv < undiscounted);
    CHECK(clv > undiscounted * std::pow(1.12, -39 * 7 / 365.25));  // no purchase is discounted more than the last week's

    inputs.erase("spend");
    inputs.erase("margin");
    const json no_spend = evaluate_inputs("predict", inputs);
    CHECK(no_spend.at("result").at("customers").at("clv").is_null());
    CHECK(has_warning(no_spend, "no_spend"));
    inputs["gamma_gamma"] = {{"p", 6.2488}, {"q", 0.9}, {"v", 15.4477}};
    only_problem(evaluate_inputs("predict", inputs), "inputs.gamma_gamma.q", "out_of_range");
    inputs["params"]["a"] = 0;
    has_problem(evaluate_inputs("predict", inputs), "inputs.params.a", "must_be_positive");
}
