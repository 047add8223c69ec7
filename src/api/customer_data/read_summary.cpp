// "read_summary": a per-customer summary brought as a file (id, frequency, recency, T,
// monetary_value, weight), read and checked by the core, given back as columns ready for a fit,
// with weighted statistics and the report of the rows that could not be read.
#include "../../core/data/summary_file.hpp"
#include "../encode.hpp"
#include "transaction_calculations.hpp"
#include "transaction_inputs.hpp"

namespace clv::api {

using nlohmann::json;

namespace {

json numbers(const std::vector<double>& values) {
    json list = json::array();
    for (double value : values) list.push_back(number_or_null(value));
    return list;
}

json columns_found(const data::SummaryFile& file) {
    json out = json::object();
    for (std::size_t r = 0; r < data::summary_role_count; ++r)
        out[data::summary_role_name(data::SummaryRole(r))] = file.columns[r] ? json(*file.columns[r]) : json();
    return out;
}

json bad_rows(const data::SummaryRowReport& report) {
    json by_reason = json::object(), first = json::array();
    for (std::size_t r = 0; r < data::summary_row_reason_count; ++r)
        if (report.by_reason[r]) by_reason[data::summary_row_reason_name(data::SummaryRowReason(r))] = report.by_reason[r];
    for (const auto& row : report.first)
        first.push_back({{"line", row.line}, {"reason", data::summary_row_reason_name(row.reason)},
                         {"column", row.column}, {"text", row.text}});
    return {{"total", report.total}, {"by_reason", std::move(by_reason)}, {"first", std::move(first)}};
}

json result_json(const data::SummaryFile& file) {
    const bool has_monetary = file.columns[std::size_t(data::SummaryRole::monetary_value)].has_value();
    const bool has_weight = file.columns[std::size_t(data::SummaryRole::weight)].has_value();
    json customers = {{"id", file.id}, {"frequency", numbers(file.frequency)}, {"recency", numbers(file.recency)},
                      {"T", numbers(file.T)}};
    customers["monetary_value"] = has_monetary ? numbers(file.monetary_value) : json();
    customers["weight"] = has_weight ? numbers(file.weight) : json();
    json statistics = {{"rows", file.id.size()}, {"customers", number_or_null(file.customers)},
                       {"repeat_customers", number_or_null(file.repeat_customers)},
                       {"mean_frequency", number_or_null(file.mean_frequency)},
                       {"mean_recency", number_or_null(file.mean_recency)}, {"mean_T", number_or_null(file.mean_T)},
                       {"mean_monetary_value", file.mean_monetary_value ? number_or_null(*file.mean_monetary_value) : json()}};
    json read = {{"delimiter", data::delimiter_name(file.delimiter)}, {"header", file.has_header},
                 {"columns", columns_found(file)}, {"lines", file.lines}, {"blank_lines", file.blank_lines}};
    return {{"customers", std::move(customers)}, {"statistics", std::move(statistics)},
            {"bad_rows", bad_rows(file.bad_rows)}, {"read", std::move(read)}};
}

}  // namespace

CalculationOutput evaluate_read_summary(InputReader& inputs) {
    CalculationOutput out;
    std::vector<Problem> problems;
    auto file = read_file_input(inputs, problems);
    add_core_problems(out, inputs, problems);
    if (!file) return out;
    auto read = data::read_summary_file(file->bytes);
    if (!read.ok()) {
        add_core_problems(out, inputs, named_for_input(std::move(read.problems), file->field));
        return out;
    }
    out.result = result_json(*read.value);
    if (!read.value->columns[std::size_t(data::SummaryRole::monetary_value)]) out.warnings.push_back(to_json(Warning{"no_amounts", {}}));
    if (read.value->repeat_customers == 0) out.warnings.push_back(to_json(Warning{"no_repeat_customers", {}}));
    return out;
}

}  // namespace clv::api
