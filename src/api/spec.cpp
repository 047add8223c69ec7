#include "spec.hpp"

#include "../core/cost_items.hpp"
#include "../core/discounting.hpp"
#include "../core/lifetime_value.hpp"
#include "../core/problems.hpp"

namespace clv::api {

using nlohmann::json;

FieldSpec number_field(const char* name, const char* unit, double min, double max) {
    FieldSpec field;
    field.name = name;
    field.kind = "number";
    field.unit = unit;
    field.between(min, max);
    return field;
}

FieldSpec whole_field(const char* name, const char* unit, double min, double max) {
    FieldSpec field = number_field(name, unit, min, max);
    field.kind = "whole";
    return field;
}

FieldSpec money_field(const char* name) { return number_field(name, "money", 0, limits::max_money); }

FieldSpec rate_field(const char* name, double max) { return number_field(name, "rate", 0, max); }

FieldSpec share_field(const char* name) { return number_field(name, "share", 0, 1); }

FieldSpec count_field(const char* name, double min) { return whole_field(name, "count", min, limits::max_count); }

FieldSpec periods_field(const char* name) { return whole_field(name, "periods", 1, limits::max_periods); }

FieldSpec choice_field(const char* name, const std::vector<std::string>& choices) {
    FieldSpec field;
    field.name = name;
    field.kind = "choice";
    field.choices = &choices;
    return field;
}

FieldSpec list_field(const char* name, FieldSpec item, std::size_t max_items) {
    FieldSpec field;
    field.name = name;
    field.kind = "list";
    field.unit = item.unit;
    item.name = "";
    field.fields.push_back(std::move(item));
    field.items(1, max_items);
    return field;
}

FieldSpec object_field(const char* name, std::vector<FieldSpec> fields) {
    FieldSpec field;
    field.name = name;
    field.kind = "object";
    field.fields = std::move(fields);
    return field;
}

FieldSpec period_field() { return choice_field("period", period_names()).defaults("year"); }

// No fixed default: an absent discount_rate_period means "the request's period".
FieldSpec rate_period_field() { return choice_field("discount_rate_period", period_names()); }

ResultSpec number_result(const char* name, const char* unit) { return {name, "number", unit, nullptr, {}}; }

ResultSpec choice_result(const char* name, const std::vector<std::string>* choices) {
    return {name, "choice", "", choices, {}};
}

ResultSpec list_result(const char* name, std::vector<ResultSpec> row) { return {name, "list", "", nullptr, std::move(row)}; }

ResultSpec map_result(const char* name, const char* unit) { return {name, "map", unit, nullptr, {}}; }

ResultSpec steps_result() { return {"steps", "steps", "", nullptr, {}}; }

ResultSpec period_result() { return choice_result("period", &period_names()); }

const std::vector<std::string>& horizon_names() {
    static const std::vector<std::string> names = {horizon_name(Horizon::finite), horizon_name(Horizon::infinite)};
    return names;
}

const std::vector<std::string>& basis_names() {
    static const std::vector<std::string> names = {basis_name(ClvBasis::revenue), basis_name(ClvBasis::margin)};
    return names;
}

const std::vector<std::string>& cost_family_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& family : cost_families()) out.push_back(family.family);
        return out;
    }();
    return names;
}

namespace {

void put_limits(json& out, const FieldSpec& field) {
    if (field.min) {
        out["min"] = *field.min;
        out["min_exclusive"] = field.min_exclusive;
    }
    if (field.max) {
        out["max"] = *field.max;
        out["max_exclusive"] = field.max_exclusive;
    }
    if (field.min_items) out["min_items"] = *field.min_items;
    if (field.max_items) out["max_items"] = *field.max_items;
}

json words(const std::vector<const char*>& list) {
    json out = json::array();
    for (const char* word : list) out.push_back(word);
    return out;
}

}  // namespace

json to_json(const FieldSpec& field) {
    json out = {{"name", field.name}, {"kind", field.kind}, {"required", field.required}};
    if (*field.unit) out["unit"] = field.unit;
    if (field.default_number) out["default"] = *field.default_number;
    if (field.default_word) out["default"] = field.default_word;
    put_limits(out, field);
    if (field.choices) out["choices"] = *field.choices;
    if (!field.excludes.empty()) out["excludes"] = words(field.excludes);
    for (const auto& c : field.limits_when)
        out["limits_when"].push_back({{"field", c.field}, {"value", c.value}, {"min", c.min}, {"max", c.max}});
    if (field.kind == std::string("list") && !field.fields.empty()) {
        out["item"] = to_json(field.fields.front());
        out["item"].erase("name");
        out["item"].erase("required");
    } else {
        for (const auto& member : field.fields) out["fields"].push_back(to_json(member));
    }
    return out;
}

json to_json(const ResultSpec& result) {
    json out = {{"name", result.name}, {"kind", result.kind}};
    if (*result.unit) out["unit"] = result.unit;
    if (result.choices) out["choices"] = *result.choices;
    for (const auto& member : result.fields) out["fields"].push_back(to_json(member));
    return out;
}

json to_json(const CalculationSpec& spec) {
    json fields = json::array(), results = json::array(), one_of = json::array();
    for (const auto& field : spec.fields) fields.push_back(to_json(field));
    for (const auto& result : spec.results) results.push_back(to_json(result));
    for (const auto& group : spec.one_of) one_of.push_back(words(group));
    return {{"fields", std::move(fields)}, {"one_of", std::move(one_of)}, {"results", std::move(results)},
            {"warnings", words(spec.warnings)}};
}

}  // namespace clv::api
