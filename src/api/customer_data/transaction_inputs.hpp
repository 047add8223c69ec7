// Inputs the transaction calculations share (preview_transactions, summarise_transactions,
// summary_sql): the file, ISO dates, the summary's choices, and the words of each choice.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../../core/data/summary_options.hpp"
#include "../input_reader.hpp"

namespace clv::api {

// A file as a request carries it: `text` (already UTF-8) or `base64` (its bytes, so the core
// can tell GBK or UTF-16 and say so), exactly one of them.
struct FileInput {
    std::string bytes;
    std::string field;  // "text" or "base64": where problems about the file are reported
};

// The readers below report type problems through the InputReader and the rest in `problems`
// (fields relative to the inputs, for add_core_problems).

// The file, or nullopt with the problem: missing_field on text when neither is given,
// conflicting_fields when both are, wrong_type, invalid_base64.
std::optional<FileInput> read_file_input(InputReader& inputs, std::vector<Problem>& problems);

// An optional date written YYYY-MM-DD: nullopt when absent; not_a_date (and `ok` false) when
// it is no such date.
std::optional<data::DayNumber> read_date(InputReader& inputs, const std::string& name, std::vector<Problem>& problems,
                                         bool& ok);

// time_unit, grouping, returns, observation_end, calibration_end; nullopt after a problem.
std::optional<data::SummaryOptions> read_summary_options(InputReader& inputs, std::vector<Problem>& problems);

// The core's problems with "file" renamed to the input that held it.
std::vector<Problem> named_for_input(std::vector<Problem> problems, const std::string& file_field);

// The words of each choice, "auto" first where the core may guess (static: specs point at them).
const std::vector<std::string>& delimiter_choices();
const std::vector<std::string>& header_choices();             // auto, yes, no
const std::vector<std::string>& date_format_choices();
const std::vector<std::string>& decimal_separator_choices();
const std::vector<std::string>& text_is_choices();            // whole_file, start_of_file
const std::vector<std::string>& time_unit_choices();
const std::vector<std::string>& grouping_choices();
const std::vector<std::string>& returns_choices();
const std::vector<std::string>& sql_dialect_choices();

}  // namespace clv::api
