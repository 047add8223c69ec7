// What the core tests share: a successful outcome's value, problems as (field, code) pairs,
// warning codes, and the shared worked example most tests start from as a core input.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/discounted_clv.hpp"
#include "core/problems.hpp"
#include "../shared_examples.hpp"

namespace core_test {

// (field, code) of each problem, in the order the core reports them.
using ProblemPairs = std::vector<std::pair<std::string, std::string>>;

inline ProblemPairs problem_pairs(const std::vector<clv::Problem>& problems) {
    ProblemPairs pairs;
    for (const auto& problem : problems) pairs.emplace_back(problem.field, problem.code);
    return pairs;
}

// The value of an outcome that must have succeeded.
template <class Value>
Value computed(const clv::Outcome<Value>& outcome) {
    INFO("problems: " << ::Catch::Detail::stringify(problem_pairs(outcome.problems)));
    REQUIRE(outcome.ok());
    return *outcome.value;
}

// The codes of a result's warnings, in order.
template <class Result>
std::vector<std::string> warning_codes(const Result& result) {
    std::vector<std::string> codes;
    for (const auto& warning : result.warnings) codes.push_back(warning.code);
    return codes;
}

template <class Result>
bool has_warning(const Result& result, const std::string& code) {
    const auto codes = warning_codes(result);
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// Worked example "clv.discounted.end_of_year": 1000 a year for 5 years at 5%, end of year.
inline clv::DiscountedClvInput end_of_year_input() {
    const auto& inputs = shared_example("clv.discounted.end_of_year").at("inputs");
    clv::DiscountedClvInput input;
    input.cash_flow_per_period = inputs.at("cash_flow_per_year").get<double>();
    input.periods = inputs.at("years").get<double>();
    input.discount_rate = inputs.at("discount_rate").get<double>();
    input.timing = *clv::timing_from_name(inputs.at("timing").get<std::string>());
    return input;
}

}  // namespace core_test
