// "retention_clv" through clv::api::evaluate (README "Calculations").
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "api_test_support.hpp"
#include "../shared_examples.hpp"

using nlohmann::json;
using namespace api_test;

namespace {
const json& convention(const json& response, const std::string& name) {
    for (const auto& item : response.at("result").at("conventions"))
        if (item.at("convention") == name) return item;
    FAIL("no convention " << name);
    return response;
}
}  // namespace

TEST_CASE("retention_clv answers the README request with three conventions", "[api][retention_clv]") {
    // Worked example "clv.retention.infinite" and README: 266.67, 366.67, 333.33.
    const auto& example = shared_example("clv.retention.infinite");
    const double tolerance = example.at("tolerance").get<double>();
    auto response = evaluate_inputs("retention_clv", example.at("inputs"));
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("horizon") == "infinite");
    CHECK(result.at("periods").is_null());
    CHECK(result.at("net_margin_per_period") == 100);
    REQUIRE(result.at("conventions").size() == 3);
    CHECK(result.at("conventions")[0].at("convention") == "end_retained");
    CHECK(result.at("conventions")[1].at("convention") == "start");
    CHECK(result.at("conventions")[2].at("convention") == "end_first_certain");
    CHECK(convention(response, "end_retained").at("clv").get<double>() ==
          Approx(example.at("expected").at("clv_end_of_period").get<double>()).margin(tolerance));
    CHECK(convention(response, "start").at("clv").get<double>() ==
          Approx(example.at("expected").at("clv_start_of_period").get<double>()).margin(tolerance));
    CHECK(convention(response, "end_first_certain").at("clv").get<double>() == Approx(1000.0 / 3));
    for (const auto& item : result.at("conventions")) {
        CHECK(item.at("limit") == item.at("clv"));
        CHECK(item.at("steps").size() == 2);  // the value, then its margin multiple
        REQUIRE(item.at("table").size() == 30);
        const auto& row = item.at("table")[0];
        for (const char* key : {"period", "time", "retention_rate", "survival", "discount_factor",
                                "expected_margin", "present_value", "cumulative_present_value"})
            CHECK(row.contains(key));
    }
    // The start convention's first row is collected now, before any retention.
    CHECK(convention(response, "start").at("table")[0].at("retention_rate").is_null());
    CHECK(convention(response, "end_retained").at("table")[0].at("retention_rate") == 0.8);
}

TEST_CASE("retention_clv answers the finite start-of-period worked example", "[api][retention_clv]") {
    const auto& example = shared_example("clv.retention.finite_start");
    auto response = evaluate_inputs("retention_clv", example.at("inputs"));
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("horizon") == "finite");
    CHECK(response.at("result").at("periods") == 5);
    const auto& start = convention(response, "start");
    CHECK(start.at("clv").get<double>() ==
          Approx(example.at("expected").at("clv").get<double>()).margin(example.at("tolerance").get<double>()));
    CHECK(start.at("limit").get<double>() == Approx(1100.0 / 3));
    CHECK(start.at("table").size() == 5);
}

TEST_CASE("retention_clv with r = 1 and d = 0 gives null values and warnings", "[api][retention_clv]") {
    auto response = evaluate_inputs("retention_clv", {{"margin_per_period", 100}, {"retention_rate", 1}, {"discount_rate", 0}});
    REQUIRE(response.at("ok") == true);
    for (const auto& item : response.at("result").at("conventions")) {
        CHECK(item.at("clv").is_null());
        CHECK(item.at("limit").is_null());
    }
    CHECK(has_warning(response, "diverges"));
    CHECK(has_warning(response, "zero_churn_infinite_lifetime"));
}

TEST_CASE("retention_clv takes a rate list, retention spend and a monthly period", "[api][retention_clv]") {
    auto response = evaluate_inputs("retention_clv", {{"margin_per_period", 100}, {"retention_rates", {0.6, 0.7, 0.8}},
                                                      {"discount_rate", 0.01}, {"discount_rate_period", "year"},
                                                      {"period", "month"}, {"periods", 24},
                                                      {"retention_spend_per_period", 120}, {"table_periods", 6}});
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("net_margin_per_period") == -20);
    CHECK(response.at("result").at("period") == "month");
    CHECK(has_warning(response, "negative_net_margin"));
    const auto& er = convention(response, "end_retained");
    CHECK(er.at("table").size() == 6);
    CHECK(er.at("table")[5].at("retention_rate") == 0.8);  // the last rate repeats
    CHECK(er.at("clv").get<double>() < 0);
    CHECK(response.at("steps")[0].at("formula") == "discount.convert_year_to_month");
    CHECK(response.at("steps")[1].at("formula") == "retention_clv.net_margin");
}

TEST_CASE("retention_clv validation gives exact codes and fields", "[api][retention_clv][validation]") {
    SECTION("rate and list") {
        auto response = evaluate_inputs("retention_clv", {{"margin_per_period", 100}, {"retention_rate", 0.8},
                                                          {"retention_rates", {0.8}}, {"discount_rate", 0.1}});
        only_problem(response, "inputs.retention_rates", "conflicting_fields");
    }
    SECTION("neither rate nor list") {
        auto response = evaluate_inputs("retention_clv", {{"margin_per_period", 100}, {"discount_rate", 0.1}});
        only_problem(response, "inputs.retention_rate", "missing_field");
    }
    SECTION("a list item below 0 and zero periods") {
        auto response = evaluate_inputs("retention_clv", {{"margin_per_period", 100}, {"retention_rates", {0.5, -0.1}},
                                                          {"discount_rate", 0.1}, {"periods", 0}});
        CHECK(problem_pairs(response) == ProblemPairs{{"inputs.retention_rates[1]", "negative"},
                                                      {"inputs.periods", "out_of_range"}});
    }
    SECTION("null counts as not given") {
        auto response = evaluate_inputs("retention_clv", {{"margin_per_period", 100}, {"retention_rate", 0.8},
                                                          {"retention_rates", nullptr}, {"discount_rate", 0.1}, {"periods", nullptr}});
        CHECK(response.at("ok") == true);
    }
}
