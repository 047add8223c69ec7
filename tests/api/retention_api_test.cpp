// "retention_cost", "retention_rate" and "expected_lifetime" through clv::api::evaluate: the
// README contract's field names, results, warnings, and exact problem codes and fields.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api_test_support.hpp"
#include "../shared_examples.hpp"

using nlohmann::json;
using namespace api_test;

// ---- retention_cost -------------------------------------------------------------------------

TEST_CASE("retention_cost answers the shared worked example", "[api][retention_cost]") {
    const auto& example = shared_example("retention_cost.per_customer");
    auto response = evaluate_inputs_text("retention_cost", example.at("inputs").dump());
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("retention_cost_per_customer").get<double>() ==
          Approx(example.at("expected").at("retention_cost_per_customer").get<double>())
              .margin(example.at("tolerance").get<double>()));
    CHECK(result.at("retention_spend") == 20000);
    CHECK(result.at("shares") == json::object());  // README: empty for a total
    CHECK(step_formulas(response) == std::vector<std::string>{"retention_cost.per_customer"});
    CHECK(response.at("warnings").empty());
}

TEST_CASE("retention_cost sums items and gives their shares", "[api][retention_cost]") {
    auto response = evaluate_inputs_text("retention_cost",
                             R"({"customer_service":8000,"loyalty_programme":10000,"customers_retained":400})");
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("retention_spend") == 18000);  // by hand: 8000 + 10000
    CHECK(result.at("retention_cost_per_customer").get<double>() == Approx(45));  // 18000 / 400
    const auto& shares = result.at("shares");
    CHECK(shares.size() == 4);
    CHECK(shares.at("customer_service").get<double>() == Approx(8000.0 / 18000));
    CHECK(shares.at("satisfaction_surveys") == 0);
    CHECK(step_formulas(response) == std::vector<std::string>{"retention_cost.spend", "retention_cost.per_customer"});
    const auto& per_customer = response.at("steps")[1];
    CHECK(per_customer.at("values")[1] == json({{"name", "customers_retained"}, {"value", 400}, {"unit", "count"}}));
}

TEST_CASE("retention_cost rejects bad input with exact codes", "[api][retention_cost][validation]") {
    SECTION("a total and an item together conflict, even an item of 0") {
        only_problem(evaluate_inputs_text("retention_cost", R"({"retention_spend":20000,"other":0,"customers_retained":400})"),
                     "inputs.retention_spend", "conflicting_fields");
    }
    SECTION("a null item counts as not given") {
        CHECK(evaluate_inputs_text("retention_cost", R"({"retention_spend":20000,"other":null,"customers_retained":400})")
                  .at("ok") == true);
    }
    SECTION("missing customers retained") {
        only_problem(evaluate_inputs_text("retention_cost", R"({"retention_spend":1})"), "inputs.customers_retained", "missing_field");
    }
    SECTION("zero and fractional customers") {
        auto zero = only_problem(evaluate_inputs_text("retention_cost", R"({"customers_retained":0})"),
                                 "inputs.customers_retained", "out_of_range");
        CHECK(zero.at("min") == 1);
        only_problem(evaluate_inputs_text("retention_cost", R"({"customers_retained":2.5})"),
                     "inputs.customers_retained", "not_whole_number");
    }
    SECTION("negative items and total") {
        only_problem(evaluate_inputs_text("retention_cost", R"({"loyalty_programme":-1,"customers_retained":1})"),
                     "inputs.loyalty_programme", "negative");
        only_problem(evaluate_inputs_text("retention_cost", R"({"retention_spend":-1,"customers_retained":1})"),
                     "inputs.retention_spend", "negative");
    }
    SECTION("wrong JSON types are each reported") {
        auto response = evaluate_inputs_text("retention_cost", R"({"customer_service":"8000","retention_spend":[1],"customers_retained":true})");
        CHECK(problem_pairs(response) == ProblemPairs{
                                        {"inputs.customer_service", "wrong_type"},
                                        {"inputs.retention_spend", "wrong_type"},
                                        {"inputs.customers_retained", "wrong_type"}});
    }
    SECTION("unknown field") {
        only_problem(evaluate_inputs_text("retention_cost", R"({"customers_retained":1,"coupons":5})"), "inputs.coupons", "unknown_field");
    }
    SECTION("every value problem is reported") {
        auto response = evaluate_inputs_text("retention_cost", R"({"customer_service":-1,"other":1e300,"customers_retained":0.5})");
        CHECK(problem_pairs(response) == ProblemPairs{
                                        {"inputs.customer_service", "negative"},
                                        {"inputs.other", "out_of_range"},
                                        {"inputs.customers_retained", "out_of_range"}});
    }
}

// ---- retention_rate -------------------------------------------------------------------------

TEST_CASE("retention_rate gives retained customers, rates and lifetime", "[api][retention_rate]") {
    // By hand: S 1000, N 150, E 950: retained 800, r 0.8, churn 0.2, lifetime 5 years.
    auto response = evaluate_inputs_text("retention_rate", R"({"customers_at_start":1000,"new_customers":150,"customers_at_end":950})");
    REQUIRE(response.at("ok") == true);
    const auto& result = response.at("result");
    CHECK(result.at("customers_retained") == 800);
    CHECK(result.at("retention_rate").get<double>() == Approx(0.8));
    CHECK(result.at("churn_rate").get<double>() == Approx(0.2));
    CHECK(result.at("expected_lifetime_periods").get<double>() == Approx(5));
    CHECK(result.at("period") == "year");
    CHECK(step_formulas(response) == std::vector<std::string>{"retention_rate.customers_retained", "retention_rate.rate",
                                                              "lifetime.churn", "lifetime.expected"});
    SECTION("the period is echoed") {
        auto monthly = evaluate_inputs_text("retention_rate",
                                R"({"customers_at_start":1000,"new_customers":150,"customers_at_end":950,"period":"month"})");
        CHECK(monthly.at("result").at("period") == "month");
    }
}

TEST_CASE("retention_rate with nobody lost has a null lifetime and a warning", "[api][retention_rate]") {
    auto response = evaluate_inputs_text("retention_rate", R"({"customers_at_start":10,"new_customers":5,"customers_at_end":15})");
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("churn_rate") == 0);
    CHECK(response.at("result").at("expected_lifetime_periods").is_null());
    CHECK(warning_codes(response) == std::vector<std::string>{"zero_churn_infinite_lifetime"});
}

TEST_CASE("retention_rate rejects bad counts with exact codes", "[api][retention_rate][validation]") {
    SECTION("E − N below 0: inconsistent, with the allowed range of E") {
        auto problem = only_problem(evaluate_inputs_text("retention_rate", R"({"customers_at_start":100,"new_customers":30,"customers_at_end":20})"),
                                    "inputs.customers_at_end", "inconsistent_counts");
        CHECK(problem.at("min") == 30);
        CHECK(problem.at("max") == 130);
    }
    SECTION("E − N above S") {
        auto problem = only_problem(evaluate_inputs_text("retention_rate", R"({"customers_at_start":100,"new_customers":30,"customers_at_end":131})"),
                                    "inputs.customers_at_end", "inconsistent_counts");
        CHECK(problem.at("max") == 130);
    }
    SECTION("all three missing, each reported") {
        CHECK(problem_pairs(evaluate_inputs_text("retention_rate", "{}")) == ProblemPairs{
                                                              {"inputs.customers_at_start", "missing_field"},
                                                              {"inputs.new_customers", "missing_field"},
                                                              {"inputs.customers_at_end", "missing_field"}});
    }
    SECTION("zero at the start, a fraction, a negative") {
        auto response = evaluate_inputs_text("retention_rate", R"({"customers_at_start":0,"new_customers":1.5,"customers_at_end":-1})");
        CHECK(problem_pairs(response) == ProblemPairs{
                                        {"inputs.customers_at_start", "out_of_range"},
                                        {"inputs.new_customers", "not_whole_number"},
                                        {"inputs.customers_at_end", "negative"}});
    }
    SECTION("a period outside the choices, with the allowed words") {
        auto problem = only_problem(evaluate_inputs_text("retention_rate",
                                             R"({"customers_at_start":1,"new_customers":0,"customers_at_end":1,"period":"week"})"),
                                    "inputs.period", "not_allowed");
        CHECK(problem.at("allowed") == json({"year", "month"}));
    }
    SECTION("a count sent as a string") {
        only_problem(evaluate_inputs_text("retention_rate", R"({"customers_at_start":"1","new_customers":0,"customers_at_end":1})"),
                     "inputs.customers_at_start", "wrong_type");
    }
    SECTION("unknown field") {
        only_problem(evaluate_inputs_text("retention_rate", R"({"customers_at_start":1,"new_customers":0,"customers_at_end":1,"lost":0})"),
                     "inputs.lost", "unknown_field");
    }
}

// ---- expected_lifetime ----------------------------------------------------------------------

TEST_CASE("expected_lifetime answers the shared worked example", "[api][expected_lifetime]") {
    const auto& example = shared_example("lifetime.from_retention");
    auto response = evaluate_inputs_text("expected_lifetime", example.at("inputs").dump());
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("expected_lifetime_periods").get<double>() ==
          Approx(example.at("expected").at("expected_lifetime_periods").get<double>())
              .margin(example.at("tolerance").get<double>()));
    CHECK(response.at("result").at("churn_rate").get<double>() == Approx(0.2));
    CHECK(response.at("result").at("period") == "year");
    CHECK(step_formulas(response) == std::vector<std::string>{"lifetime.churn", "lifetime.expected"});
    const auto& churn = response.at("steps")[0];
    CHECK(churn.at("values")[0] == json({{"name", "retention_rate"}, {"value", 0.8}, {"unit", "rate"}}));
    CHECK(churn.at("result").at("unit") == "rate");
}

TEST_CASE("expected_lifetime at full retention is null with a warning", "[api][expected_lifetime]") {
    auto response = evaluate_inputs_text("expected_lifetime", R"({"retention_rate":1,"period":"month"})");
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("expected_lifetime_periods").is_null());
    CHECK(response.at("result").at("period") == "month");
    CHECK(warning_codes(response) == std::vector<std::string>{"zero_churn_infinite_lifetime"});
}

TEST_CASE("expected_lifetime rejects bad input with exact codes", "[api][expected_lifetime][validation]") {
    auto above = only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rate":1.5})"), "inputs.retention_rate", "out_of_range");
    CHECK(above.at("min") == 0);
    CHECK(above.at("max") == 1);
    only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rate":-0.5})"), "inputs.retention_rate", "negative");
    only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rate":"80%"})"), "inputs.retention_rate", "wrong_type");
    only_problem(evaluate_inputs_text("expected_lifetime", "{}"), "inputs.retention_rate", "missing_field");
    only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rate":0.8,"period":7})"), "inputs.period", "wrong_type");
    only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rate":0.8,"churn_rate":0.2})"), "inputs.churn_rate", "unknown_field");
}

TEST_CASE("expected_lifetime from a list of rates, and capped", "[api][expected_lifetime]") {
    // Issue 14 item 10, by hand: 0.6 then 0.85 for ever: 1 + 0.6 / 0.15 = 5 periods; counted
    // over 3 periods at most: 1 + 0.6 + 0.51 = 2.11, the warning giving the uncapped 5.
    auto response = evaluate_inputs_text("expected_lifetime", R"({"retention_rates":[0.6,0.85]})");
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("result").at("expected_lifetime_periods").get<double>() == Approx(5).epsilon(1e-12));
    CHECK(response.at("result").at("churn_rate").is_null());
    CHECK(response.at("result").at("max_periods").is_null());
    CHECK(step_formulas(response) == std::vector<std::string>{"lifetime.expected_from_rates"});
    auto capped = evaluate_inputs_text("expected_lifetime", R"({"retention_rates":[0.6,0.85],"max_periods":3})");
    REQUIRE(capped.at("ok") == true);
    CHECK(capped.at("result").at("expected_lifetime_periods").get<double>() == Approx(2.11).epsilon(1e-12));
    CHECK(capped.at("result").at("max_periods") == 3);
    REQUIRE(warning_codes(capped) == std::vector<std::string>{"finite_horizon_truncates"});
    const auto& uncapped = capped.at("warnings")[0].at("values")[0];
    CHECK(uncapped.at("name") == "expected_lifetime_periods");
    CHECK(uncapped.at("value").get<double>() == Approx(5).epsilon(1e-12));
    CHECK(uncapped.at("unit") == "periods");
}

TEST_CASE("expected_lifetime's list and cap reject bad input with exact codes", "[api][expected_lifetime][validation]") {
    only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rate":0.8,"retention_rates":[0.8]})"),
                 "inputs.retention_rates", "conflicting_fields");
    only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rates":[0.8,1.2]})"),
                 "inputs.retention_rates[1]", "out_of_range");
    only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rates":"0.8"})"),
                 "inputs.retention_rates", "wrong_type");
    only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rate":0.8,"max_periods":0})"),
                 "inputs.max_periods", "out_of_range");
    only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rate":0.8,"max_periods":2.5})"),
                 "inputs.max_periods", "not_whole_number");
    only_problem(evaluate_inputs_text("expected_lifetime", R"({"retention_rate":0.8,"max_periods":"12"})"),
                 "inputs.max_periods", "wrong_type");
}
