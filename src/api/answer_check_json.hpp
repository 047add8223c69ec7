// "Check my answer" at the JSON boundary: reads the request's optional top-level "check"
// object, looks up the expected number in the calculation's result, asks the core
// (core/answer_check.hpp) which of the slip candidates the adapter found (core/slips.hpp, from
// the result it already computed) explain a difference, and encodes the verdict.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "../core/problems.hpp"
#include "calculation.hpp"
#include "input_reader.hpp"

namespace clv::api {

// What the request's "check" object asks: {"answer": number, "result": name (default "clv"),
// "convention": retention convention (retention_clv only, default "end_retained")}.
struct CheckRequest {
    double answer = 0;
    std::string result = "clv";
    std::string convention = "end_retained";
};

// Reads the top-level "check" field of `top` when it is given; problems get fields
// "check", "check.answer", "check.result", "check.convention" (unknown ones "check.<name>").
// `calculation` is the request's calculation name ("" when unknown); `problems` is the vector
// `top` reports into.
std::optional<CheckRequest> read_check_request(InputReader& top, const std::string& calculation,
                                               std::vector<Problem>& problems);

// The response's "check" object {answer, expected, expected_rounded, matches, difference,
// slips[{code, value, convention?, detail}], result, convention?} for a request whose
// calculation succeeded with `output`; adds a problem (check.result not_allowed) when the
// result has no such number. Rates and shares (by the spec's unit) are checked to 0.01
// percentage point, every other number to the cent.
nlohmann::json evaluate_check(const CheckRequest& check, const Calculation& calculation,
                              const CalculationOutput& output, std::vector<Problem>& problems);

}  // namespace clv::api
