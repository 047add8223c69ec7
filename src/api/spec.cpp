#include "spec.hpp"

#include "../core/discounting.hpp"
#include "../core/problems.hpp"

namespace clv::api {

using nlohmann::json;

FieldSpec number_field(std::string name, std::string unit, double min, double max) {
    FieldSpec field{std::move(name), "number", std::move(unit)};
    field.between(min, max);
    return field;
}

FieldSpec whole_field(std::string name, std::string unit, double min, double max) {
    FieldSpec field = number_field(std::move(name), std::move(unit), min, max);
    field.kind = "whole";
    return field;
}

FieldSpec money_field(std::string name) { return number_field(std::move(name), "money", 0, limits::max_money); }

FieldSpec rate_field(std::string name, double max) { return number_field(std::move(name), "rate", 0, max); }

FieldSpec share_field(std::string name) { return number_field(std::move(name), "share", 0, 1); }

FieldSpec count_field(std::string name, double min) {
    return whole_field(std::move(name), "count", min, limits::max_count);
}

FieldSpec periods_field(std::string name) {
    return whole_field(std::move(name), "periods", 1, limits::max_periods);
}

FieldSpec choice_field(std::string name, std::vector<std::string> choices) {
    FieldSpec field{std::move(name), "choice"};
    field.choices = std::move(choices);
    return field;
}

FieldSpec list_field(std::string name, FieldSpec item, std::size_t max_items) {
    FieldSpec field{std::move(name), "list", item.unit};
    item.name = "";
    field.fields.push_back(std::move(item));
    field.items(1, max_items);
    return field;
}

FieldSpec object_field(std::string name, std::vector<FieldSpec> fields) {
    FieldSpec field{std::move(name), "object"};
    field.fields = std::move(fields);
    return field;
}

FieldSpec period_field() { return choice_field("period", period_names()).defaults("year"); }

FieldSpec rate_period_field() {
    // No fixed default: an absent discount_rate_period means "the request's period".
    return choice_field("discount_rate_period", period_names());
}

ResultSpec number_result(std::string name, std::string unit) {
    return {std::move(name), "number", std::move(unit)};
}

ResultSpec choice_result(std::string name, std::vector<std::string> choices) {
    return {std::move(name), "choice", "", std::move(choices)};
}

ResultSpec list_result(std::string name, std::vector<ResultSpec> row) {
    return {std::move(name), "list", "", {}, std::move(row)};
}

ResultSpec map_result(std::string name, std::string unit) { return {std::move(name), "map", std::move(unit)}; }

ResultSpec steps_result() { return {"steps", "steps"}; }

ResultSpec period_result() { return choice_result("period", period_names()); }

json to_json(const FieldSpec& field) {
    json out = {{"name", field.name}, {"kind", field.kind}, {"required", field.required}};
    if (!field.unit.empty()) out["unit"] = field.unit;
    if (!field.default_value.is_null()) out["default"] = field.default_value;
    if (field.min) {
        out["min"] = *field.min;
        out["min_exclusive"] = field.min_exclusive;
    }
    if (field.max) {
        out["max"] = *field.max;
        out["max_exclusive"] = field.max_exclusive;
    }
    if (!field.choices.empty()) out["choices"] = field.choices;
    if (field.min_items) out["min_items"] = *field.min_items;
    if (field.max_items) out["max_items"] = *field.max_items;
    if (!field.excludes.empty()) out["excludes"] = field.excludes;
    if (!field.limits_when.empty()) {
        json cases = json::array();
        for (const auto& c : field.limits_when)
            cases.push_back({{"field", c.field}, {"value", c.value}, {"min", c.min}, {"max", c.max}});
        out["limits_when"] = std::move(cases);
    }
    if (field.kind == "list" && !field.fields.empty()) {
        out["item"] = to_json(field.fields.front());
        out["item"].erase("name");
        out["item"].erase("required");
    } else if (!field.fields.empty()) {
        json fields = json::array();
        for (const auto& member : field.fields) fields.push_back(to_json(member));
        out["fields"] = std::move(fields);
    }
    return out;
}

json to_json(const ResultSpec& result) {
    json out = {{"name", result.name}, {"kind", result.kind}};
    if (!result.unit.empty()) out["unit"] = result.unit;
    if (!result.choices.empty()) out["choices"] = result.choices;
    if (!result.fields.empty()) {
        json fields = json::array();
        for (const auto& member : result.fields) fields.push_back(to_json(member));
        out["fields"] = std::move(fields);
    }
    return out;
}

json to_json(const CalculationSpec& spec) {
    json fields = json::array(), results = json::array();
    for (const auto& field : spec.fields) fields.push_back(to_json(field));
    for (const auto& result : spec.results) results.push_back(to_json(result));
    return {{"fields", std::move(fields)}, {"one_of", spec.one_of}, {"results", std::move(results)},
            {"warnings", spec.warnings}};
}

}  // namespace clv::api
