// "simple_clv_totals" through clv::api::evaluate (README "Calculations").
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api_test_support.hpp"

using nlohmann::json;
using namespace api_test;

TEST_CASE("simple_clv_totals gives each step of the totals recipe", "[api][simple_clv_totals]") {
    // By hand (README example): 50000 / 1000 = 50 a purchase, 1000 / 200 = 5 purchases a
    // customer, 250 a year, 800 / 200 = 4 years, 1000 of revenue, x 0.3 = 300.
    auto response = evaluate_inputs_text("simple_clv_totals",
        R"({"total_revenue":50000,"total_purchases":1000,"customers":200,"total_lifespan_periods":800,"gross_margin_rate":0.3})");
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("average_purchase") == 50);
    CHECK(result.at("purchase_frequency") == 5);
    CHECK(result.at("customer_value") == 250);
    CHECK(result.at("average_lifespan_periods") == 4);
    CHECK(result.at("revenue_value") == 1000);
    CHECK(result.at("clv").get<double>() == Approx(300).epsilon(1e-12));
    CHECK(result.at("basis") == "margin");
    CHECK(result.at("period") == "year");
    CHECK(step_formulas(response) ==
          std::vector<std::string>{"simple_clv_totals.average_purchase", "simple_clv_totals.purchase_frequency",
                                   "simple_clv_totals.customer_value", "simple_clv_totals.average_lifespan",
                                   "simple_clv_totals.revenue", "simple_clv.margin"});
    CHECK(response.at("warnings").empty());
    const auto& frequency = response.at("steps")[1].at("result");
    CHECK(frequency.at("unit") == "count");
}

TEST_CASE("simple_clv_totals: check my answer names rounded steps", "[api][simple_clv_totals][check]") {
    // 1000 revenue, 3 purchases, 7 customers, 20 years in all: exactly 20000 / 49 = 408.16;
    // each step rounded to the cent gives 333.33 x 0.43 = 143.33, x 2.86 = 409.92.
    json request = {{"calculation", "simple_clv_totals"},
                    {"inputs", {{"total_revenue", 1000}, {"total_purchases", 3}, {"customers", 7},
                                {"total_lifespan_periods", 20}}},
                    {"check", {{"answer", 409.92}}}};
    auto check = evaluate_request(request).at("check");
    CHECK(check.at("matches") == false);
    CHECK(check.at("expected_rounded") == 408.16);
    REQUIRE(check.at("slips").size() == 1);
    CHECK(check.at("slips")[0].at("detail") == "intermediates_to_cents");
}

TEST_CASE("simple_clv_totals rejects bad input with exact codes", "[api][simple_clv_totals][validation]") {
    CHECK(problem_pairs(evaluate_inputs_text("simple_clv_totals", "{}")) ==
          ProblemPairs{{"inputs.total_revenue", "missing_field"}, {"inputs.total_purchases", "missing_field"},
                       {"inputs.customers", "missing_field"}, {"inputs.total_lifespan_periods", "missing_field"}});
    CHECK(problem_pairs(evaluate_inputs_text("simple_clv_totals",
              R"({"total_revenue":1,"total_purchases":0,"customers":1.5,"total_lifespan_periods":-1})")) ==
          ProblemPairs{{"inputs.total_purchases", "out_of_range"}, {"inputs.customers", "not_whole_number"},
                       {"inputs.total_lifespan_periods", "negative"}});
}
