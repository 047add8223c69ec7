// "discounted_clv" through clv::api::evaluate (README "Calculations").
#include <catch2/catch.hpp>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "api_test_support.hpp"
#include "../shared_examples.hpp"

using nlohmann::json;
using namespace api_test;

namespace {
}  // namespace

TEST_CASE("discounted_clv answers the end-of-year worked example to the cent", "[api][discounted_clv]") {
    const auto& example = shared_example("clv.discounted.end_of_year");
    const double tolerance = example.at("tolerance").get<double>();
    const auto& in = example.at("inputs");
    auto response = evaluate_inputs("discounted_clv", {{"cash_flow_per_period", in.at("cash_flow_per_year")},
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
        auto response = evaluate_inputs("discounted_clv", {{"cash_flow_per_period", 1000}, {"discount_rate", 0.05}, {"timing", timing}});
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
    auto response = evaluate_inputs("discounted_clv", {{"cash_flow_per_period", 1000}, {"discount_rate", 0}, {"table_periods", 3}});
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("clv").is_null());
    CHECK(response.at("result").at("perpetuity_clv").is_null());
    CHECK(response.at("result").at("table").size() == 3);
    CHECK(has_warning(response, "diverges"));
}

TEST_CASE("discounted_clv converts a yearly rate for monthly flows and says so", "[api][discounted_clv]") {
    auto response = evaluate_inputs("discounted_clv", {{"cash_flows", {100, 200, 300.5, 0, -50}},
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
        auto response = evaluate_inputs("discounted_clv", {{"cash_flow_per_period", 1}, {"cash_flows", {1, 2}}, {"discount_rate", 0.1}});
        only_problem(response, "inputs.cash_flows", "conflicting_fields");
    }
    SECTION("a list with periods") {
        auto response = evaluate_inputs("discounted_clv", {{"cash_flows", {1, 2}}, {"periods", 2}, {"discount_rate", 0.1}});
        only_problem(response, "inputs.periods", "conflicting_fields");
    }
    SECTION("type problems in a list and a missing rate") {
        auto response = evaluate_inputs("discounted_clv", {{"cash_flows", {1, "2"}}, {"timing", "middle"}});
        CHECK(problem_pairs(response) == ProblemPairs{{"inputs.cash_flows[1]", "wrong_type"},
                                                      {"inputs.discount_rate", "missing_field"},
                                                      {"inputs.timing", "not_allowed"}});
    }
    SECTION("an empty list and a rate over 1000%") {
        auto empty = evaluate_inputs("discounted_clv", {{"cash_flows", json::array()}, {"discount_rate", 0.1}});
        CHECK(only_problem(empty, "inputs.cash_flows", "wrong_length").at("min") == 1);
        auto high = evaluate_inputs("discounted_clv", {{"cash_flow_per_period", 1}, {"discount_rate", 11}});
        CHECK(only_problem(high, "inputs.discount_rate", "out_of_range").at("max") == 10);
    }
    SECTION("fractional periods") {
        auto response = evaluate_inputs("discounted_clv", {{"cash_flow_per_period", 1}, {"discount_rate", 0.1}, {"periods", 2.5}});
        only_problem(response, "inputs.periods", "not_whole_number");
    }
}
