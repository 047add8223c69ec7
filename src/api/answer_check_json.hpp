// "Check my answer" at the JSON boundary: reads the request's optional top-level "check"
// object, looks up the expected number in the calculation's result, asks the core
// (core/answer_check.hpp) which slips explain a difference, and encodes the verdict.
// Also declares the readers of the CLV calculations' inputs, defined beside their adapters in
// calculations/, so that the adapters and the check build the same core input.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "../core/discounted_clv.hpp"
#include "../core/discounting.hpp"
#include "../core/lifetime_value.hpp"
#include "../core/problems.hpp"
#include "../core/retention_clv.hpp"
#include "input_reader.hpp"

namespace clv::api {

// ---- Readers of the CLV calculations' inputs: nullopt when a field has a type problem
// (reported through the reader); range rules are the core's.
std::optional<SimpleClvInput> read_simple_clv_input(InputReader& inputs);
std::optional<DiscountedClvInput> read_discounted_clv_input(InputReader& inputs);
std::optional<RetentionClvInput> read_retention_clv_input(InputReader& inputs);
std::optional<RateConversionInput> read_rate_conversion_input(InputReader& inputs);

// ---- The check.
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

// The response's "check" object {answer, expected, matches, difference, slips[{code, value,
// convention?, detail}], result, convention?} for a request whose calculation succeeded with
// `result`; adds a problem (check.result not_allowed) when `result` has no such number.
nlohmann::json evaluate_check(const CheckRequest& check, const std::string& calculation,
                              const nlohmann::json& inputs, const nlohmann::json& result,
                              std::vector<Problem>& problems);

}  // namespace clv::api
