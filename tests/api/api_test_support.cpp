#include "api_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "api/evaluate.hpp"

namespace api_test {

namespace {

// True when every number anywhere in `value` is finite.
bool all_numbers_finite(const json& value) {
    if (value.is_number_float()) return std::isfinite(value.get<double>());
    if (value.is_structured())
        for (const auto& item : value) if (!all_numbers_finite(item)) return false;
    return true;
}

// {"name": text, "value": number|null, "unit": one of README's units}.
void check_named_value_shape(const json& value) {
    INFO("named value: " << value.dump());
    REQUIRE(value.is_object());
    CHECK(value.at("name").is_string());
    CHECK((value.at("value").is_number() || value.at("value").is_null()));
    static const std::vector<std::string> units = {"money", "rate", "share", "count",
                                                   "periods", "ratio", "factor"};
    const json& unit = value.at("unit");
    CHECK((unit.is_string() && std::find(units.begin(), units.end(), unit.get<std::string>()) != units.end()));
}

void check_problem_shape(const json& problem) {
    INFO("problem: " << problem.dump());
    REQUIRE(problem.is_object());
    CHECK(problem.at("field").is_string());
    CHECK(problem.at("code").is_string());
    for (const char* bound : {"min", "max"}) {
        if (!problem.contains(bound)) continue;
        CHECK(problem.at(bound).is_number());
        CHECK(problem.at(std::string(bound) + "_exclusive").is_boolean());
    }
    if (problem.contains("allowed")) {
        REQUIRE(problem.at("allowed").is_array());
        for (const auto& word : problem.at("allowed")) CHECK(word.is_string());
    }
}

void check_warning_shape(const json& warning) {
    INFO("warning: " << warning.dump());
    REQUIRE(warning.is_object());
    CHECK(warning.at("code").is_string());
    REQUIRE(warning.at("values").is_array());
    for (const auto& value : warning.at("values")) check_named_value_shape(value);
}

void check_step_shape(const json& step) {
    INFO("step: " << step.dump());
    REQUIRE(step.is_object());
    CHECK(step.at("id").is_string());
    CHECK(step.at("formula").is_string());
    REQUIRE(step.at("values").is_array());
    for (const auto& value : step.at("values")) check_named_value_shape(value);
    check_named_value_shape(step.at("result"));
}

}  // namespace

json evaluate_request_text(const std::string& request_text) { return checked_response(clv::api::evaluate(request_text)); }

json checked_response(const std::string& text) {
    INFO("response: " << text.substr(0, 2000));
    json response = json::parse(text, nullptr, false);
    REQUIRE_FALSE(response.is_discarded());
    REQUIRE(response.is_object());
    for (const char* key : {"version", "calculation", "ok", "result", "steps", "warnings", "problems"})
        REQUIRE(response.contains(key));
    CHECK(response.at("version") == 1);
    CHECK((response.at("calculation").is_null() || response.at("calculation").is_string()));
    REQUIRE(response.at("ok").is_boolean());
    REQUIRE(response.at("steps").is_array());
    REQUIRE(response.at("warnings").is_array());
    REQUIRE(response.at("problems").is_array());
    CHECK(all_numbers_finite(response));
    CHECK(text.find("NaN") == std::string::npos);
    CHECK(text.find("Infinity") == std::string::npos);
    for (const auto& problem : response.at("problems")) check_problem_shape(problem);
    for (const auto& warning : response.at("warnings")) check_warning_shape(warning);
    for (const auto& step : response.at("steps")) check_step_shape(step);
    if (response.at("ok")) {
        CHECK(response.at("problems").empty());
        CHECK(response.at("result").is_object());
    } else {
        CHECK(response.at("result").is_null());
        CHECK(response.at("steps").empty());
        CHECK(response.at("warnings").empty());
        CHECK_FALSE(response.at("problems").empty());
        CHECK_FALSE(response.contains("check"));
    }
    return response;
}

json evaluate_request(const json& request) { return evaluate_request_text(request.dump()); }

json evaluate_inputs_text(const std::string& calculation, const std::string& inputs_text) {
    json response = evaluate_request_text(R"({"version":1,"calculation":")" + calculation +
                                          R"(","inputs":)" + inputs_text + "}");
    CHECK(response.at("calculation") == calculation);
    return response;
}

json evaluate_inputs(const std::string& calculation, const json& inputs) {
    return evaluate_inputs_text(calculation, inputs.dump());
}

json only_problem(const json& response, const std::string& field, const std::string& code) {
    INFO("response: " << response.dump());
    REQUIRE_FALSE(response.at("ok").get<bool>());
    REQUIRE(response.at("problems").size() == 1);
    const json& problem = response.at("problems")[0];
    CHECK(problem.at("field") == field);
    CHECK(problem.at("code") == code);
    return problem;
}

json has_problem(const json& response, const std::string& field, const std::string& code) {
    INFO("response: " << response.dump());
    REQUIRE_FALSE(response.at("ok").get<bool>());
    for (const auto& problem : response.at("problems"))
        if (problem.at("field") == field && problem.at("code") == code) return problem;
    FAIL("no problem " << code << " at '" << field << "'");
    return nullptr;
}

ProblemPairs problem_pairs(const json& response) {
    ProblemPairs pairs;
    for (const auto& problem : response.at("problems"))
        pairs.emplace_back(problem.at("field"), problem.at("code"));
    return pairs;
}

std::vector<std::string> warning_codes(const json& response) {
    std::vector<std::string> codes;
    for (const auto& warning : response.at("warnings")) codes.push_back(warning.at("code"));
    return codes;
}

bool has_warning(const json& response, const std::string& code) {
    const auto codes = warning_codes(response);
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

std::vector<std::string> step_formulas(const json& response) {
    std::vector<std::string> formulas;
    for (const auto& step : response.at("steps")) formulas.push_back(step.at("formula"));
    return formulas;
}

std::string repo_file(const std::string& path) {
    std::ifstream file(std::string(CLV_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace api_test
