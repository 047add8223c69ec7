// "sensitivity" and "break_even" through clv::api::evaluate: base requests of both kinds, the
// base's problems under base.inputs, a change of 0 % or 100 %, a target out of reach.
#include <catch2/catch.hpp>

#include "../api_test_support.hpp"
#include "workbench_api_support.hpp"

using nlohmann::json;
using namespace api_test;
using workbench_test::example_inputs;

TEST_CASE("sensitivity of the README client ranks the retention rate first", "[workbench][api]") {
    const json response = evaluate_inputs("sensitivity", example_inputs("sensitivity"));
    REQUIRE(response.at("ok") == true);
    const json& bars = response.at("result").at("bars");
    CHECK(bars[0].at("input") == "retention_rate");
    for (std::size_t i = 1; i < bars.size(); ++i) CHECK(bars[i - 1].at("swing") >= bars[i].at("swing"));
}

TEST_CASE("sensitivity of segments moves each column by one factor", "[workbench][api]") {
    json inputs = example_inputs("sensitivity");
    inputs["base"] = {{"calculation", "segments"}, {"inputs", example_inputs("segments")}};
    inputs["outcome"] = "total_profit";
    const json response = evaluate_inputs("sensitivity", inputs);
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("bars")[0].at("unit") == "factor");
}

TEST_CASE("sensitivity refuses a change of 0 % or 100 % and names the base's bad fields", "[workbench][api]") {
    json inputs = example_inputs("sensitivity");
    for (double change : {0.0, 1.0}) {
        inputs["change"] = change;
        const json problem = only_problem(evaluate_inputs("sensitivity", inputs), "inputs.change", "out_of_range");
        CHECK(problem.at("min_exclusive") == true);
        CHECK(problem.at("max_exclusive") == true);
    }
    inputs = example_inputs("sensitivity");
    inputs["base"]["inputs"]["gross_margin_rate"] = 2;
    only_problem(evaluate_inputs("sensitivity", inputs), "inputs.base.inputs.gross_margin_rate", "out_of_range");
    inputs["base"]["calculation"] = "retention_clv";
    CHECK(has_problem(evaluate_inputs("sensitivity", inputs), "inputs.base.calculation", "not_allowed")
              .at("allowed") == json({"unit_economics", "segments"}));
}

TEST_CASE("break_even finds the README retention rate and says when a target is out of reach", "[workbench][api]") {
    const json response = evaluate_inputs("break_even", example_inputs("break_even"));
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("value").get<double>() == Approx(165.0 / 258).epsilon(1e-12));
    json inputs = example_inputs("break_even");
    inputs["target"] = 1e6;  // profit is at most 108 / 0.1 - 150 = 930 with r = 1
    const json problem = only_problem(evaluate_inputs("break_even", inputs), "inputs.target", "target_out_of_reach");
    CHECK(problem.at("max").get<double>() == Approx(930).epsilon(1e-12));
    inputs["input"] = "new_customers";
    CHECK(only_problem(evaluate_inputs("break_even", inputs), "inputs.input", "not_allowed").at("allowed")[0] ==
          "acquisition_spend.advertising");
}
