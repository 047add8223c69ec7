#include "answer_check_json.hpp"

#include <algorithm>
#include <cmath>

#include "../core/answer_check.hpp"
#include "../core/slips.hpp"
#include "encode.hpp"

namespace clv::api {

using nlohmann::json;

std::optional<CheckRequest> read_check_request(InputReader& top, const std::string& calculation,
                                               std::vector<Problem>& problems) {
    if (!top.has("check")) return std::nullopt;
    auto reader = top.object("check");
    if (!reader) return std::nullopt;
    CheckRequest check;
    const auto answer = reader->number("answer");
    // Checked by value, not by resetting the optional: GCC's -Wmaybe-uninitialized misfires on that.
    const bool answer_finite = answer.has_value() && std::isfinite(answer.value_or(0.0));
    if (answer && !answer_finite) problems.push_back({reader->path() + "answer", "not_finite"});
    auto result = reader->text("result", "clv");
    std::optional<std::string> convention = check.convention;
    if (calculation == "retention_clv")
        convention = reader->choice("convention", convention_names(), check.convention);
    reader->reject_unknown_fields();  // "convention" elsewhere is an unknown field
    if (!answer_finite || !result || !convention) return std::nullopt;
    check.answer = answer.value_or(0.0);
    check.result = *result;
    check.convention = *convention;
    return check;
}

namespace {

// The number a check may be about: a number (or null) at the top of the result, or for
// retention_clv one of a convention's numbers (retention_check_names).
bool find_expected(const CheckRequest& check, const std::string& calculation, const json& result,
                   std::optional<double>& expected) {
    const json* value = nullptr;
    const auto& per_convention = retention_check_names();
    const bool of_convention = calculation == "retention_clv" &&
        std::find(per_convention.begin(), per_convention.end(), check.result) != per_convention.end();
    if (of_convention) {
        for (const auto& item : result.at("conventions"))
            if (item.at("convention") == check.convention) {
                auto it = item.find(check.result);
                if (it != item.end()) value = &*it;
            }
    } else {
        auto it = result.find(check.result);
        if (it != result.end()) value = &*it;
    }
    if (!value || !(value->is_number() || value->is_null())) return false;
    if (value->is_number()) expected = value->get<double>();
    return true;
}

std::vector<std::string> checkable_names(const std::string& calculation, const json& result) {
    std::vector<std::string> names;
    if (calculation == "retention_clv") names = retention_check_names();
    for (const auto& [key, value] : result.items())
        if (value.is_number() || value.is_null()) names.push_back(key);
    return names;
}

// Rates are checked to 0.01 percentage point, everything else to the cent.
AnswerScale scale_of(const std::string& result_name) {
    return result_name.find("rate") != std::string::npos ? AnswerScale::rate : AnswerScale::money;
}

// Slips from a core input and its result, or none when the input does not compute.
template <class Input, class Compute, class Slips>
std::vector<Slip> slips_of(const std::optional<Input>& input, Compute compute, Slips slips) {
    if (!input) return {};
    auto outcome = compute(*input);
    if (!outcome.ok()) return {};
    return slips(*input, *outcome.value);
}

// The core's slip candidates for this calculation and result, from the request's inputs.
std::vector<Slip> candidates(const CheckRequest& check, const std::string& calculation,
                             const json& inputs, std::optional<double> expected) {
    std::vector<Problem> ignored;  // the inputs were read once already, without problems
    InputReader reader(inputs, ignored, "inputs.");
    const std::string& name = check.result;
    if (calculation == "simple_clv" && name == "clv")
        return slips_of(read_simple_clv_input(reader), compute_simple_clv, simple_clv_slips);
    if (calculation == "discounted_clv" && name == "clv")
        return slips_of(read_discounted_clv_input(reader), compute_discounted_clv,
                        discounted_clv_slips);
    if (calculation == "retention_clv") {
        const auto convention = *convention_from_name(check.convention);
        return slips_of(read_retention_clv_input(reader), compute_retention_clv,
                        [&](const RetentionClvInput& input, const RetentionClvResult& result) {
                            return retention_clv_slips(input, result, convention, name);
                        });
    }
    if (calculation == "convert_rate" && name == "converted_rate")
        if (auto input = read_rate_conversion_input(reader)) return rate_conversion_slips(*input);
    if (expected && scale_of(name) == AnswerScale::money) return {final_value_rounding(*expected)};
    return {};
}

json to_json(const AnswerCheck& verdict) {
    json slips = json::array();
    for (const auto& slip : verdict.slips) {
        json item = {{"code", slip.code}, {"value", number_or_null(slip.value)}, {"detail", slip.detail}};
        if (!slip.convention.empty()) item["convention"] = slip.convention;
        slips.push_back(std::move(item));
    }
    return {{"answer", number_or_null(verdict.answer)},
            {"expected", optional_number(verdict.expected)},
            {"expected_rounded", optional_number(verdict.expected_rounded)},
            {"matches", verdict.matches},
            {"difference", optional_number(verdict.difference)},
            {"slips", slips}};
}

}  // namespace

json evaluate_check(const CheckRequest& check, const std::string& calculation, const json& inputs,
                    const json& result, std::vector<Problem>& problems) {
    std::optional<double> expected;
    if (!find_expected(check, calculation, result, expected)) {
        Problem problem{"check.result", "not_allowed"};
        problem.allowed = checkable_names(calculation, result);
        problems.push_back(std::move(problem));
        return nullptr;
    }
    const auto scale = scale_of(check.result);
    json out = to_json(check_answer(check.answer, expected,
                                    candidates(check, calculation, inputs, expected), scale));
    out["result"] = check.result;
    if (calculation == "retention_clv") out["convention"] = check.convention;
    return out;
}

}  // namespace clv::api
