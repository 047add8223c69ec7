// Reads a calculation's "inputs" object field by field, turning every type mistake into a
// Problem (and collecting them all) instead of throwing. The only place inputs meet JSON types.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "../core/problems.hpp"

namespace clv::api {

class InputReader {
public:
    // `path` prefixes every problem's field, e.g. "inputs." or "inputs.families.training.".
    InputReader(const nlohmann::json& object, std::vector<Problem>& problems, std::string path);

    // True when the field is present and not null (null counts as not given).
    bool has(const std::string& name);
    // A required number: missing_field or wrong_type when absent or not a JSON number.
    std::optional<double> number(const std::string& name);
    // An optional number: `fallback` when absent; wrong_type is still reported.
    std::optional<double> number_or(const std::string& name, double fallback);
    // An optional number that stays absent when not given.
    std::optional<double> maybe_number(const std::string& name);
    // A list of numbers with 1..max_items entries.
    std::optional<std::vector<double>> number_list(const std::string& name, std::size_t max_items);
    // One of `allowed`; `fallback` when absent.
    std::optional<std::string> choice(const std::string& name,
                                      const std::vector<std::string>& allowed,
                                      const std::string& fallback);
    // An optional number that stays absent when not given; sets `ok` to false (and reports
    // wrong_type) when it is given but is not a number.
    std::optional<double> optional_number(const std::string& name, bool& ok);
    // An optional list of numbers (as number_list when given); sets `ok` to false on a problem.
    std::optional<std::vector<double>> optional_number_list(const std::string& name,
                                                            std::size_t max_items, bool& ok);
    // One of `allowed`, required: missing_field when absent, else as choice().
    std::optional<std::string> required_choice(const std::string& name,
                                               const std::vector<std::string>& allowed);
    // Any string up to max_string_length characters; `fallback` when absent, nullopt (and
    // wrong_type or too_long) when it is not such a string.
    std::optional<std::string> text(const std::string& name, const std::string& fallback);
    // A string of any length (the request's 1 MiB limit bounds it), e.g. the text of a file:
    // nullopt when absent; wrong_type (and `ok` set to false) when it is not a string.
    std::optional<std::string> optional_long_text(const std::string& name, bool& ok);
    // A nested object, read with its own reader; nullopt (and a problem) when not an object.
    std::optional<InputReader> object(const std::string& name);
    // A list of 1..max_items objects, each read with its own reader (path "name[i]."); nullopt
    // (and wrong_type, wrong_length or an item's wrong_type) when it is not such a list.
    std::optional<std::vector<InputReader>> object_list(const std::string& name, std::size_t max_items);
    // Reports every field that no call above asked for as unknown_field.
    void reject_unknown_fields();

    const std::string& path() const { return path_; }
    // The names asked for so far (given or not): what this reader's calculation reads.
    const std::set<std::string>& asked() const { return asked_; }

private:
    const nlohmann::json* find(const std::string& name);
    void problem(const std::string& name, const std::string& code);

    const nlohmann::json& object_;
    std::vector<Problem>& problems_;
    std::string path_;
    std::set<std::string> asked_;
};

// Maximum length, in characters, of any string value in a request (names, choices) and of a
// field name as it is echoed in a problem.
constexpr std::size_t max_string_length = 64;

}  // namespace clv::api
