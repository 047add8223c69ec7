// "discounted_clv" through clv::api::evaluate (README "Calculations").
#include <catch2/catch.hpp>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "api/evaluate.hpp"
#include "../shared_examples.hpp"

using nlohmann::json;

namespace {
json evaluate(const json& inputs) {
    json request = {{"version", 1}, {"calculation", "discounted_clv"}, {"inputs", inputs}};
    const std::string text = clv::api::evaluate(request.dump());
    INFO("response: " << text.substr(0, 3000));
    json response = json::parse(text, nullptr, false);
    REQUIRE_FALSE(response.is_discarded());
    CHECK(text.find("NaN") == std::string::npos);
    CHECK(text.find("Infinity") == std::string::npos);
    return response;
}

bool has_warning(const json& response, const std::string& code) {
    for (const auto& warning : response.at("warnings"))
        if (warning.at("code") == code) return true;
    return false;
}
}  // namespace

TEST_CASE("discounted_clv answers the end-of-year worked example to the cent", "[api][discounted_clv]") {
    const auto& example = shared_example("clv.discounted.end_of_year");
    const double tolerance = example.at("tolerance").get<double>();
    const auto& in = example.at("inputs");
    auto response = evaluate({{"cash_flow_per_period", in.at("cash_flow_per_year")},
                              {"periods", in.at("years")},
                              {"discount_rate", in.at("discount_rate")},
                              {"timing", in.at("timing")},
                              {"period", "year"}});
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("clv").get<double>() == Approx(example.at("expected").at("clv").get<double>()).margin(tolerance));
    CHECK(result.at("timing") == "end");
    CHECK(result.at("horizon") == "finite");
    CHECK(result.at("periods") == 5);
    CHECK(result.at("perpetuity_clv").get<double>() == Approx(20000));
    const auto& table = result.at("table");
    REQUIRE(table.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(table[i].at("period") == i + 1);
        CHECK(table[i].at("present_value").get<double>() ==
              Approx(example.at("expected").at("present_values")[i].get<double>()).margin(tolerance));
        for (const char* key : {"time", "cash_flow", "discount_factor", "cumulative_present_value"})
            CHECK(table[i].at(key).is_number());
    }
    REQUIRE(has_warning(response, "finite_horizon_truncates"));
    const auto& values = response.at("warnings")[0].at("values");
    REQUIRE(values.size() == 1);
    CHECK(values[0].at("name") == "perpetuity_clv");
    CHECK(values[0].at("value").get<double>() == Approx(20000));
}

TEST_CASE("discounted_clv answers the perpetuity worked example", "[api][discounted_clv]") {
    const auto& example = shared_example("clv.discounted.perpetuity");
    const double tolerance = example.at("tolerance").get<double>();
    for (const char* timing : {"end", "start"}) {
        auto response = evaluate({{"cash_flow_per_period", 1000}, {"discount_rate", 0.05}, {"timing", timing}});
        REQUIRE(response.at("ok") == true);
        const std::string key = std::string("clv_") + timing;
        CHECK(response.at("result").at("clv").get<double>() ==
              Approx(example.at("expected").at(key).get<double>()).margin(tolerance));
        CHECK(response.at("result").at("horizon") == "infinite");
        CHECK(response.at("result").at("periods").is_null());
        CHECK(response.at("result").at("table").size() == 30);
    }
}

TEST_CASE("discounted_clv gives null, never NaN, when a perpetuity diverges", "[api][discounted_clv]") {
    auto response = evaluate({{"cash_flow_per_period", 1000}, {"discount_rate", 0}, {"table_periods", 3}});
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("clv").is_null());
    CHECK(response.at("result").at("perpetuity_clv").is_null());
    CHECK(response.at("result").at("table").size() == 3);
    CHECK(has_warning(response, "diverges"));
}

TEST_CASE("discounted_clv converts a yearly rate for monthly flows and says so", "[api][discounted_clv]") {
    auto response = evaluate({{"cash_flows", {100, 200, 300.5, 0, -50}},
                              {"discount_rate", 0.01},
                              {"discount_rate_period", "year"},
                              {"period", "month"},
                              {"timing", "start"}});
    REQUIRE(response.at("ok") == true);
    const double monthly = std::pow(1.01, 1.0 / 12) - 1;
    const auto& result = response.at("result");
    CHECK(result.at("discount_rate_per_period").get<double>() == Approx(monthly).epsilon(1e-12));
    double expected = 0;
    const double flows[] = {100, 200, 300.5, 0, -50};
    for (int t = 1; t <= 5; ++t) expected += flows[t - 1] / std::pow(1 + monthly, t - 1);
    CHECK(result.at("clv").get<double>() == Approx(expected).epsilon(1e-12));
    CHECK(result.at("perpetuity_clv").is_null());
    CHECK(response.at("steps")[0].at("formula") == "discount.convert_year_to_month");
    CHECK(response.at("steps")[1].at("formula") == "discounted_clv.sum_start");
}

TEST_CASE("discounted_clv validation gives exact codes and fields", "[api][discounted_clv][validation]") {
    SECTION("both cash-flow fields") {
        auto response = evaluate({{"cash_flow_per_period", 1}, {"cash_flows", {1, 2}}, {"discount_rate", 0.1}});
        REQUIRE(response.at("problems").size() == 1);
        CHECK(response.at("problems")[0].at("field") == "inputs.cash_flows");
        CHECK(response.at("problems")[0].at("code") == "conflicting_fields");
    }
    SECTION("a list with periods") {
        auto response = evaluate({{"cash_flows", {1, 2}}, {"periods", 2}, {"discount_rate", 0.1}});
        REQUIRE(response.at("problems").size() == 1);
        CHECK(response.at("problems")[0].at("field") == "inputs.periods");
        CHECK(response.at("problems")[0].at("code") == "conflicting_fields");
    }
    SECTION("type problems in a list and a missing rate") {
        auto response = evaluate({{"cash_flows", {1, "2"}}, {"timing", "middle"}});
        const auto& problems = response.at("problems");
        REQUIRE(problems.size() == 3);
        CHECK(problems[0].at("field") == "inputs.cash_flows[1]");
        CHECK(problems[0].at("code") == "wrong_type");
        CHECK(problems[1].at("field") == "inputs.discount_rate");
        CHECK(problems[1].at("code") == "missing_field");
        CHECK(problems[2].at("field") == "inputs.timing");
        CHECK(problems[2].at("code") == "not_allowed");
    }
    SECTION("an empty list and a rate over 1000%") {
        auto empty = evaluate({{"cash_flows", json::array()}, {"discount_rate", 0.1}});
        REQUIRE(empty.at("problems").size() == 1);
        CHECK(empty.at("problems")[0].at("code") == "wrong_length");
        auto high = evaluate({{"cash_flow_per_period", 1}, {"discount_rate", 11}});
        REQUIRE(high.at("problems").size() == 1);
        CHECK(high.at("problems")[0].at("field") == "inputs.discount_rate");
        CHECK(high.at("problems")[0].at("code") == "out_of_range");
        CHECK(high.at("problems")[0].at("max") == 10);
    }
    SECTION("fractional periods") {
        auto response = evaluate({{"cash_flow_per_period", 1}, {"discount_rate", 0.1}, {"periods", 2.5}});
        REQUIRE(response.at("problems").size() == 1);
        CHECK(response.at("problems")[0].at("field") == "inputs.periods");
        CHECK(response.at("problems")[0].at("code") == "not_whole_number");
    }
}
