// "scenarios" through clv::api::evaluate: the README's two variants, each scenario equal to a
// unit_economics request of the merged inputs, and bad input (count, names, unknown override,
// a bad value at the variant's own field, a rate list in place of a rate).
#include <catch2/catch.hpp>

#include "../api_test_support.hpp"
#include "workbench_api_support.hpp"

using nlohmann::json;
using namespace api_test;
using workbench_test::example_inputs;

TEST_CASE("scenarios of the README client: each equals its own unit_economics request", "[workbench][api]") {
    json inputs = example_inputs("scenarios");
    inputs["variants"].push_back({{"name", "Monthly, for three years"}, {"period", "month"}, {"discount_rate_period", "year"},
                                  {"retention_rate", nullptr}, {"retention_rates", {0.9, 0.95, 0.97}},
                                  {"horizon_periods", 36}, {"convention", "start"}});
    const json response = evaluate_inputs("scenarios", inputs);
    REQUIRE(response.at("ok") == true);
    const json& result = response.at("result");
    const json base = evaluate_inputs("unit_economics", inputs.at("base")).at("result");
    for (std::size_t i = 0; i < inputs.at("variants").size(); ++i) {
        json merged = inputs.at("base");
        json overrides = inputs.at("variants")[i];
        overrides.erase("name");
        merged.merge_patch(overrides);
        const json alone = evaluate_inputs("unit_economics", merged);
        REQUIRE(alone.at("ok") == true);
        const json& scenario = result.at("scenarios")[i];
        CHECK(scenario.at("name") == inputs.at("variants")[i].at("name"));
        for (const auto& outcome : result.at("outcomes")) {
            const std::string name = outcome;
            INFO(scenario.at("name") << " " << name);
            const json& value = alone.at("result").at(name);
            if (value.is_null()) { CHECK(scenario.at(name).is_null()); continue; }
            CHECK(scenario.at(name).get<double>() == Approx(value.get<double>()).epsilon(1e-12));
            if (!base.at(name).is_null())
                CHECK(scenario.at("changes").at(name).get<double>() ==
                      Approx(value.get<double>() - base.at(name).get<double>()).epsilon(1e-12).margin(1e-9));
        }
    }
    CHECK(result.at("scenarios")[2].at("convention") == "start");
}

TEST_CASE("scenarios' bad input is named at the variant's field", "[workbench][api]") {
    json inputs = example_inputs("scenarios");
    inputs["variants"][1]["retention_rate"] = 1.5;
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.variants[1].retention_rate", "out_of_range");
    inputs["variants"][1]["retention_rate"] = "high";
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.variants[1].retention_rate", "wrong_type");
    inputs = example_inputs("scenarios");
    inputs["variants"][0]["retention_rte"] = 0.8;
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.variants[0].retention_rte", "unknown_field");
    inputs = example_inputs("scenarios");
    inputs["variants"][1]["name"] = inputs["variants"][0]["name"];
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.variants[1].name", "duplicate_name");
    inputs["variants"][1]["name"] = "";
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.variants[1].name", "missing_field");
    inputs["variants"][1].erase("name");
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.variants[1].name", "missing_field");
    inputs = example_inputs("scenarios");
    for (int i = 0; i < 3; ++i) inputs["variants"].push_back({{"name", "v" + std::to_string(i)}});
    CHECK(only_problem(evaluate_inputs("scenarios", inputs), "inputs.variants", "wrong_length").at("max") == 4);
}

TEST_CASE("scenarios: the base's problems once; a rate list replaces the base's rate", "[workbench][api]") {
    json inputs = example_inputs("scenarios");
    inputs["base"]["gross_margin_rate"] = 2;
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.base.gross_margin_rate", "out_of_range");
    inputs["base"]["gross_margin_rate"] = "x";
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.base.gross_margin_rate", "wrong_type");
    inputs = example_inputs("scenarios");
    inputs["variants"][0] = {{"name", "A list of one rate"}, {"retention_rates", {0.8}}};
    inputs["variants"][1]["acquisition_spend"] = {{"advertising", 42000}, {"billboards", 1}};
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.variants[1].acquisition_spend.billboards", "unknown_field");
    inputs["variants"][1]["acquisition_spend"].erase("billboards");
    const json response = evaluate_inputs("scenarios", inputs);
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("scenarios")[0].at("profit").get<double>() == Approx(138).epsilon(1e-12));
    inputs["variants"][0]["retention_rate"] = 0.8;  // both kinds at once
    has_problem(evaluate_inputs("scenarios", inputs), "inputs.variants[0].retention_rates", "conflicting_fields");
}

TEST_CASE("scenarios of a segments base: shared fields and named groups' columns given anew", "[workbench][api]") {
    json inputs = {{"base_calculation", "segments"},
                   {"base", example_inputs("segments")},
                   {"variants", {{{"name", "Loyal stay longer"}, {"segments", {{{"name", "Loyal"}, {"retention_rate", 0.9}}}}},
                                 {{"name", "Dearer money"}, {"discount_rate", 0.15}, {"horizon_periods", 10}}}}};
    const json response = evaluate_inputs("scenarios", inputs);
    REQUIRE(response.at("ok") == true);
    const json& result = response.at("result");
    json loyal = example_inputs("segments");
    loyal["segments"][0]["retention_rate"] = 0.9;
    const json alone = evaluate_inputs("segments", loyal).at("result");
    CHECK(result.at("scenarios")[0].at("total_profit").get<double>() ==
          Approx(alone.at("total_profit").get<double>()).epsilon(1e-12));
    CHECK(result.at("scenarios")[0].at("clv").get<double>() == Approx(alone.at("average_clv").get<double>()).epsilon(1e-12));
    CHECK(result.at("base").at("payback_period").is_null());
    inputs["variants"][0]["segments"][0]["name"] = "Nobody";
    CHECK(only_problem(evaluate_inputs("scenarios", inputs), "inputs.variants[0].segments[0].name", "not_allowed")
              .at("allowed")[0] == "Loyal");
    inputs["variants"][0]["segments"][0] = {{"name", "Loyal"}, {"retention_rate", 1.5}};
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.variants[0].segments[0].retention_rate", "out_of_range");
    inputs["base_calculation"] = "loyalty_programme";
    only_problem(evaluate_inputs("scenarios", inputs), "inputs.base_calculation", "not_allowed");
}
