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
    const char* field;
    const char* value;
    double min = 0, max = 0;
};

// One input field. `kind` is how it is written in JSON: "number" (any real), "whole" (an
// integer-valued number), "choice" (one word of `choices`), "text", "date" (text written
// YYYY-MM-DD), "list" (of `item`), "object" (named `fields`) or "columns" (equal-length lists,
// one per `fields` entry).
// `unit` is the unit of a number (money, rate, share, count, periods, ratio, factor, number).
// Names, kinds and units are literals or point into the core's static catalogues, so a spec is
// mostly plain data: the calculations' specs add little to the wasm download.
struct FieldSpec {
    const char* name = "";
    const char* kind = "";
    const char* unit = "";
    bool required = false;
    std::optional<double> default_number;  // what an absent field means, when it is a number
    const char* default_word = nullptr;     // ... or a word of `choices`
    std::optional<double> min, max;
    bool min_exclusive = false, max_exclusive = false;
    const std::vector<std::string>* choices = nullptr;
    std::optional<std::size_t> min_items, max_items;  // lists and columns
    std::vector<FieldSpec> fields;                    // object members, columns, a list's item
    std::vector<const char*> excludes;                // fields this one may not be given with
    std::vector<LimitCase> limits_when;               // other limits while a choice field holds a value

    FieldSpec& needed() { required = true; return *this; }
    FieldSpec& defaults(double value) { default_number = value; return *this; }
    FieldSpec& defaults(const char* word) { default_word = word; return *this; }
    FieldSpec& between(double low, double high) { min = low; max = high; return *this; }
    FieldSpec& not_with(const char* other) { excludes.push_back(other); return *this; }
    FieldSpec& when(const char* field, const char* value, double low, double high) {
        limits_when.push_back({field, value, low, high});
        return *this;
    }
    FieldSpec& items(std::size_t low, std::size_t high) { min_items = low; max_items = high; return *this; }
};

// Builders for the common fields (limits from core/problems.hpp `limits`).
FieldSpec money_field(const char* name);                        // number, money, 0..max_money
FieldSpec rate_field(const char* name, double max);             // number, rate, 0..max
FieldSpec share_field(const char* name);                        // number, share, 0..1
FieldSpec count_field(const char* name, double min);            // whole, count, min..max_count
FieldSpec periods_field(const char* name);                      // whole, periods, 1..max_periods
FieldSpec number_field(const char* name, const char* unit, double min, double max);
FieldSpec whole_field(const char* name, const char* unit, double min, double max);
// `choices` must outlive the spec: one of the core's static catalogues (period_names(), ...).
FieldSpec choice_field(const char* name, const std::vector<std::string>& choices);
FieldSpec list_field(const char* name, FieldSpec item, std::size_t max_items);
FieldSpec object_field(const char* name, std::vector<FieldSpec> fields);
// The shared `period` ("year" default / "month") of every calculation that deals in periods.
FieldSpec period_field();
// A discount rate's own period, `discount_rate_period` (default: the request's `period`).
FieldSpec rate_period_field();

// One named part of a result: a number with its unit, a word of `choices`, a list of rows
// (`fields` describe one row), an object (`fields`), or `steps` (a worked solution).
struct ResultSpec {
    const char* name = "";
    const char* kind = "";  // "number", "choice", "list", "object", "map" (name -> number), "steps"
    const char* unit = "";
    const std::vector<std::string>* choices = nullptr;
    std::vector<ResultSpec> fields;
};

ResultSpec number_result(const char* name, const char* unit);
ResultSpec choice_result(const char* name, const std::vector<std::string>* choices);
ResultSpec list_result(const char* name, std::vector<ResultSpec> row);
ResultSpec map_result(const char* name, const char* unit);  // {"<key>": number}
ResultSpec steps_result();                                  // "steps": a worked solution
ResultSpec period_result();                                 // the echoed `period`                                 // the echoed `period`

struct CalculationSpec {
    std::vector<FieldSpec> fields;
    // Groups of fields of which exactly one must be given (e.g. retention_rate or retention_rates).
    std::vector<std::vector<const char*>> one_of;
    std::vector<ResultSpec> results;
    std::vector<const char*> warnings;  // warning codes this calculation may give
};

// The core's words for its enums, as the static lists a spec points to.
const std::vector<std::string>& horizon_names();      // {"finite", "infinite"}
const std::vector<std::string>& basis_names();        // {"revenue", "margin"}
const std::vector<std::string>& cost_family_names();  // the families of cost_families(), in order

nlohmann::json to_json(const FieldSpec& field);
nlohmann::json to_json(const ResultSpec& result);
nlohmann::json to_json(const CalculationSpec& spec);

}  // namespace clv::api
