// "satisfaction_index" through clv::api::evaluate: the README survey, default weights, and bad
// input (weights all zero, a count that is not a number, a scale of the wrong length).
#include <catch2/catch.hpp>

#include "../api_test_support.hpp"
#include "workbench_api_support.hpp"

using nlohmann::json;
using namespace api_test;
using workbench_test::example_inputs;

TEST_CASE("satisfaction_index answers the README survey with the level mapping", "[workbench][api]") {
    const json response = evaluate_inputs("satisfaction_index", example_inputs("satisfaction_index"));
    REQUIRE(response.at("ok") == true);
    const json& result = response.at("result");
    CHECK(result.at("index").get<double>() == Approx((0.5 * 443 + 0.3 * 350 + 0.4 * 445) / 6 / 1.2).epsilon(1e-12));
    CHECK(result.at("levels")[0] == "very_dissatisfied");
    CHECK(result.at("level_scores")[3] == 50);
}

TEST_CASE("satisfaction_index weighs indicators equally without weights, and names bad cells", "[workbench][api]") {
    json inputs = example_inputs("satisfaction_index");
    for (auto& indicator : inputs["indicators"]) indicator.erase("weight");
    const json response = evaluate_inputs("satisfaction_index", inputs);
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("index").get<double>() == Approx((443.0 + 350 + 445) / 6 / 3).epsilon(1e-12));
    CHECK(has_warning(response, "weights_normalised"));  // 3 weights of 1
    for (auto& indicator : inputs["indicators"]) indicator["weight"] = 0;
    only_problem(evaluate_inputs("satisfaction_index", inputs), "inputs.indicators", "weights_all_zero");
    inputs = example_inputs("satisfaction_index");
    inputs["indicators"][0]["counts"][2] = "five";
    inputs["indicators"][1]["counts"] = json::array({1, 2, 3, 4, 5, 6, 7, 8});
    CHECK(problem_pairs(evaluate_inputs("satisfaction_index", inputs)) ==
          ProblemPairs{{"inputs.indicators[0].counts[2]", "wrong_type"}, {"inputs.indicators[1].counts", "wrong_length"}});
}
