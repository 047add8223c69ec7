// What every calculation adapter returns, and the table that maps a calculation's name to it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../core/discounting.hpp"
#include "../core/problems.hpp"
#include "encode.hpp"
#include "input_reader.hpp"
#include "spec.hpp"

namespace clv::api {

// The JSON parts of one answer: named results, worked-solution steps, warnings, or problems.
struct CalculationOutput {
    nlohmann::json result = nlohmann::json::object();
    nlohmann::json steps = nlohmann::json::array();
    nlohmann::json warnings = nlohmann::json::array();
    std::vector<Problem> problems;
};

// Reads the inputs (reporting type problems through the reader), calls the core, encodes.
using CalculationFunction = CalculationOutput (*)(InputReader& inputs);

// What the calculation takes and gives (spec.hpp), for the "describe" request.
using SpecFunction = CalculationSpec (*)();

struct Calculation {
    const char* name;
    CalculationFunction evaluate;
    SpecFunction spec;
};

// The calculations one engine module carries, in the order the page lists them. Each tool of
// the page loads its own module, so one tool's code never adds to another's download.
struct Family {
    const char* name;
    std::vector<Calculation> calculations;
};

// The calculator's ten calculations (calculations/calculator_family.cpp).
const Family& calculator_family();
// Every family in one, for the CLI and the tests (all_families.cpp).
const Family& all_families();

// Prefixes core problem fields with the reader's path and appends them to `out`.
void add_core_problems(CalculationOutput& out, const InputReader& reader,
                       const std::vector<Problem>& problems);

// A period table as a JSON array of row objects, each filled by fill(object, row). Rows are
// built key by key and moved into place: a braced json literal copies every nested value, and
// the tables are most of a response (and of the page's time per keystroke).
template <class Row, class Fill>
nlohmann::json table_rows_json(const std::vector<Row>& table, Fill fill) {
    nlohmann::json rows = nlohmann::json::array();
    rows.get_ref<nlohmann::json::array_t&>().reserve(table.size());
    for (const auto& row : table) {
        nlohmann::json item = nlohmann::json::object();
        fill(item, row);
        rows.push_back(std::move(item));
    }
    return rows;
}

// The one way an adapter turns the core's outcome into its output: the core's problems (fields
// prefixed with the reader's path), or encode_result(value) with the value's steps and warnings.
template <class Value, class EncodeResult>
CalculationOutput encode_outcome(const InputReader& reader, const Outcome<Value>& outcome,
                                 EncodeResult encode_result) {
    CalculationOutput out;
    if (!outcome.ok()) {
        add_core_problems(out, reader, outcome.problems);
        return out;
    }
    const Value& value = *outcome.value;
    out.result = encode_result(value);
    out.steps = to_json(value.explanation);
    out.warnings = to_json(value.warnings);
    return out;
}

// A "month"/"year" choice field; `fallback` when absent, nullopt (and a problem) otherwise.
std::optional<Period> read_period(InputReader& inputs, const std::string& name, Period fallback);

// The adapters and their specs, one file each in src/api/calculations/.
CalculationOutput evaluate_acquisition_cost(InputReader& inputs);
CalculationOutput evaluate_retention_cost(InputReader& inputs);
CalculationOutput evaluate_retention_rate(InputReader& inputs);
CalculationOutput evaluate_simple_clv(InputReader& inputs);
CalculationOutput evaluate_discounted_clv(InputReader& inputs);
CalculationOutput evaluate_retention_clv(InputReader& inputs);
CalculationOutput evaluate_expected_lifetime(InputReader& inputs);
CalculationOutput evaluate_convert_rate(InputReader& inputs);
CalculationOutput evaluate_profitability(InputReader& inputs);
CalculationOutput evaluate_cost_structure(InputReader& inputs);
CalculationSpec acquisition_cost_spec();
CalculationSpec retention_cost_spec();
CalculationSpec retention_rate_spec();
CalculationSpec simple_clv_spec();
CalculationSpec discounted_clv_spec();
CalculationSpec retention_clv_spec();
CalculationSpec expected_lifetime_spec();
CalculationSpec convert_rate_spec();
CalculationSpec profitability_spec();
CalculationSpec cost_structure_spec();

}  // namespace clv::api
