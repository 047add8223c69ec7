// Every warning of README "Warning codes": a request that triggers it and, right beside it, one
// that does not (the boundary a rule like "longer than" or "retention ≥ 1 + d" draws), plus the
// null values and warning values README promises with some of them.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "api_test_support.hpp"

using nlohmann::json;
using namespace api_test;

namespace {

struct WarningCase {
    const char* code;
    const char* calculation;
    json triggers;        // inputs that give the warning
    json does_not;        // inputs just on the other side of its rule
    const char* boundary; // what separates the two
};

// `inputs` with the fields of `more` added or replaced.
json merged(json inputs, const json& more) {
    inputs.update(more);
    return inputs;
}

// Profitability with a margin of 100 × 0.4 = 40 a period: CAC 500 pays back in 12.5 periods.
json paying_back(const json& more) {
    return merged({{"lifetime_value", 3000}, {"acquisition_cost", 500}, {"retention_cost", 200},
                   {"revenue_per_period", 100}, {"gross_margin_rate", 0.4}},
                  more);
}

json retention_clv_inputs(double retention_rate, double discount_rate) {
    return {{"margin_per_period", 100}, {"retention_rate", retention_rate}, {"discount_rate", discount_rate}};
}

const std::vector<WarningCase>& warning_cases() {
    static const std::vector<WarningCase> cases = {
        {"revenue_only", "simple_clv",
         {{"average_purchase", 100}, {"purchases_per_period", 4}, {"lifespan_periods", 5}},
         {{"average_purchase", 100}, {"purchases_per_period", 4}, {"lifespan_periods", 5}, {"gross_margin_rate", 1}},
         "a margin rate, even 100%, makes it margin"},
        {"revenue_only", "profitability",
         {{"lifetime_value", 3000}, {"acquisition_cost", 500}, {"revenue_per_period", 100}},
         {{"lifetime_value", 3000}, {"acquisition_cost", 500}, {"revenue_per_period", 100}, {"gross_margin_rate", 1}},
         "a margin rate, even 100%, makes it margin"},
        {"finite_horizon_truncates", "discounted_clv",
         {{"cash_flow_per_period", 1000}, {"discount_rate", 0.05}, {"periods", 5}},
         {{"cash_flow_per_period", 1000}, {"discount_rate", 0.05}},
         "without periods the flow is a perpetuity"},
        {"finite_horizon_truncates", "discounted_clv",
         {{"cash_flow_per_period", 1000}, {"discount_rate", 0.05}, {"periods", 1}},
         {{"cash_flows", {1000}}, {"discount_rate", 0.05}},
         "a list is every flow there is: nothing lies beyond it"},
        {"finite_horizon_truncates", "discounted_clv",
         {{"cash_flow_per_period", 0.01}, {"discount_rate", 0.05}, {"periods", 5}},
         {{"cash_flow_per_period", 0}, {"discount_rate", 0.05}, {"periods", 5}},
         "a flow of 0 loses nothing beyond the horizon"},
        {"finite_horizon_truncates", "retention_clv",
         {{"margin_per_period", 100}, {"retention_rate", 0.8}, {"discount_rate", 0.1}, {"periods", 10}},
         {{"margin_per_period", 100}, {"retention_rate", 0.8}, {"discount_rate", 0.1}},
         "without periods the horizon is infinite"},
        {"finite_horizon_truncates", "retention_clv",
         {{"margin_per_period", 100}, {"retention_rates", {0.5, 0.5}}, {"discount_rate", 0.1}, {"periods", 3}},
         {{"margin_per_period", 100}, {"retention_rates", {0.5, 0}}, {"discount_rate", 0.1}, {"periods", 3}},
         "no customer is left after the horizon, so nothing is cut off"},
        {"zero_churn_infinite_lifetime", "expected_lifetime",
         {{"retention_rate", 1}}, {{"retention_rate", 0.999999}},
         "any churn at all gives a finite lifetime"},
        {"zero_churn_infinite_lifetime", "retention_rate",
         {{"customers_at_start", 10}, {"new_customers", 5}, {"customers_at_end", 15}},
         {{"customers_at_start", 10}, {"new_customers", 5}, {"customers_at_end", 14}},
         "one customer lost"},
        {"zero_churn_infinite_lifetime", "retention_clv",
         retention_clv_inputs(1, 0.1), retention_clv_inputs(0.999, 0.1),
         "retention below 1"},
        {"diverges", "retention_clv",
         retention_clv_inputs(1, 0), retention_clv_inputs(1, 0.0001),
         "retention 1 is below 1 + d for any d > 0"},
        {"diverges", "retention_clv",
         retention_clv_inputs(1, 0), retention_clv_inputs(0.9999, 0),
         "retention below 1 at 0%"},
        {"diverges", "retention_clv",
         retention_clv_inputs(1, 0), merged(retention_clv_inputs(1, 0), {{"periods", 10}}),
         "a finite horizon is a finite sum"},
        {"diverges", "discounted_clv",
         {{"cash_flow_per_period", 1000}, {"discount_rate", 0}},
         {{"cash_flow_per_period", 1000}, {"discount_rate", 0.000001}},
         "a perpetuity at any positive rate has a value"},
        {"payback_exceeds_lifetime", "profitability",
         paying_back({{"lifetime_periods", 12.4}}), paying_back({{"lifetime_periods", 12.5}}),
         "paying back exactly at the end of the lifetime is not longer than it"},
        {"never_pays_back", "profitability",
         paying_back({{"gross_margin_rate", 0}}), paying_back({{"gross_margin_rate", 0.000001}}),
         "any margin pays back in the end"},
        {"negative_net_margin", "retention_clv",
         merged(retention_clv_inputs(0.8, 0.1), {{"retention_spend_per_period", 100.01}}),
         merged(retention_clv_inputs(0.8, 0.1), {{"retention_spend_per_period", 100}}),
         "spending all of the margin leaves 0, not a loss"},
        {"zero_acquisition_cost", "profitability",
         paying_back({{"acquisition_cost", 0}}), paying_back({{"acquisition_cost", 0.01}}),
         "any CAC gives a ratio"},
        {"rate_converted", "discounted_clv",
         {{"cash_flow_per_period", 100}, {"discount_rate", 0.12}, {"discount_rate_period", "year"}, {"period", "month"}},
         {{"cash_flow_per_period", 100}, {"discount_rate", 0.12}, {"discount_rate_period", "month"}, {"period", "month"}},
         "a rate given for the period is used as it is"},
        {"rate_converted", "retention_clv",
         merged(retention_clv_inputs(0.9, 0.01), {{"discount_rate_period", "month"}}),
         merged(retention_clv_inputs(0.9, 0.01), {{"discount_rate_period", "year"}}),
         "a monthly rate for yearly margins is converted; a yearly one is not"},
        {"finite_horizon_truncates", "expected_lifetime",
         {{"retention_rate", 0.8}, {"max_periods", 3}}, {{"retention_rate", 0}, {"max_periods", 3}},
         "a customer who surely leaves after one period loses nothing to a cap of 3"},
        {"unprofitable", "profitability",
         {{"lifetime_value", 699.99}, {"acquisition_cost", 500}, {"retention_cost", 200}},
         {{"lifetime_value", 700}, {"acquisition_cost", 500}, {"retention_cost", 200}},
         "breaking even is not below the costs"},
    };
    return cases;
}

}  // namespace

TEST_CASE("Each warning is given on one side of its rule and not on the other", "[api][warnings]") {
    for (const auto& c : warning_cases()) {
        INFO(c.code << " in " << c.calculation << ": " << c.boundary);
        {
            INFO("triggering inputs " << c.triggers.dump());
            auto response = evaluate_inputs(c.calculation, c.triggers);
            REQUIRE(response.at("ok") == true);
            CHECK(has_warning(response, c.code));
        }
        {
            INFO("inputs on the other side " << c.does_not.dump());
            auto response = evaluate_inputs(c.calculation, c.does_not);
            REQUIRE(response.at("ok") == true);
            CHECK_FALSE(has_warning(response, c.code));
        }
    }
}

TEST_CASE("Every README warning code has a case above", "[api][warnings]") {
    // README "Warning codes", in its order.
    const std::vector<std::string> readme_codes = {
        "revenue_only", "finite_horizon_truncates", "zero_churn_infinite_lifetime", "diverges",
        "payback_exceeds_lifetime", "never_pays_back", "negative_net_margin", "zero_acquisition_cost",
        "unprofitable", "rate_converted"};
    std::set<std::string> covered;
    for (const auto& c : warning_cases()) covered.insert(c.code);
    CHECK(covered == std::set<std::string>(readme_codes.begin(), readme_codes.end()));
}

TEST_CASE("A warning that stands for a missing number comes with null, never a number", "[api][warnings]") {
    SECTION("diverges: no CLV in any convention, no perpetuity") {
        auto retention = evaluate_inputs("retention_clv", retention_clv_inputs(1, 0));
        for (const auto& convention : retention.at("result").at("conventions")) {
            CHECK(convention.at("clv").is_null());
            CHECK(convention.at("limit").is_null());
        }
        auto perpetuity = evaluate_inputs("discounted_clv", {{"cash_flow_per_period", 1000}, {"discount_rate", 0}});
        CHECK(perpetuity.at("result").at("clv").is_null());
        CHECK(perpetuity.at("result").at("perpetuity_clv").is_null());
    }
    SECTION("zero churn: no expected lifetime") {
        auto response = evaluate_inputs("expected_lifetime", {{"retention_rate", 1}});
        CHECK(response.at("result").at("expected_lifetime_periods").is_null());
    }
    SECTION("never pays back: no payback; zero CAC: no LTV:CAC") {
        CHECK(evaluate_inputs("profitability", paying_back({{"gross_margin_rate", 0}}))
                  .at("result").at("payback_periods").is_null());
        CHECK(evaluate_inputs("profitability", paying_back({{"acquisition_cost", 0}}))
                  .at("result").at("ltv_to_cac").is_null());
    }
}

TEST_CASE("Warnings carry the numbers they are about", "[api][warnings]") {
    SECTION("finite_horizon_truncates gives the perpetuity it cuts off: CF / d") {
        auto response = evaluate_inputs("discounted_clv",
                                        {{"cash_flow_per_period", 1000}, {"discount_rate", 0.05}, {"periods", 5}});
        REQUIRE(warning_codes(response) == std::vector<std::string>{"finite_horizon_truncates"});
        const auto& values = response.at("warnings")[0].at("values");
        REQUIRE(values.size() == 1);
        CHECK(values[0].at("name") == "perpetuity_clv");
        CHECK(values[0].at("value").get<double>() == Approx(1000 / 0.05));
    }
    SECTION("finite_horizon_truncates on retention CLV gives each convention's limit, named by it") {
        auto response = evaluate_inputs("retention_clv", {{"margin_per_period", 100}, {"retention_rate", 0.8},
                                                          {"discount_rate", 0.1}, {"periods", 10}});
        REQUIRE(warning_codes(response) == std::vector<std::string>{"finite_horizon_truncates"});
        const auto& values = response.at("warnings")[0].at("values");
        REQUIRE(values.size() == 3);
        // m*r/(1+d-r), m*(1+d)/(1+d-r), m/(1+d-r) with m = 100, r = 0.8, d = 0.1.
        CHECK(values[0].at("name") == "end_retained");
        CHECK(values[0].at("value").get<double>() == Approx(80 / 0.3));
        CHECK(values[1].at("name") == "start");
        CHECK(values[1].at("value").get<double>() == Approx(110 / 0.3));
        CHECK(values[2].at("name") == "end_first_certain");
        CHECK(values[2].at("value").get<double>() == Approx(100 / 0.3));
    }
    SECTION("rate_converted gives the given rate, then the converted one") {
        // 12% a year for monthly flows: 1.12^(1/12) - 1 = 0.0094887929 a month.
        auto response = evaluate_inputs("discounted_clv", {{"cash_flow_per_period", 100}, {"periods", 24},
                                                           {"discount_rate", 0.12}, {"discount_rate_period", "year"},
                                                           {"period", "month"}});
        REQUIRE(warning_codes(response) ==
                std::vector<std::string>{"rate_converted", "finite_horizon_truncates"});
        const auto& values = response.at("warnings")[0].at("values");
        REQUIRE(values.size() == 2);
        CHECK(values[0] == json({{"name", "discount_rate_annual"}, {"value", 0.12}, {"unit", "rate"}}));
        CHECK(values[1].at("name") == "discount_rate_monthly");
        CHECK(values[1].at("value").get<double>() == Approx(0.0094887929).margin(1e-9));
        CHECK(values[1].at("value") == response.at("result").at("discount_rate_per_period"));
    }
    SECTION("payback_exceeds_lifetime gives the payback (CAC / margin) and the lifetime") {
        auto response = evaluate_inputs("profitability", paying_back({{"lifetime_periods", 12.4}}));
        REQUIRE(warning_codes(response) == std::vector<std::string>{"payback_exceeds_lifetime"});
        const auto& values = response.at("warnings")[0].at("values");
        REQUIRE(values.size() == 2);
        CHECK(values[0].at("name") == "payback_periods");
        CHECK(values[0].at("value").get<double>() == Approx(500 / (100 * 0.4)));
        CHECK(values[1].at("name") == "lifetime_periods");
        CHECK(values[1].at("value").get<double>() == Approx(12.4));
    }
}
