// "profitability" through clv::api::evaluate: profit, LTV:CAC, margin and payback, their null
// cases and warnings, and exact problem codes and fields (README "Calculations").
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api_test_support.hpp"
#include "../shared_examples.hpp"

using nlohmann::json;
using namespace api_test;

TEST_CASE("profitability answers the shared worked example", "[api][profitability]") {
    // Worked example "profitability.per_customer" calls LTV lifetime_revenue; the engine's name
    // is lifetime_value (tests/vectors/worked_example_requests.json renames it the same way).
    const auto& example = shared_example("profitability.per_customer");
    json inputs = example.at("inputs");
    inputs["lifetime_value"] = inputs.at("lifetime_revenue");
    inputs.erase("lifetime_revenue");
    auto response = evaluate_inputs_text("profitability", inputs.dump());
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("profit").get<double>() == Approx(example.at("expected").at("profit").get<double>())
                                                   .margin(example.at("tolerance").get<double>()));
    CHECK(result.at("ltv_to_cac").get<double>() == Approx(6));  // by hand: 3000 / 500
    CHECK(result.at("margin_per_period").is_null());
    CHECK(result.at("payback_periods").is_null());
    CHECK(result.at("period") == "year");
    CHECK(step_formulas(response) == std::vector<std::string>{"profitability.profit", "profitability.ltv_to_cac"});
    CHECK(response.at("warnings").empty());
    SECTION("the shared file's own name is not an engine field") {
        CHECK(problem_pairs(evaluate_inputs_text("profitability", example.at("inputs").dump())) ==
              ProblemPairs{{"inputs.lifetime_value", "missing_field"},
                                                               {"inputs.lifetime_revenue", "unknown_field"}});
    }
}

TEST_CASE("profitability with revenue and margin gives margin and payback", "[api][profitability]") {
    // By hand: margin 100 × 0.4 = 40 a month; payback 500 / 40 = 12.5 months, within 36.
    auto response = evaluate_inputs_text("profitability", R"({"lifetime_value":3000,"acquisition_cost":500,"retention_cost":200,"revenue_per_period":100,"gross_margin_rate":0.4,"lifetime_periods":36,"period":"month"})");
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("margin_per_period").get<double>() == Approx(40));
    CHECK(result.at("payback_periods").get<double>() == Approx(12.5));
    CHECK(result.at("period") == "month");
    CHECK(response.at("warnings").empty());
    CHECK(step_formulas(response) == std::vector<std::string>{"profitability.profit", "profitability.ltv_to_cac",
                                                              "profitability.margin_per_period", "profitability.payback"});
    CHECK(response.at("steps")[3].at("result") == json({{"name", "payback_periods"}, {"value", 12.5}, {"unit", "periods"}}));
}

TEST_CASE("profitability warnings and null results", "[api][profitability]") {
    SECTION("zero CAC: LTV:CAC is null") {
        auto response = evaluate_inputs_text("profitability", R"({"lifetime_value":3000,"acquisition_cost":0})");
        REQUIRE(response.at("ok") == true);
        CHECK(response.at("result").at("ltv_to_cac").is_null());
        CHECK(warning_codes(response) == std::vector<std::string>{"zero_acquisition_cost"});
    }
    SECTION("zero margin never pays back: payback is null") {
        auto response = evaluate_inputs_text("profitability", R"({"lifetime_value":3000,"acquisition_cost":500,"revenue_per_period":100,"gross_margin_rate":0})");
        REQUIRE(response.at("ok") == true);
        CHECK(response.at("result").at("margin_per_period") == 0);
        CHECK(response.at("result").at("payback_periods").is_null());
        CHECK(warning_codes(response) == std::vector<std::string>{"never_pays_back"});
    }
    SECTION("revenue without a margin rate") {
        auto response = evaluate_inputs_text("profitability", R"({"lifetime_value":3000,"acquisition_cost":500,"revenue_per_period":50})");
        REQUIRE(response.at("ok") == true);
        CHECK(response.at("result").at("margin_per_period") == 50);
        CHECK(response.at("result").at("payback_periods").get<double>() == Approx(10));  // 500 / 50
        CHECK(warning_codes(response) == std::vector<std::string>{"revenue_only"});
    }
    SECTION("payback beyond the lifetime, and a loss") {
        // By hand: payback 500 / 40 = 12.5 > 12; profit 600 − 500 − 200 = −100.
        auto response = evaluate_inputs_text("profitability", R"({"lifetime_value":600,"acquisition_cost":500,"retention_cost":200,"revenue_per_period":100,"gross_margin_rate":0.4,"lifetime_periods":12})");
        REQUIRE(response.at("ok") == true);
        CHECK(response.at("result").at("profit") == -100);
        CHECK(warning_codes(response) == std::vector<std::string>{"payback_exceeds_lifetime", "unprofitable"});
        const auto& values = response.at("warnings")[0].at("values");
        CHECK(values[0].at("name") == "payback_periods");
        CHECK(values[1] == json({{"name", "lifetime_periods"}, {"value", 12}, {"unit", "periods"}}));
    }
}

TEST_CASE("profitability for a payback-only exercise needs no lifetime value", "[api][profitability]") {
    // Issue 14 item 12 (README example): CAC 500, 1000 a period at 25%: 500 / 250 = 2 periods.
    auto response = evaluate_inputs_text("profitability",
        R"({"acquisition_cost":500,"revenue_per_period":1000,"gross_margin_rate":0.25})");
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("profit").is_null());
    CHECK(response.at("result").at("ltv_to_cac").is_null());
    CHECK(response.at("result").at("payback_periods") == 2);
    CHECK(response.at("warnings").empty());
    // Without revenue the lifetime value is required again.
    only_problem(evaluate_inputs_text("profitability", R"({"acquisition_cost":500})"),
                 "inputs.lifetime_value", "missing_field");
}

TEST_CASE("profitability rejects bad input with exact codes", "[api][profitability][validation]") {
    SECTION("both required fields missing") {
        CHECK(problem_pairs(evaluate_inputs_text("profitability", R"({"retention_cost":1})")) ==
              ProblemPairs{{"inputs.lifetime_value", "missing_field"},
                                                               {"inputs.acquisition_cost", "missing_field"}});
    }
    SECTION("wrong JSON types, optional ones included") {
        auto response = evaluate_inputs_text("profitability", R"({"lifetime_value":"3000","acquisition_cost":500,"gross_margin_rate":{},"lifetime_periods":[36]})");
        CHECK(problem_pairs(response) == ProblemPairs{
                                        {"inputs.lifetime_value", "wrong_type"},
                                        {"inputs.gross_margin_rate", "wrong_type"},
                                        {"inputs.lifetime_periods", "wrong_type"}});
    }
    SECTION("every value problem is reported") {
        auto response = evaluate_inputs_text("profitability", R"({"lifetime_value":-1,"acquisition_cost":500,"retention_cost":-2,"revenue_per_period":-3,"gross_margin_rate":1.2,"lifetime_periods":0})");
        CHECK(problem_pairs(response) == ProblemPairs{
                                        {"inputs.lifetime_value", "negative"},
                                        {"inputs.retention_cost", "negative"},
                                        {"inputs.revenue_per_period", "negative"},
                                        {"inputs.gross_margin_rate", "out_of_range"},
                                        {"inputs.lifetime_periods", "must_be_positive"}});
        const auto& lifetime = response.at("problems")[4];
        CHECK(lifetime.at("min") == 0);
        CHECK(lifetime.at("min_exclusive") == true);
    }
    SECTION("money above the limit") {
        auto problem = only_problem(evaluate_inputs_text("profitability", R"({"lifetime_value":1e300,"acquisition_cost":1})"),
                                    "inputs.lifetime_value", "out_of_range");
        CHECK(problem.at("max") == 1e15);
    }
    SECTION("unknown field and bad period") {
        only_problem(evaluate_inputs_text("profitability", R"({"lifetime_value":1,"acquisition_cost":1,"discount_rate":0.1})"),
                     "inputs.discount_rate", "unknown_field");
        only_problem(evaluate_inputs_text("profitability", R"({"lifetime_value":1,"acquisition_cost":1,"period":"day"})"),
                     "inputs.period", "not_allowed");
    }
}
