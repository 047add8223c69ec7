// "cost_structure" through clv::api::evaluate: the nested families object, all five families
// listed in order, and problem fields that name the item's path (README "Calculations").
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api_test_support.hpp"

using nlohmann::json;
using namespace api_test;

TEST_CASE("cost_structure totals every family, in the README's order", "[api][cost_structure]") {
    // By hand: acquisition 30000 + 45000 = 75000, retention 8000 + 100 = 8100, churn management
    // 6000, data management 1600, training 3100; total 93800; per customer 93800 / 1000 = 93.8.
    auto response = evaluate_inputs_text("cost_structure", R"({"customers":1000,"families":{"acquisition":{"advertising":30000,"sales_team":45000},"retention":{"customer_service":8000,"other":100},"churn_management":{"churn_analysis":2000,"win_back_offers":3000,"reactivation":1000},"data_management":{"collection":500,"storage":200,"analysis":900},"training":{"courses":1000,"materials":100,"trainers":2000}}})");
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("total") == 93800);
    CHECK(result.at("cost_per_customer").get<double>() == Approx(93.8));
    const auto& families = result.at("families");
    REQUIRE(families.size() == 5);
    const std::vector<std::string> names = {"acquisition", "retention", "churn_management", "data_management", "training"};
    const std::vector<double> totals = {75000, 8100, 6000, 1600, 3100};
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(families[i].at("family") == names[i]);
        CHECK(families[i].at("total") == totals[i]);
        CHECK(families[i].at("share").get<double>() == Approx(totals[i] / 93800));
        CHECK(families[i].at("cost_per_customer").get<double>() == Approx(totals[i] / 1000));
    }
    const auto& courses = families[4].at("items")[0];
    CHECK(courses.at("item") == "courses");
    CHECK(courses.at("amount") == 1000);
    CHECK(courses.at("share_of_family").get<double>() == Approx(1000.0 / 3100));
    CHECK(courses.at("share_of_total").get<double>() == Approx(1000.0 / 93800));
    CHECK(families[0].at("items").size() == 5);
    CHECK(families[0].at("items")[1] == json({{"item", "marketing_events"}, {"amount", 0}, {"share_of_family", 0}, {"share_of_total", 0}}));
    CHECK(step_formulas(response) == std::vector<std::string>{
                                         "cost_structure.family_total", "cost_structure.family_total",
                                         "cost_structure.family_total", "cost_structure.family_total",
                                         "cost_structure.family_total", "cost_structure.total",
                                         "cost_structure.per_customer"});
}

TEST_CASE("cost_structure with no costs lists all five families at zero", "[api][cost_structure]") {
    auto response = evaluate_inputs_text("cost_structure", R"({"customers":3,"families":{}})");
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("total") == 0);
    CHECK(response.at("result").at("cost_per_customer") == 0);
    REQUIRE(response.at("result").at("families").size() == 5);
    for (const auto& family : response.at("result").at("families")) CHECK(family.at("share") == 0);
    SECTION("a null family counts as not given") {
        CHECK(evaluate_inputs_text("cost_structure", R"({"customers":3,"families":{"training":null}})").at("ok") == true);
    }
}

TEST_CASE("cost_structure rejects bad input at the item's path", "[api][cost_structure][validation]") {
    SECTION("negative item") {
        only_problem(evaluate_inputs_text("cost_structure", R"({"customers":1,"families":{"training":{"courses":-1}}})"),
                     "inputs.families.training.courses", "negative");
    }
    SECTION("item of the wrong type") {
        only_problem(evaluate_inputs_text("cost_structure", R"({"customers":1,"families":{"retention":{"other":"100"}}})"),
                     "inputs.families.retention.other", "wrong_type");
    }
    SECTION("family of the wrong type") {
        only_problem(evaluate_inputs_text("cost_structure", R"({"customers":1,"families":{"training":[1,2]}})"),
                     "inputs.families.training", "wrong_type");
    }
    SECTION("unknown family and unknown item") {
        auto response = evaluate_inputs_text("cost_structure", R"({"customers":1,"families":{"marketing":{},"training":{"coffee":5}}})");
        CHECK(problem_pairs(response) == ProblemPairs{
                                        {"inputs.families.training.coffee", "unknown_field"},
                                        {"inputs.families.marketing", "unknown_field"}});
    }
    SECTION("an item given at the top level is unknown") {
        only_problem(evaluate_inputs_text("cost_structure", R"({"customers":1,"families":{},"courses":5})"), "inputs.courses", "unknown_field");
    }
    SECTION("families missing, or not an object") {
        only_problem(evaluate_inputs_text("cost_structure", R"({"customers":1})"), "inputs.families", "missing_field");
        only_problem(evaluate_inputs_text("cost_structure", R"({"customers":1,"families":[]})"), "inputs.families", "wrong_type");
    }
    SECTION("customers missing, zero, fractional") {
        only_problem(evaluate_inputs_text("cost_structure", R"({"families":{}})"), "inputs.customers", "missing_field");
        only_problem(evaluate_inputs_text("cost_structure", R"({"customers":0,"families":{}})"), "inputs.customers", "out_of_range");
        only_problem(evaluate_inputs_text("cost_structure", R"({"customers":2.5,"families":{}})"), "inputs.customers", "not_whole_number");
    }
    SECTION("every value problem is reported, items before customers") {
        auto response = evaluate_inputs_text("cost_structure", R"({"customers":-4,"families":{"acquisition":{"other":1e300},"data_management":{"storage":-0.5}}})");
        CHECK(problem_pairs(response) == ProblemPairs{
                                        {"inputs.families.acquisition.other", "out_of_range"},
                                        {"inputs.families.data_management.storage", "negative"},
                                        {"inputs.customers", "out_of_range"}});
    }
}
