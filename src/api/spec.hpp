// What a calculation takes and gives, as data: the answer to {"calculation": "describe"}. The
// page builds its forms, units, limits and choices from it, so no domain fact lives twice. A
// spec says what the reader and the core accept; tests/api/describe_api_test.cpp probes every
// described limit against the real validation, so the two cannot drift apart.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace clv::api {

// Limits that replace a field's own while another (choice) field holds `value`, e.g. a
// converted rate is 0..10 as a discount rate but 0..1 as a retention rate.
struct LimitCase {
    std::string field, value;
    double min = 0, max = 0;
};

// One input field. `kind` is how it is written in JSON: "number" (any real), "whole" (an
// integer-valued number), "choice" (one word of `choices`), "text", "list" (of `item`),
// "object" (named `fields`) or "columns" (equal-length lists, one per `fields` entry).
// `unit` is the unit of a number (money, rate, share, count, periods, ratio, factor, number).
struct FieldSpec {
    std::string name;
    std::string kind;
    std::string unit;
    bool required = false;
    nlohmann::json default_value;  // what an absent field means; null when it has none
    std::optional<double> min, max;
    bool min_exclusive = false, max_exclusive = false;
    std::vector<std::string> choices;
    std::optional<std::size_t> min_items, max_items;  // lists and columns
    std::vector<FieldSpec> fields;                    // object members, columns, a list's item
    std::vector<std::string> excludes;  // fields this one may not be given with
    std::vector<LimitCase> limits_when;  // other limits while a choice field holds a value

    FieldSpec& needed() { required = true; return *this; }
    FieldSpec& defaults(nlohmann::json value) { default_value = std::move(value); return *this; }
    FieldSpec& between(double low, double high) { min = low; max = high; return *this; }
    FieldSpec& above(double low) { min = low; min_exclusive = true; return *this; }
    FieldSpec& at_most(double high) { max = high; max_exclusive = false; return *this; }
    FieldSpec& not_with(std::string other) { excludes.push_back(std::move(other)); return *this; }
    FieldSpec& when(std::string field, std::string value, double low, double high) {
        limits_when.push_back({std::move(field), std::move(value), low, high});
        return *this;
    }
    FieldSpec& items(std::size_t low, std::size_t high) { min_items = low; max_items = high; return *this; }
};

// Builders for the common fields (limits from core/problems.hpp `limits`).
FieldSpec money_field(std::string name);                        // number, money, 0..max_money
FieldSpec rate_field(std::string name, double max);             // number, rate, 0..max
FieldSpec share_field(std::string name);                        // number, share, 0..1
FieldSpec count_field(std::string name, double min);            // whole, count, min..max_count
FieldSpec periods_field(std::string name);                      // whole, periods, 1..max_periods
FieldSpec number_field(std::string name, std::string unit, double min, double max);
FieldSpec whole_field(std::string name, std::string unit, double min, double max);
FieldSpec choice_field(std::string name, std::vector<std::string> choices);
FieldSpec list_field(std::string name, FieldSpec item, std::size_t max_items);
FieldSpec object_field(std::string name, std::vector<FieldSpec> fields);
// The shared `period` ("year" default / "month") of every calculation that deals in periods.
FieldSpec period_field();
// A discount rate's own period, `discount_rate_period` (default: the request's `period`).
FieldSpec rate_period_field();

// One named part of a result: a number with its unit, a word of `choices`, a list of rows
// (`fields` describe one row), an object (`fields`), or `steps` (a worked solution).
struct ResultSpec {
    std::string name;
    std::string kind;  // "number", "choice", "list", "object", "map" (name -> number), "steps"
    std::string unit;
    std::vector<std::string> choices;
    std::vector<ResultSpec> fields;
};

ResultSpec number_result(std::string name, std::string unit);
ResultSpec choice_result(std::string name, std::vector<std::string> choices);
ResultSpec list_result(std::string name, std::vector<ResultSpec> row);
ResultSpec map_result(std::string name, std::string unit);  // {"<key>": number}
ResultSpec steps_result();                                  // "steps": a worked solution
ResultSpec period_result();                                 // the echoed `period`

struct CalculationSpec {
    std::vector<FieldSpec> fields;
    // Groups of fields of which exactly one must be given (e.g. retention_rate or retention_rates).
    std::vector<std::vector<std::string>> one_of;
    std::vector<ResultSpec> results;
    std::vector<std::string> warnings;  // warning codes this calculation may give
};

nlohmann::json to_json(const FieldSpec& field);
nlohmann::json to_json(const ResultSpec& result);
nlohmann::json to_json(const CalculationSpec& spec);

}  // namespace clv::api
