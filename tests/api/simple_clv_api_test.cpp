// "simple_clv" through clv::api::evaluate (README "Calculations").
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "api_test_support.hpp"
#include "../shared_examples.hpp"

using nlohmann::json;
using namespace api_test;

namespace {
}  // namespace

TEST_CASE("simple_clv answers the shared worked example with revenue_only", "[api][simple_clv]") {
    // Worked example "clv.simple": 100 x 4 x 5 = 2000.
    const auto& example = shared_example("clv.simple");
    const auto& in = example.at("inputs");
    json inputs = {{"average_purchase", in.at("average_purchase")},
                   {"purchases_per_period", in.at("purchases_per_year")},
                   {"lifespan_periods", in.at("lifespan_years")},
                   {"period", "year"}};
    auto response = evaluate_inputs_text("simple_clv", inputs.dump());
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("clv").get<double>() ==
          Approx(example.at("expected").at("clv").get<double>()).margin(example.at("tolerance").get<double>()));
    CHECK(result.at("basis") == "revenue");
    CHECK(result.at("period") == "year");
    REQUIRE(response.at("warnings").size() == 1);
    CHECK(response.at("warnings")[0].at("code") == "revenue_only");
    CHECK(response.at("steps")[0].at("formula") == "simple_clv.revenue");
}

TEST_CASE("simple_clv with a margin rate answers margin", "[api][simple_clv]") {
    auto response = evaluate_inputs_text("simple_clv",
        R"({"average_purchase":100,"purchases_per_period":4,"lifespan_periods":5,"gross_margin_rate":0.3,"period":"month"})");
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("clv").get<double>() == Approx(600));  // 2000 x 0.3
    CHECK(response.at("result").at("revenue_value").get<double>() == Approx(2000));
    CHECK(response.at("result").at("basis") == "margin");
    CHECK(response.at("result").at("period") == "month");
    CHECK(response.at("warnings").empty());
    CHECK(response.at("steps").size() == 2);
}

TEST_CASE("simple_clv reports type and range problems with their fields", "[api][simple_clv][validation]") {
    SECTION("missing and wrongly typed fields") {
        auto response = evaluate_inputs_text("simple_clv", R"({"average_purchase":"100","lifespan_periods":5,"period":"week"})");
        CHECK(problem_pairs(response) == ProblemPairs{{"inputs.average_purchase", "wrong_type"},
                                                      {"inputs.purchases_per_period", "missing_field"},
                                                      {"inputs.period", "not_allowed"}});
        CHECK(has_problem(response, "inputs.period", "not_allowed").at("allowed") == json({"year", "month"}));
    }
    SECTION("range problems from the core, with the inputs. prefix") {
        auto response = evaluate_inputs_text("simple_clv",
            R"({"average_purchase":-5,"purchases_per_period":4,"lifespan_periods":5,"gross_margin_rate":2})");
        CHECK(problem_pairs(response) == ProblemPairs{{"inputs.average_purchase", "negative"},
                                                      {"inputs.gross_margin_rate", "out_of_range"}});
        CHECK(has_problem(response, "inputs.gross_margin_rate", "out_of_range").at("max") == 1);
    }
    SECTION("an unknown field") {
        auto response = evaluate_inputs_text("simple_clv",
            R"({"average_purchase":1,"purchases_per_period":4,"lifespan_periods":5,"discount_rate":0.1})");
        only_problem(response, "inputs.discount_rate", "unknown_field");
    }
}
