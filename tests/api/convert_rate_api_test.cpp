// "convert_rate" through clv::api::evaluate (README "Calculations").
#include <catch2/catch.hpp>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "api_test_support.hpp"

using nlohmann::json;
using namespace api_test;

namespace {
double converted(double rate, const std::string& kind, const std::string& from,
                 const std::string& to) {
    json inputs = {{"rate_kind", kind}, {"rate", rate}, {"from_period", from}, {"to_period", to}};
    auto response = evaluate_inputs("convert_rate", inputs);
    REQUIRE(response.at("ok") == true);
    return response.at("result").at("converted_rate").get<double>();
}
}  // namespace

TEST_CASE("convert_rate converts discount rates by compounding", "[api][convert_rate]") {
    auto response = evaluate_inputs_text("convert_rate", R"({"rate_kind":"discount","rate":0.1,"from_period":"year","to_period":"month"})");
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("converted_rate").get<double>() == Approx(std::pow(1.1, 1.0 / 12) - 1).epsilon(1e-12));
    CHECK(result.at("rate_kind") == "discount");
    CHECK(result.at("from_period") == "year");
    CHECK(result.at("to_period") == "month");
    REQUIRE(response.at("steps").size() == 1);
    CHECK(response.at("steps")[0].at("formula") == "discount.convert_year_to_month");
    // 1% a month is 1.01^12 - 1 = 12.68% a year, not 12%.
    CHECK(converted(0.01, "discount", "month", "year") == Approx(0.1268250301).margin(1e-9));
}

TEST_CASE("convert_rate converts retention rates as survival", "[api][convert_rate]") {
    CHECK(converted(0.9, "retention", "month", "year") == Approx(std::pow(0.9, 12)).epsilon(1e-12));
    CHECK(converted(0.5, "retention", "year", "month") == Approx(std::pow(0.5, 1.0 / 12)).epsilon(1e-12));
    CHECK(converted(0.5, "retention", "year", "year") == 0.5);
}

TEST_CASE("convert_rate round-trips through the API", "[api][convert_rate][property]") {
    for (double rate : {0.03, 0.25, 3.0}) {
        const double monthly = converted(rate, "discount", "year", "month");
        CHECK(converted(monthly, "discount", "month", "year") == Approx(rate).epsilon(1e-12));
    }
}

TEST_CASE("convert_rate requires all four fields and checks them", "[api][convert_rate][validation]") {
    SECTION("all missing") {
        auto response = evaluate_inputs_text("convert_rate", "{}");
        CHECK(problem_pairs(response) == ProblemPairs{{"inputs.rate_kind", "missing_field"},
                                                      {"inputs.rate", "missing_field"},
                                                      {"inputs.from_period", "missing_field"},
                                                      {"inputs.to_period", "missing_field"}});
    }
    SECTION("a retention rate above 1 and a bad choice") {
        auto response = evaluate_inputs_text("convert_rate", R"({"rate_kind":"retention","rate":1.2,"from_period":"year","to_period":"month"})");
        only_problem(response, "inputs.rate", "out_of_range");
        auto bad_kind = evaluate_inputs_text("convert_rate", R"({"rate_kind":"interest","rate":0.1,"from_period":"year","to_period":"month"})");
        auto problem = only_problem(bad_kind, "inputs.rate_kind", "not_allowed");
        CHECK(problem.at("allowed") == json({"discount", "retention"}));
    }
}
