// "value_composition" and "win_back" through clv::api::evaluate: the README examples' shape,
// the alternatives and dependent rules named at their fields, a break-even out of reach.
#include <catch2/catch.hpp>

#include "../api_test_support.hpp"
#include "workbench_api_support.hpp"

using nlohmann::json;
using namespace api_test;
using workbench_test::example_inputs;

TEST_CASE("value_composition of the README customer: parts, shares, wallet and scope", "[workbench][api]") {
    const json response = evaluate_inputs("value_composition", example_inputs("value_composition"));
    REQUIRE(response.at("ok") == true);
    const json& result = response.at("result");
    double parts = 0, shares = 0;
    for (const auto& part : result.at("parts")) {
        parts += part.at("value").get<double>();
        shares += part.at("share").get<double>();
    }
    CHECK(parts == Approx(result.at("total_value").get<double>()).epsilon(1e-12));
    CHECK(shares == Approx(1).epsilon(1e-12));
    CHECK(result.at("value_at_current_share").get<double>() == Approx(result.at("current_value").get<double>()).epsilon(1e-12));
    bool has_step = false;
    for (const auto& step : response.at("steps")) has_step = has_step || step.at("formula") == "value_composition.spend_growth";
    CHECK(has_step);
}

TEST_CASE("value_composition's bad input at its fields", "[workbench][api]") {
    json inputs = example_inputs("value_composition");
    inputs["historical_margin_total"] = 100;
    has_problem(evaluate_inputs("value_composition", inputs), "inputs.historical_margin_total", "conflicting_fields");
    inputs = example_inputs("value_composition");
    inputs["category_spend_per_period"] = 100;  // less than the 320 we sell them
    CHECK(only_problem(evaluate_inputs("value_composition", inputs), "inputs.category_spend_per_period", "below_our_sales")
              .at("min") == 320);
    inputs = example_inputs("value_composition");
    inputs["product_lines_used"] = 9;
    only_problem(evaluate_inputs("value_composition", inputs), "inputs.product_lines_used", "more_than_offered");
    inputs = example_inputs("value_composition");
    inputs["history"] = "compounded";
    only_problem(evaluate_inputs("value_composition", inputs), "inputs.history", "not_allowed");
    inputs = example_inputs("value_composition");
    inputs["historical_margins"] = {100, "x"};
    only_problem(evaluate_inputs("value_composition", inputs), "inputs.historical_margins[1]", "wrong_type");
}

TEST_CASE("win_back of the README: totals, and a break-even rate out of reach", "[workbench][api]") {
    const json response = evaluate_inputs("win_back", example_inputs("win_back"));
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("break_even_win_back_rate").get<double>() == Approx(0.075).epsilon(1e-12));
    json inputs = example_inputs("win_back");
    inputs["offer_cost_per_customer"] = 250;  // dearer than the 200 a regained customer brings
    const json dear = evaluate_inputs("win_back", inputs);
    REQUIRE(dear.at("ok") == true);
    CHECK(dear.at("result").at("break_even_win_back_rate").is_null());
    CHECK(dear.at("warnings")[0].at("code") == "break_even_unreachable");
    inputs["win_back_rate"] = 1.2;
    only_problem(evaluate_inputs("win_back", inputs), "inputs.win_back_rate", "out_of_range");
}
