// What every API test needs: evaluate a request through clv::api::evaluate and check the
// response shape README "The response" promises, then read its problems, warnings and steps.
// (CMake globs tests/api/*.cpp, so api_test_support.cpp is built into clv_tests.)
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace api_test {

using nlohmann::json;

// (field, code) of each problem, in the order the response lists them.
using ProblemPairs = std::vector<std::pair<std::string, std::string>>;

// Evaluates the request text as given and checks the shape common to every response: all seven
// keys, their types, no NaN/Infinity and only finite numbers, well-formed problems, warnings and
// steps, and the ok/not-ok invariants. Returns the parsed response.
json evaluate_request_text(const std::string& request_text);

// The same checks of a response text from elsewhere (e.g. the streaming session); parsed.
json checked_response(const std::string& text);

// The bytes of a file of the repository, by its path from the top (e.g. "data/CDNOW_sample.txt").
std::string repo_file(const std::string& path);

// evaluate_request_text of request.dump().
json evaluate_request(const json& request);

// Evaluates {"version":1,"calculation":calculation,"inputs":<inputs_text>} with the inputs text
// kept byte for byte, and also checks that the response names the calculation.
json evaluate_inputs_text(const std::string& calculation, const std::string& inputs_text);

// evaluate_inputs_text of inputs.dump().
json evaluate_inputs(const std::string& calculation, const json& inputs);

// Requires exactly one problem, with this field and code; returns it for further checks.
json only_problem(const json& response, const std::string& field, const std::string& code);

// Requires a problem with this field and code among the response's problems; returns it.
json has_problem(const json& response, const std::string& field, const std::string& code);

ProblemPairs problem_pairs(const json& response);

// The codes of the response's warnings, in order.
std::vector<std::string> warning_codes(const json& response);

bool has_warning(const json& response, const std::string& code);

// The formula template ids of the response's top-level steps, in order.
std::vector<std::string> step_formulas(const json& response);

}  // namespace api_test
