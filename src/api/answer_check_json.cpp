#include "answer_check_json.hpp"

#include <algorithm>
#include <cmath>

#include "../core/answer_check.hpp"
#include "../core/retention_clv.hpp"
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

// The unit the spec gives a number of the result: at its top, else in a nested list or object
// (a retention convention's numbers); "" when it names none.
std::string unit_of(const std::vector<ResultSpec>& results, const std::string& name) {
    for (const auto& result : results)
        if (name == result.name && std::string(result.kind) == "number") return result.unit;
    for (const auto& result : results) {
        const auto nested = unit_of(result.fields, name);
        if (!nested.empty()) return nested;
    }
    return "";
}

// Rates and shares are checked to 0.01 percentage point, everything else to the cent.
AnswerScale scale_of(const Calculation& calculation, const std::string& result_name) {
    const auto unit = unit_of(calculation.spec().results, result_name);
    return unit == "rate" || unit == "share" ? AnswerScale::rate : AnswerScale::money;
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

json evaluate_check(const CheckRequest& check, const Calculation& calculation,
                    const CalculationOutput& output, std::vector<Problem>& problems) {
    const std::string name = calculation.name;
    std::optional<double> expected;
    if (!find_expected(check, name, output.result, expected)) {
        Problem problem{"check.result", "not_allowed"};
        problem.allowed = checkable_names(name, output.result);
        problems.push_back(std::move(problem));
        return nullptr;
    }
    const auto scale = scale_of(calculation, check.result);
    std::vector<Slip> candidates;
    if (output.slips) candidates = output.slips->slips(check.result, check.convention);
    // Any other money amount: at least the final value rounded to whole units.
    if (candidates.empty() && expected && scale == AnswerScale::money)
        candidates.push_back(final_value_rounding(*expected));
    json out = to_json(check_answer(check.answer, expected, candidates, scale));
    out["result"] = check.result;
    if (name == "retention_clv") out["convention"] = check.convention;
    return out;
}

}  // namespace clv::api
