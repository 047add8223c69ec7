// "convert_rate" through clv::api::evaluate (README "Calculations").
#include <catch2/catch.hpp>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "api/evaluate.hpp"

using nlohmann::json;

namespace {
json convert(const std::string& inputs) {
    const std::string text =
        clv::api::evaluate(R"({"calculation":"convert_rate","inputs":)" + inputs + "}");
    INFO("response: " << text);
    json response = json::parse(text, nullptr, false);
    REQUIRE_FALSE(response.is_discarded());
    return response;
}

double converted(double rate, const std::string& kind, const std::string& from,
                 const std::string& to) {
    json inputs = {{"rate_kind", kind}, {"rate", rate}, {"from_period", from}, {"to_period", to}};
    auto response = convert(inputs.dump());
    REQUIRE(response.at("ok") == true);
    return response.at("result").at("converted_rate").get<double>();
}
}  // namespace

TEST_CASE("convert_rate converts discount rates by compounding", "[api][convert_rate]") {
    auto response = convert(R"({"rate_kind":"discount","rate":0.1,"from_period":"year","to_period":"month"})");
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
        auto response = convert("{}");
        REQUIRE(response.at("ok") == false);
        const auto& problems = response.at("problems");
        REQUIRE(problems.size() == 4);
        CHECK(problems[0].at("field") == "inputs.rate_kind");
        CHECK(problems[1].at("field") == "inputs.rate");
        CHECK(problems[2].at("field") == "inputs.from_period");
        CHECK(problems[3].at("field") == "inputs.to_period");
        for (const auto& problem : problems) CHECK(problem.at("code") == "missing_field");
    }
    SECTION("a retention rate above 1 and a bad choice") {
        auto response = convert(R"({"rate_kind":"retention","rate":1.2,"from_period":"year","to_period":"month"})");
        REQUIRE(response.at("problems").size() == 1);
        CHECK(response.at("problems")[0].at("field") == "inputs.rate");
        CHECK(response.at("problems")[0].at("code") == "out_of_range");
        auto bad_kind = convert(R"({"rate_kind":"interest","rate":0.1,"from_period":"year","to_period":"month"})");
        REQUIRE(bad_kind.at("problems").size() == 1);
        CHECK(bad_kind.at("problems")[0].at("code") == "not_allowed");
        CHECK(bad_kind.at("problems")[0].at("allowed") == json({"discount", "retention"}));
    }
}
