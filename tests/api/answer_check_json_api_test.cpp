// The optional "check" object of a request through clv::api::evaluate.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "api_test_support.hpp"

using nlohmann::json;
using namespace api_test;

namespace {
// The worked example "clv.discounted.end_of_year" with a check of `check`.
json end_of_year_request(const json& check) {
    return {{"version", 1}, {"calculation", "discounted_clv"},
            {"inputs", {{"cash_flow_per_period", 1000}, {"periods", 5}, {"discount_rate", 0.05}}},
            {"check", check}};
}

json retention_request(const json& check) {
    return {{"calculation", "retention_clv"},
            {"inputs", {{"margin_per_period", 100}, {"retention_rate", 0.8}, {"discount_rate", 0.1}}},
            {"check", check}};
}
}  // namespace

TEST_CASE("check: 4329.48 matches the end-of-year example", "[api][check]") {
    auto response = evaluate_request(end_of_year_request({{"answer", 4329.48}}));
    REQUIRE(response.at("ok") == true);
    const auto& check = response.at("check");
    CHECK(check.at("answer") == 4329.48);
    CHECK(check.at("expected").get<double>() == Approx(4329.4767).margin(1e-4));
    CHECK(check.at("matches") == true);
    CHECK(check.at("difference").get<double>() == Approx(0.0033).margin(1e-4));
    CHECK(check.at("slips").empty());
    CHECK(check.at("result") == "clv");
    CHECK(response.at("result").at("clv").is_number());  // the usual answer is still there
}

TEST_CASE("check: 86589.60 is the finite sum divided by the rate", "[api][check]") {
    auto response = evaluate_request(end_of_year_request({{"answer", 86589.60}, {"result", "clv"}}));
    REQUIRE(response.at("ok") == true);
    const auto& check = response.at("check");
    CHECK(check.at("matches") == false);
    REQUIRE(check.at("slips").size() == 1);
    CHECK(check.at("slips")[0].at("code") == "finite_sum_divided_by_rate");
    CHECK(check.at("slips")[0].at("value").get<double>() == Approx(86589.60).margin(0.005));
    CHECK(check.at("slips")[0].contains("detail"));
}

TEST_CASE("check: a retention answer in another convention names it", "[api][check]") {
    auto response = evaluate_request(retention_request({{"answer", 333.33}, {"convention", "end_retained"}}));
    REQUIRE(response.at("ok") == true);
    const auto& check = response.at("check");
    CHECK(check.at("convention") == "end_retained");
    CHECK(check.at("expected").get<double>() == Approx(266.6667).margin(1e-4));
    REQUIRE(check.at("slips").size() == 1);
    CHECK(check.at("slips")[0].at("code") == "other_convention");
    CHECK(check.at("slips")[0].at("convention") == "end_first_certain");
    // The same answer is right for the convention that gives it.
    auto right = evaluate_request(retention_request({{"answer", 333.33}, {"convention", "end_first_certain"}}));
    CHECK(right.at("check").at("matches") == true);
    // The default convention is end_retained.
    auto fallback = evaluate_request(retention_request({{"answer", 266.67}}));
    CHECK(fallback.at("check").at("matches") == true);
    CHECK(fallback.at("check").at("convention") == "end_retained");
}

TEST_CASE("check: an exact half cent computed with binary noise rounds up", "[api][check]") {
    // Issue 14 item 3: average purchase 0.145, 3 purchases a year, 1 year: 0.435 on paper,
    // 0.43499999999999994 in binary. 0.44 is right (no rounding slip), 0.43 is not, and the
    // result to show is 0.44.
    auto request = [](double answer) {
        return json{{"calculation", "simple_clv"},
                    {"inputs", {{"average_purchase", 0.145}, {"purchases_per_period", 3},
                                {"lifespan_periods", 1}}},
                    {"check", {{"answer", answer}}}};
    };
    const auto right = evaluate_request(request(0.44)).at("check");
    CHECK(right.at("matches") == true);
    CHECK(right.at("slips").empty());
    CHECK(right.at("expected_rounded") == 0.44);
    const auto low = evaluate_request(request(0.43)).at("check");
    CHECK(low.at("matches") == false);
    CHECK(low.at("expected_rounded") == 0.44);
    CHECK(evaluate_request(request(0.435)).at("check").at("matches") == true);
}

TEST_CASE("check: simple CLV revenue instead of margin", "[api][check]") {
    json request = {{"calculation", "simple_clv"},
                    {"inputs", {{"average_purchase", 100}, {"purchases_per_period", 4},
                                {"lifespan_periods", 5}, {"gross_margin_rate", 0.3}}},
                    {"check", {{"answer", 2000}}}};
    auto response = evaluate_request(request);
    REQUIRE(response.at("ok") == true);
    REQUIRE(response.at("check").at("slips").size() == 1);
    CHECK(response.at("check").at("slips")[0].at("code") == "revenue_instead_of_margin");
}

TEST_CASE("check works on any numeric result of any calculation", "[api][check]") {
    json request = {{"calculation", "convert_rate"},
                    {"inputs", {{"rate_kind", "discount"}, {"rate", 0.12},
                                {"from_period", "year"}, {"to_period", "month"}}},
                    {"check", {{"answer", 0.01}, {"result", "converted_rate"}}}};
    auto response = evaluate_request(request);
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("check").at("matches") == false);
    REQUIRE(response.at("check").at("slips").size() == 1);
    CHECK(response.at("check").at("slips")[0].at("detail") == "simple_division");
    json perpetuity = end_of_year_request({{"answer", 20000}, {"result", "perpetuity_clv"}});
    CHECK(evaluate_request(perpetuity).at("check").at("matches") == true);
}

TEST_CASE("check: a diverging value gives expected null", "[api][check]") {
    json request = {{"calculation", "discounted_clv"},
                    {"inputs", {{"cash_flow_per_period", 1000}, {"discount_rate", 0}}},
                    {"check", {{"answer", 1000}}}};
    auto response = evaluate_request(request);
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("check").at("expected").is_null());
    CHECK(response.at("check").at("difference").is_null());
    CHECK(response.at("check").at("matches") == false);
}

TEST_CASE("check: bad check fields are problems with check. fields", "[api][check][validation]") {
    SECTION("answer as text") {
        auto response = evaluate_request(end_of_year_request({{"answer", "4329,48"}}));
        only_problem(response, "check.answer", "wrong_type");
        CHECK_FALSE(response.contains("check"));
    }
    SECTION("answer missing, unknown field") {
        auto response = evaluate_request(end_of_year_request({{"value", 1}}));
        CHECK(problem_pairs(response) == ProblemPairs{{"check.answer", "missing_field"},
                                                      {"check.value", "unknown_field"}});
    }
    SECTION("check not an object") {
        auto response = evaluate_request(end_of_year_request(4329.48));
        only_problem(response, "check", "wrong_type");
    }
    SECTION("a result the calculation does not have") {
        auto response = evaluate_request(end_of_year_request({{"answer", 1}, {"result", "cac"}}));
        auto problem = only_problem(response, "check.result", "not_allowed");
        CHECK(problem.at("allowed") == json({"clv", "discount_rate_per_period", "periods", "perpetuity_clv"}));
    }
    SECTION("a convention outside the three") {
        auto response = evaluate_request(retention_request({{"answer", 1}, {"convention", "middle"}}));
        only_problem(response, "check.convention", "not_allowed");
    }
    SECTION("a convention where there are none") {
        auto response = evaluate_request(end_of_year_request({{"answer", 1}, {"convention", "start"}}));
        only_problem(response, "check.convention", "unknown_field");
    }
}
