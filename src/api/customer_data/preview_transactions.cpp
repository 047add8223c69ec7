// "preview_transactions": what a dropped file is and how it splits, before the user maps columns.
#include "../../core/data/preview.hpp"
#include "transaction_calculations.hpp"
#include "transaction_inputs.hpp"
#include "transaction_json.hpp"

namespace clv::api {

using nlohmann::json;

namespace {

json preview_json(const data::TransactionPreview& p) {
    json formats = json::array();
    for (data::DateFormat format : p.date_format.candidates) formats.push_back(data::date_format_name(format));
    return {{"encoding", data::encoding_name(p.encoding.encoding)},
            {"delimiter", data::delimiter_name(p.delimiter)},
            {"column_count", p.column_count},
            {"has_header", p.has_header},
            {"header", p.header},
            {"rows", p.rows},
            {"sampled_records", p.sampled_records},
            {"columns", columns_json(p.columns)},
            {"date_format", p.date_format.format ? json(data::date_format_name(*p.date_format.format)) : json()},
            {"date_format_candidates", std::move(formats)},
            {"date_format_ambiguous", p.date_format.ambiguous},
            {"decimal_separator", data::decimal_separator_name(p.decimal_separator.separator)},
            {"decimal_separator_ambiguous", p.decimal_separator.ambiguous}};
}

}  // namespace

CalculationOutput evaluate_preview_transactions(InputReader& inputs) {
    CalculationOutput out;
    std::vector<Problem> problems;
    auto file = read_file_input(inputs, problems);
    auto text_is = inputs.choice("text_is", text_is_choices(), "whole_file");
    add_core_problems(out, inputs, problems);
    if (!file || !text_is) return out;
    auto preview = data::preview_transactions(file->bytes, *text_is == "whole_file");
    if (!preview.ok()) {
        add_core_problems(out, inputs, named_for_input(std::move(preview.problems), file->field));
        return out;
    }
    out.result = preview_json(*preview.value);
    out.warnings = to_json(preview.value->warnings);
    return out;
}

}  // namespace clv::api
