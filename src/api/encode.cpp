#include "encode.hpp"

#include <cmath>

namespace clv::api {

using nlohmann::json;

json number_or_null(double value) { return std::isfinite(value) ? json(value) : json(nullptr); }

json optional_number(const std::optional<double>& value) {
    return value ? number_or_null(*value) : json(nullptr);
}

json optional_whole_number(const std::optional<int>& value) {
    return value ? json(*value) : json(nullptr);
}

json to_json(const NamedValue& value) {
    return {{"name", value.name}, {"value", number_or_null(value.value)}, {"unit", unit_name(value.unit)}};
}

json to_json(const Step& step) {
    json values = json::array();
    for (const auto& value : step.values) values.push_back(to_json(value));
    return {{"id", step.id}, {"formula", step.formula}, {"values", values}, {"result", to_json(step.result)}};
}

json to_json(const Explanation& explanation) {
    json steps = json::array();
    for (const auto& step : explanation.steps()) steps.push_back(to_json(step));
    return steps;
}

json to_json(const Warning& warning) {
    json values = json::array();
    for (const auto& value : warning.values) values.push_back(to_json(value));
    return {{"code", warning.code}, {"values", values}};
}

json to_json(const std::vector<Warning>& warnings) {
    json list = json::array();
    for (const auto& warning : warnings) list.push_back(to_json(warning));
    return list;
}

json to_json(const Problem& problem) {
    json out = {{"field", problem.field}, {"code", problem.code}};
    if (problem.min) {
        out["min"] = number_or_null(*problem.min);
        out["min_exclusive"] = problem.min_exclusive;
    }
    if (problem.max) {
        out["max"] = number_or_null(*problem.max);
        out["max_exclusive"] = problem.max_exclusive;
    }
    if (!problem.allowed.empty()) out["allowed"] = problem.allowed;
    return out;
}

}  // namespace clv::api
