// "unit_economics" through clv::api::evaluate: the README client's numbers, the lead convention,
// nested spend objects read item by item, and exact problem fields (README "The workbench").
#include <catch2/catch.hpp>

#include <cmath>

#include "../api_test_support.hpp"
#include "workbench_api_support.hpp"

using nlohmann::json;
using namespace api_test;
using workbench_test::example_inputs;

TEST_CASE("unit_economics answers the README client with every convention", "[workbench][api]") {
    // By hand (tests/core/workbench/unit_economics_test.cpp): CAC 150, c 20, m 128, M = 0.75/0.35.
    const json response = evaluate_inputs("unit_economics", example_inputs("unit_economics"));
    REQUIRE(response.at("ok") == true);
    const json& result = response.at("result");
    CHECK(result.at("clv").get<double>() == Approx(128 * 0.75 / 0.35).epsilon(1e-12));
    CHECK(result.at("profit").get<double>() == Approx(108 * 0.75 / 0.35 - 150).epsilon(1e-12));
    CHECK(result.at("payback_period") == 3);
    CHECK(result.at("horizon") == "infinite");
    CHECK(result.at("horizon_periods").is_null());
    CHECK(result.at("acquisition_shares").at("advertising").get<double>() == Approx(60000.0 / 90000));
    REQUIRE(result.at("conventions").size() == 3);
    for (const auto& convention : result.at("conventions")) CHECK_FALSE(convention.at("steps").empty());
    CHECK(step_formulas(response).front() == "acquisition.spend");
    CHECK(response.at("warnings").empty());
}

TEST_CASE("unit_economics leads with the chosen convention", "[workbench][api]") {
    json inputs = example_inputs("unit_economics");
    inputs["convention"] = "start";
    const json result = evaluate_inputs("unit_economics", inputs).at("result");
    CHECK(result.at("convention") == "start");
    CHECK(result.at("clv") == result.at("conventions")[1].at("clv"));
    CHECK(result.at("total_profit").get<double>() == Approx(2000 * (108 * 1.1 / 0.35 - 150)).epsilon(1e-12));
}

TEST_CASE("unit_economics converts a yearly discount rate for monthly periods and says so", "[workbench][api]") {
    json inputs = example_inputs("unit_economics");
    inputs["period"] = "month";
    inputs["retention_rate"] = 0.95;
    inputs["discount_rate_period"] = "year";
    const json response = evaluate_inputs("unit_economics", inputs);
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("discount_rate_per_period").get<double>() ==
          Approx(std::pow(1.1, 1.0 / 12) - 1).epsilon(1e-12));
    CHECK(has_warning(response, "rate_converted"));
}

TEST_CASE("unit_economics names bad spend items and unknown ones by their path", "[workbench][api]") {
    json inputs = example_inputs("unit_economics");
    inputs["acquisition_spend"]["advertising"] = "a lot";
    inputs["retention_spend"]["coupons"] = 5;
    inputs.erase("new_customers");
    CHECK(problem_pairs(evaluate_inputs("unit_economics", inputs)) ==
          ProblemPairs{{"inputs.acquisition_spend.advertising", "wrong_type"},
                       {"inputs.new_customers", "missing_field"},
                       {"inputs.retention_spend.coupons", "unknown_field"}});
}

TEST_CASE("unit_economics refuses a spend whose items together exceed the money limit", "[workbench][api]") {
    json inputs = example_inputs("unit_economics");
    inputs["acquisition_spend"]["advertising"] = 1e15;
    const json problem = only_problem(evaluate_inputs("unit_economics", inputs), "inputs.acquisition_spend", "out_of_range");
    CHECK(problem.at("max") == 1e15);
}
