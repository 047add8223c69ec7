// "segments" through clv::api::evaluate: the README table, and bad tables (empty, 10,000 rows,
// duplicate names, a row that is not an object, an unknown column) with exact problem fields.
#include <catch2/catch.hpp>

#include "../api_test_support.hpp"
#include "workbench_api_support.hpp"

using nlohmann::json;
using namespace api_test;
using workbench_test::example_inputs;

TEST_CASE("segments answers the README table with steps per group", "[workbench][api]") {
    const json response = evaluate_inputs("segments", example_inputs("segments"));
    REQUIRE(response.at("ok") == true);
    const json& result = response.at("result");
    // By hand (tests/core/workbench/segments_test.cpp): Loyal 554.8 per customer, rank 1.
    CHECK(result.at("segments")[0].at("profit_per_customer").get<double>() == Approx(554.8).epsilon(1e-12));
    CHECK(result.at("segments")[0].at("lifecycle_stage") == "mature");
    CHECK_FALSE(result.at("segments")[0].at("steps").empty());
    CHECK(result.at("tiers").size() == 3);
    CHECK(result.at("pareto").back().at("profit_share") == 1);
    CHECK(warning_codes(response) == std::vector<std::string>{"loss_making_segments"});
}

TEST_CASE("segments refuses an empty table, 1001 rows and a request of 10,000", "[workbench][api]") {
    json inputs = example_inputs("segments");
    inputs["segments"] = json::array();
    CHECK(only_problem(evaluate_inputs("segments", inputs), "inputs.segments", "wrong_length").at("max") == 1000);
    const json row = example_inputs("segments").at("segments")[0];
    inputs["segments"] = json::array();
    for (int i = 0; i < 1001; ++i) inputs["segments"].push_back(row);
    CHECK(only_problem(evaluate_inputs("segments", inputs), "inputs.segments", "wrong_length").at("min") == 1);
    // 10,000 rows (~1.9 MB) do not fit a request at all: refused before reading (1 MiB).
    for (int i = 1001; i < 10000; ++i) inputs["segments"].push_back(row);
    const json big = evaluate_request_text(json{{"calculation", "segments"}, {"inputs", inputs}}.dump());
    CHECK(problem_pairs(big) == ProblemPairs{{"", "request_too_large"}});
}

TEST_CASE("segments names the row and column of each bad cell", "[workbench][api]") {
    json inputs = example_inputs("segments");
    inputs["segments"][1]["name"] = "Loyal";
    inputs["segments"][2]["retention_rate"] = "high";
    inputs["segments"][3]["colour"] = "red";
    inputs["segments"][0]["lifecycle_stage"] = "old";
    CHECK(problem_pairs(evaluate_inputs("segments", inputs)) ==
          ProblemPairs{{"inputs.segments[0].lifecycle_stage", "not_allowed"},
                       {"inputs.segments[2].retention_rate", "wrong_type"},
                       {"inputs.segments[3].colour", "unknown_field"}});
    inputs = example_inputs("segments");
    inputs["segments"][1]["name"] = "Loyal";
    CHECK(problem_pairs(evaluate_inputs("segments", inputs)) ==
          ProblemPairs{{"inputs.segments[1].name", "duplicate_name"}});
    inputs["segments"][1] = 5;
    CHECK(problem_pairs(evaluate_inputs("segments", inputs)) ==
          ProblemPairs{{"inputs.segments[1]", "wrong_type"}});
}
