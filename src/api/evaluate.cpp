#include "evaluate.hpp"

#include <exception>
#include <nlohmann/json.hpp>

#include "answer_check_json.hpp"
#include "calculation.hpp"
#include "describe.hpp"
#include "encode.hpp"
#include "utf8.hpp"

namespace clv::api {

using nlohmann::json;

namespace {

json response_skeleton(const json& calculation) {
    return {{"version", format_version}, {"calculation", calculation}, {"ok", false},
            {"result", nullptr}, {"steps", json::array()}, {"warnings", json::array()},
            {"problems", json::array()}};
}

std::string reply_with_problem(const std::string& field, const std::string& code,
                               const json& calculation = nullptr) {
    json out = response_skeleton(calculation);
    out["problems"].push_back(to_json(Problem{field, code}));
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

const Calculation* find_calculation(const Family& family, const std::string& name) {
    for (const auto& calculation : family.calculations)
        if (name == calculation.name) return &calculation;
    return nullptr;
}

std::string dump(const json& out) { return out.dump(-1, ' ', false, json::error_handler_t::replace); }

// {"calculation": "describe"} takes no inputs (an empty object is allowed) and no check.
std::string describe_reply(InputReader& top, std::vector<Problem>& problems, const Family& family) {
    if (top.has("inputs")) {
        if (auto inputs = top.object("inputs")) inputs->reject_unknown_fields();
    }
    top.reject_unknown_fields();
    json out = response_skeleton(describe_name);
    if (problems.empty()) {
        out["ok"] = true;
        out["result"] = describe_family(family);
    } else {
        for (const auto& problem : problems) out["problems"].push_back(to_json(problem));
    }
    return dump(out);
}

std::string evaluate_unguarded(const std::string& request_text, const Family& family) {
    if (request_text.size() > max_request_bytes) return reply_with_problem("", "request_too_large");
    if (!is_valid_utf8(request_text)) return reply_with_problem("", "invalid_utf8");
    json request = json::parse(request_text, nullptr, false);
    if (request.is_discarded()) return reply_with_problem("", "malformed_json");
    if (!request.is_object()) return reply_with_problem("", "wrong_type");

    std::vector<Problem> problems;
    InputReader top(request, problems, "");
    auto version = top.number_or("version", format_version);
    if (version && *version != format_version) {
        Problem p{"version", "unsupported_version", double(format_version), double(format_version)};
        problems.push_back(std::move(p));
    }
    std::vector<std::string> names;
    for (const auto& calculation : family.calculations) names.emplace_back(calculation.name);
    names.emplace_back(describe_name);
    json calculation_name = nullptr;
    const Calculation* calculation = nullptr;
    if (!top.has("calculation")) {
        problems.push_back({"calculation", "missing_field"});
    } else {
        auto name = top.choice("calculation", names, "");
        if (name && *name == describe_name) return describe_reply(top, problems, family);
        if (name) {
            calculation = find_calculation(family, *name);
            calculation_name = *name;
        } else {
            // An unknown name gets its own code so the page can say "no such calculation".
            auto& last = problems.back();
            if (last.code == "not_allowed") last.code = "unknown_calculation";
        }
    }
    CalculationOutput output;
    if (calculation) {
        auto inputs = top.object("inputs");
        if (inputs) {
            output = calculation->evaluate(*inputs);
            inputs->reject_unknown_fields();
        }
    } else {
        top.has("inputs");  // marks it as known: without a calculation it can't be read, but isn't unknown
    }
    // Optional "check my answer" (answer_check_json.hpp): read before unknown fields are named.
    auto check = read_check_request(top, calculation ? calculation->name : "", problems);
    top.reject_unknown_fields();
    problems.insert(problems.end(), output.problems.begin(), output.problems.end());
    json check_verdict;
    if (check && problems.empty())
        check_verdict = evaluate_check(*check, calculation->name, request.at("inputs"),
                                       output.result, problems);

    json out = response_skeleton(calculation_name);
    if (problems.empty()) {
        out["ok"] = true;
        out["result"] = std::move(output.result);
        out["steps"] = std::move(output.steps);
        out["warnings"] = std::move(output.warnings);
        if (check) out["check"] = std::move(check_verdict);
    } else {
        for (const auto& problem : problems) out["problems"].push_back(to_json(problem));
    }
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string evaluate(const std::string& request_text) { return evaluate(request_text, all_families()); }

std::string evaluate(const std::string& request_text, const Family& family) {
    // The core reports errors as values; this guard only catches what should never happen
    // (e.g. allocation failure), so that nothing escapes across the wasm boundary.
    try {
        return evaluate_unguarded(request_text, family);
    } catch (const std::exception&) {
        return reply_with_problem("", "internal_error");
    } catch (...) {
        return reply_with_problem("", "internal_error");
    }
}

std::string engine_version() {
    return "clvcalc 1.0.0 (format " + std::to_string(format_version) + ")";
}

}  // namespace clv::api
