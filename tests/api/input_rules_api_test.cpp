// Bad input in every calculation gives the exact problem code of README "Problem codes", at the
// field that holds it: missing required fields, wrong JSON types, rates outside their README
// ranges, numbers below 0, numbers JSON cannot hold, and 10k-character strings.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "api/evaluate.hpp"
#include "api_test_support.hpp"

using nlohmann::json;
using namespace api_test;

namespace {

// A valid request's inputs for each calculation (README "Calculations"), and its required fields
// (bold there; for "x or y" the field named when neither is given).
struct CalculationInputs {
    const char* calculation;
    json inputs;
    std::vector<std::string> required;
};

const std::vector<CalculationInputs>& valid_inputs() {
    static const std::vector<CalculationInputs> all = {
        {"acquisition_cost", {{"advertising", 30000}, {"marketing_events", 12000}, {"sales_team", 45000},
                              {"sales_tools", 3000}, {"other", 0}, {"new_customers", 600}},
         {"new_customers"}},
        {"retention_cost", {{"customer_service", 8000}, {"loyalty_programme", 10000},
                            {"satisfaction_surveys", 1500}, {"other", 500}, {"customers_retained", 400}},
         {"customers_retained"}},
        {"retention_rate", {{"customers_at_start", 1000}, {"new_customers", 150}, {"customers_at_end", 950},
                            {"period", "year"}},
         {"customers_at_start", "new_customers", "customers_at_end"}},
        {"simple_clv", {{"average_purchase", 100}, {"purchases_per_period", 4}, {"lifespan_periods", 5},
                        {"gross_margin_rate", 0.3}, {"period", "month"}},
         {"average_purchase", "purchases_per_period", "lifespan_periods"}},
        {"discounted_clv", {{"cash_flow_per_period", 1000}, {"discount_rate", 0.05}, {"discount_rate_period", "year"},
                            {"periods", 5}, {"timing", "end"}, {"table_periods", 3}, {"period", "year"}},
         {"cash_flow_per_period", "discount_rate"}},
        {"retention_clv", {{"margin_per_period", 100}, {"retention_rate", 0.8}, {"discount_rate", 0.1},
                           {"discount_rate_period", "year"}, {"periods", 5}, {"retention_spend_per_period", 10},
                           {"table_periods", 3}, {"acquisition_cost", 50}, {"period", "year"}},
         {"margin_per_period", "retention_rate", "discount_rate"}},
        {"expected_lifetime", {{"retention_rate", 0.8}, {"max_periods", 10}, {"period", "year"}}, {"retention_rate"}},
        {"convert_rate", {{"rate_kind", "discount"}, {"rate", 0.1}, {"from_period", "year"}, {"to_period", "month"}},
         {"rate_kind", "rate", "from_period", "to_period"}},
        {"profitability", {{"lifetime_value", 3000}, {"acquisition_cost", 500}, {"retention_cost", 200},
                           {"revenue_per_period", 100}, {"gross_margin_rate", 0.4}, {"lifetime_periods", 36},
                           {"period", "month"}},
         {"acquisition_cost"}},  // lifetime_value is optional with revenue_per_period given
        {"simple_clv_totals", {{"total_revenue", 50000}, {"total_purchases", 1000}, {"customers", 200},
                               {"total_lifespan_periods", 800}, {"gross_margin_rate", 0.3}, {"period", "year"}},
         {"total_revenue", "total_purchases", "customers", "total_lifespan_periods"}},
        {"cost_structure", {{"families", {{"training", {{"courses", 1000}}}}}, {"customers", 1000}},
         {"families", "customers"}},
    };
    return all;
}

// The valid inputs of `calculation`.
const json& inputs_of(const std::string& calculation) {
    for (const auto& entry : valid_inputs())
        if (entry.calculation == calculation) return entry.inputs;
    throw std::logic_error("no valid inputs for " + calculation);
}

// `inputs` with `field` set to `value`.
json with(json inputs, const std::string& field, const json& value) {
    inputs[field] = value;
    return inputs;
}

}  // namespace

TEST_CASE("The valid inputs used below are valid", "[api][inputs]") {
    for (const auto& calculation : valid_inputs()) {
        INFO(calculation.calculation);
        CHECK(evaluate_inputs(calculation.calculation, calculation.inputs).at("ok") == true);
    }
}

TEST_CASE("Each required field, absent or null, is missing_field", "[api][inputs]") {
    for (const auto& calculation : valid_inputs()) {
        for (const auto& field : calculation.required) {
            INFO(calculation.calculation << "." << field);
            json inputs = calculation.inputs;
            inputs.erase(field);
            only_problem(evaluate_inputs(calculation.calculation, inputs), "inputs." + field, "missing_field");
            only_problem(evaluate_inputs(calculation.calculation, with(calculation.inputs, field, nullptr)),
                         "inputs." + field, "missing_field");
        }
    }
}

TEST_CASE("Every field given a value of the wrong JSON type is wrong_type", "[api][inputs]") {
    for (const auto& calculation : valid_inputs()) {
        for (const auto& item : calculation.inputs.items()) {
            const std::string& field = item.key();
            // true fits no field; then a string for a number, a number for a word, a list for an object.
            std::vector<json> wrong_values = {true};
            if (item.value().is_number()) wrong_values.push_back(std::to_string(item.value().get<double>()));
            if (item.value().is_string()) wrong_values.push_back(1);
            if (item.value().is_object()) wrong_values.push_back(json::array({1}));
            for (const auto& wrong : wrong_values) {
                INFO(calculation.calculation << "." << field << " = " << wrong.dump());
                only_problem(evaluate_inputs(calculation.calculation, with(calculation.inputs, field, wrong)),
                             "inputs." + field, "wrong_type");
            }
        }
    }
}

TEST_CASE("Rates outside their README ranges are refused with the range", "[api][inputs]") {
    // README: discount rates 0..10, retention and gross margin rates 0..1, both ends allowed.
    struct RateRule {
        const char* calculation;
        const char* field;
        double max;
    };
    const RateRule rules[] = {
        {"discounted_clv", "discount_rate", 10}, {"retention_clv", "discount_rate", 10},
        {"retention_clv", "retention_rate", 1},  {"expected_lifetime", "retention_rate", 1},
        {"simple_clv", "gross_margin_rate", 1},  {"profitability", "gross_margin_rate", 1},
        {"convert_rate", "rate", 10},  // a discount rate (the valid inputs' rate_kind)
    };
    for (const auto& rule : rules) {
        const json& base = inputs_of(rule.calculation);
        INFO(rule.calculation << "." << rule.field);
        const std::string field = std::string("inputs.") + rule.field;
        for (double edge : {0.0, rule.max})
            CHECK(evaluate_inputs(rule.calculation, with(base, rule.field, edge)).at("ok") == true);
        auto below = only_problem(evaluate_inputs(rule.calculation, with(base, rule.field, -0.01)),
                                  field, "negative");
        auto above = only_problem(evaluate_inputs(rule.calculation, with(base, rule.field, rule.max + 0.01)),
                                  field, "out_of_range");
        for (const auto& problem : {below, above}) {
            CHECK(problem.at("min") == 0);
            CHECK(problem.at("min_exclusive") == false);
            CHECK(problem.at("max") == rule.max);
            CHECK(problem.at("max_exclusive") == false);
        }
    }
    SECTION("a retention rate to convert is at most 1") {
        json inputs = {{"rate_kind", "retention"}, {"rate", 1.01}, {"from_period", "year"}, {"to_period", "month"}};
        CHECK(only_problem(evaluate_inputs("convert_rate", inputs), "inputs.rate", "out_of_range").at("max") == 1);
    }
    SECTION("each rate of a retention list is checked at its index") {
        json inputs = {{"margin_per_period", 100}, {"retention_rates", {0.5, 1.01, -0.2}}, {"discount_rate", 0.1}};
        CHECK(problem_pairs(evaluate_inputs("retention_clv", inputs)) ==
              ProblemPairs{{"inputs.retention_rates[1]", "out_of_range"}, {"inputs.retention_rates[2]", "negative"}});
    }
}

TEST_CASE("Amounts and counts below 0 are negative; counts that start at 1 are out_of_range",
          "[api][inputs]") {
    struct Case {
        const char* calculation;
        const char* field;
        const char* code;
    };
    // README: money "≥ 0", counts "whole ≥ 0" are negative below 0; "whole ≥ 1" and periods
    // "whole 1..1200" are out_of_range with min 1. A cash flow may be negative (a loss).
    const Case cases[] = {
        {"acquisition_cost", "advertising", "negative"},     {"acquisition_cost", "new_customers", "out_of_range"},
        {"retention_cost", "loyalty_programme", "negative"}, {"retention_cost", "customers_retained", "out_of_range"},
        {"retention_rate", "new_customers", "negative"},     {"retention_rate", "customers_at_end", "negative"},
        {"retention_rate", "customers_at_start", "out_of_range"},
        {"simple_clv", "average_purchase", "negative"},      {"simple_clv", "purchases_per_period", "negative"},
        {"simple_clv", "lifespan_periods", "negative"},
        {"discounted_clv", "periods", "out_of_range"},       {"discounted_clv", "table_periods", "out_of_range"},
        {"retention_clv", "margin_per_period", "negative"},  {"retention_clv", "retention_spend_per_period", "negative"},
        {"retention_clv", "periods", "out_of_range"},
        {"profitability", "lifetime_value", "negative"},     {"profitability", "acquisition_cost", "negative"},
        {"profitability", "retention_cost", "negative"},     {"profitability", "revenue_per_period", "negative"},
        {"cost_structure", "customers", "out_of_range"},
    };
    for (const auto& c : cases) {
        const json& base = inputs_of(c.calculation);
        INFO(c.calculation << "." << c.field);
        auto problem = only_problem(evaluate_inputs(c.calculation, with(base, c.field, -1)),
                                    std::string("inputs.") + c.field, c.code);
        CHECK(problem.at("min") == (std::string(c.code) == "negative" ? 0 : 1));
    }
    SECTION("a negative cash flow is a loss, not a problem") {
        json inputs = {{"cash_flow_per_period", -1000}, {"discount_rate", 0.05}, {"periods", 5}};
        CHECK(evaluate_inputs("discounted_clv", inputs).at("ok") == true);
    }
}

TEST_CASE("Numbers JSON cannot hold make the request malformed_json", "[api][inputs]") {
    // README not_finite: NaN and infinities are not JSON, and a literal beyond the double range
    // (1e400) is refused by the parser, so each is malformed_json before any field is read.
    for (const char* number : {"NaN", "Infinity", "-Infinity", "1e400", "-1e400", "nan", "inf"}) {
        INFO(number);
        auto response = evaluate_request_text(
            std::string(R"({"calculation":"expected_lifetime","inputs":{"retention_rate":)") + number + "}}");
        only_problem(response, "", "malformed_json");
        CHECK(response.at("calculation").is_null());
    }
}

TEST_CASE("A 10k-character string is too_long wherever a word goes, and is never echoed",
          "[api][inputs]") {
    const std::string long_text(10000, 'x');
    struct Place {
        const char* calculation;
        const char* field;
    };
    const Place places[] = {{"retention_rate", "period"},      {"simple_clv", "period"},
                            {"discounted_clv", "timing"},      {"discounted_clv", "discount_rate_period"},
                            {"retention_clv", "period"},       {"expected_lifetime", "period"},
                            {"convert_rate", "rate_kind"},     {"convert_rate", "from_period"},
                            {"convert_rate", "to_period"},     {"profitability", "period"}};
    for (const auto& place : places) {
        const json& base = inputs_of(place.calculation);
        INFO(place.calculation << "." << place.field);
        const json request = {{"calculation", place.calculation},
                              {"inputs", with(base, place.field, long_text)}};
        CHECK(clv::api::evaluate(request.dump()).size() < 2000);
        auto problem = only_problem(evaluate_request(request), std::string("inputs.") + place.field, "too_long");
        CHECK(problem.at("max") == 64);
    }
    SECTION("in the check block") {
        json request = {{"calculation", "retention_clv"},
                        {"inputs", {{"margin_per_period", 100}, {"retention_rate", 0.8}, {"discount_rate", 0.1}}},
                        {"check", {{"answer", 1}, {"result", long_text}}}};
        CHECK(only_problem(evaluate_request(request), "check.result", "too_long").at("max") == 64);
        request["check"] = {{"answer", 1}, {"convention", long_text}};
        CHECK(only_problem(evaluate_request(request), "check.convention", "too_long").at("max") == 64);
        CHECK(clv::api::evaluate(request.dump()).size() < 2000);
    }
    SECTION("where a number goes") {
        const json request = {{"calculation", "expected_lifetime"}, {"inputs", {{"retention_rate", long_text}}}};
        CHECK(clv::api::evaluate(request.dump()).size() < 2000);
        only_problem(evaluate_request(request), "inputs.retention_rate", "wrong_type");
    }
}

TEST_CASE("Invalid UTF-8 anywhere in the request is invalid_utf8", "[api][inputs]") {
    // A lone continuation byte, an overlong 'A', a UTF-16 surrogate encoded as UTF-8.
    for (const std::string bad : {std::string("\x80"), std::string("\xC1\x81"), std::string("\xED\xBF\xBF")}) {
        only_problem(evaluate_request_text(R"({"calculation":"expected_lifetime","inputs":{")" + bad +
                                           R"(":1,"retention_rate":0.8}})"),
                     "", "invalid_utf8");
        only_problem(evaluate_request_text(R"({"calculation":"expected_)" + bad + R"(","inputs":{}})"),
                     "", "invalid_utf8");
    }
}

TEST_CASE("Length limits count characters, not bytes", "[api][inputs]") {
    // README too_long: "longer than max characters". 年 is one character of three UTF-8 bytes.
    std::string word;
    for (int i = 0; i < 64; ++i) word += "年";
    SECTION("64 three-byte characters are a word of allowed length, just not an allowed one") {
        only_problem(evaluate_inputs("expected_lifetime", {{"retention_rate", 0.8}, {"period", word}}),
                     "inputs.period", "not_allowed");
    }
    SECTION("65 are too long") {
        only_problem(evaluate_inputs("expected_lifetime", {{"retention_rate", 0.8}, {"period", word + "年"}}),
                     "inputs.period", "too_long");
    }
    SECTION("a long unknown key is cut to 64 whole characters") {
        std::string key = word;
        for (int i = 0; i < 1000; ++i) key += "年";
        auto response = evaluate_inputs("expected_lifetime", {{"retention_rate", 0.8}, {key, 1}});
        only_problem(response, "inputs." + word + "…", "unknown_field");
    }
}
