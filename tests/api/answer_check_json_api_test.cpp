// The optional "check" object of a request through clv::api::evaluate.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "api_test_support.hpp"
#include "core/evaluation_count.hpp"

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

TEST_CASE("check: the slips come from the result already computed, not a second evaluation",
          "[api][check]") {
    // App issue 11 item 5: a request with a check computes its calculation once, as one
    // without (before: up to six times for discounted and retention CLV).
    const std::vector<json> requests = {
        end_of_year_request({{"answer", 86589.60}}),
        {{"calculation", "discounted_clv"},
         {"inputs", {{"cash_flow_per_period", 100}, {"periods", 24}, {"discount_rate", 0.12},
                     {"discount_rate_period", "year"}, {"period", "month"}}},
         {"check", {{"answer", 2124.34}}}},
        {{"calculation", "retention_clv"},
         {"inputs", {{"margin_per_period", 100}, {"retention_rates", {0.6, 0.85}}, {"discount_rate", 0.12},
                     {"discount_rate_period", "year"}, {"period", "month"}, {"periods", 36},
                     {"acquisition_cost", 50}}},
         {"check", {{"answer", 475.29}, {"result", "net_clv"}, {"convention", "start"}}}},  // the gross CLV
        retention_request({{"answer", 379.08}}),
        {{"calculation", "simple_clv"},
         {"inputs", {{"average_purchase", 0.145}, {"purchases_per_period", 3}, {"lifespan_periods", 1}}},
         {"check", {{"answer", 0.43}}}},  // 0.435 rounded to whole units is 0, as is 0.43
        {{"calculation", "profitability"},
         {"inputs", {{"acquisition_cost", 500}, {"revenue_per_period", 1000}, {"gross_margin_rate", 0.25}}},
         {"check", {{"answer", 0.5}, {"result", "payback_periods"}}}},
        {{"calculation", "convert_rate"},
         {"inputs", {{"rate_kind", "discount"}, {"rate", 0.12}, {"from_period", "year"}, {"to_period", "month"}}},
         {"check", {{"answer", 0.01}, {"result", "converted_rate"}}}},
    };
    for (const auto& request : requests) {
        INFO(request.dump());
        json without = request;
        without.erase("check");
        const auto before = clv::calculations_computed();
        REQUIRE(evaluate_request(without).at("ok") == true);
        const auto plain = clv::calculations_computed() - before;
        const auto before_check = clv::calculations_computed();
        const json response = evaluate_request(request);
        REQUIRE(response.at("ok") == true);
        CHECK(clv::calculations_computed() - before_check == plain);
        CHECK(plain == 1);
        CHECK_FALSE(response.at("check").at("slips").empty());  // the check did find its slips
    }
}

TEST_CASE("check: a retention convention's net CLV and margin multiple", "[api][check]") {
    // Issue 14 items 11-12: end_retained 80 / 0.3 = 266.67, net of 50: 216.67; margin
    // multiple 0.8 / 0.3 = 2.67, start's 1.1 / 0.3 = 3.67.
    auto request = [](const json& check) {
        return json{{"calculation", "retention_clv"},
                    {"inputs", {{"margin_per_period", 100}, {"retention_rate", 0.8}, {"discount_rate", 0.1},
                                {"acquisition_cost", 50}}},
                    {"check", check}};
    };
    CHECK(evaluate_request(request({{"answer", 216.67}, {"result", "net_clv"}})).at("check").at("matches") == true);
    const auto gross = evaluate_request(request({{"answer", 266.67}, {"result", "net_clv"}})).at("check");
    REQUIRE(gross.at("slips").size() == 1);
    CHECK(gross.at("slips")[0].at("code") == "cost_left_out");
    CHECK(gross.at("slips")[0].at("detail") == "acquisition_cost");
    const auto multiple = evaluate_request(request({{"answer", 2.67}, {"result", "margin_multiple"}})).at("check");
    CHECK(multiple.at("matches") == true);
    CHECK(multiple.at("expected_rounded") == 2.67);
    const auto other = evaluate_request(request({{"answer", 3.67}, {"result", "margin_multiple"}})).at("check");
    REQUIRE(other.at("slips").size() == 1);
    CHECK(other.at("slips")[0].at("convention") == "start");
    // The checkable names of a convention.
    auto problem = only_problem(evaluate_request(request({{"answer", 1}, {"result", "cac"}})), "check.result", "not_allowed");
    CHECK(problem.at("allowed") == json({"clv", "limit", "net_clv", "margin_multiple", "discount_rate_per_period",
                                         "net_margin_per_period", "periods"}));
}

TEST_CASE("check: profitability's profit, LTV:CAC and payback", "[api][check]") {
    // README profitability example: profit 3000 - 500 - 200 = 2300, LTV:CAC 6, payback 2.
    auto request = [](double answer, const char* result) {
        return json{{"calculation", "profitability"},
                    {"inputs", {{"lifetime_value", 3000}, {"acquisition_cost", 500}, {"retention_cost", 200},
                                {"revenue_per_period", 1000}, {"gross_margin_rate", 0.25}}},
                    {"check", {{"answer", answer}, {"result", result}}}};
    };
    CHECK(evaluate_request(request(2300, "profit")).at("check").at("matches") == true);
    CHECK(evaluate_request(request(2500, "profit")).at("check").at("slips")[0].at("detail") == "retention_cost");
    CHECK(evaluate_request(request(6, "ltv_to_cac")).at("check").at("matches") == true);
    CHECK(evaluate_request(request(0.17, "ltv_to_cac")).at("check").at("slips")[0].at("code") == "ratio_inverted");
    CHECK(evaluate_request(request(0.5, "payback_periods")).at("check").at("slips")[0].at("code") ==
          "revenue_instead_of_margin");
}

TEST_CASE("check: a horizon one period off and a flat annuity over the mean lifetime", "[api][check]") {
    // Issue 14 item 13. End-of-year example summed over t = 0..5: 1000 + 4329.48 = 5329.48,
    // the start-of-year value over 6 years. Retention example (266.67) as a 5-period annuity
    // of 100 at 10% (mean lifetime 1 / 0.2): 379.08.
    const auto horizon = evaluate_request(end_of_year_request({{"answer", 5329.48}})).at("check");
    REQUIRE(horizon.at("slips").size() == 1);
    CHECK(horizon.at("slips")[0].at("code") == "horizon_off_by_one");
    CHECK(horizon.at("slips")[0].at("convention") == "start");
    const auto annuity = evaluate_request(retention_request({{"answer", 379.08}})).at("check");
    REQUIRE(annuity.at("slips").size() == 1);
    CHECK(annuity.at("slips")[0].at("code") == "mean_lifetime_annuity");
    CHECK(annuity.at("slips")[0].at("detail") == "end");
}
