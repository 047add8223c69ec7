// "read_summary": a per-customer summary brought as a file (id, frequency, recency, T,
// monetary_value, weight), read and checked by the core, given back as columns ready for a fit,
// with weighted statistics and the report of the rows that could not be read.
#include <algorithm>
#include <cstddef>

#include "../../core/data/summary_file.hpp"
#include "../encode.hpp"
#include "transaction_calculations.hpp"
#include "transaction_inputs.hpp"

namespace clv::api {

using nlohmann::json;

namespace {

json numbers(const std::vector<double>& values, std::size_t limit) {
    json list = json::array();
    for (std::size_t i = 0; i < std::min(limit, values.size()); ++i) list.push_back(number_or_null(values[i]));
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

}  // namespace

json summary_file_json(const data::SummaryFile& file, std::size_t shown) {
    const bool has_monetary = file.columns[std::size_t(data::SummaryRole::monetary_value)].has_value();
    const bool has_weight = file.columns[std::size_t(data::SummaryRole::weight)].has_value();
    const std::size_t n = std::min(shown, file.id.size());
    json customers = {{"id", std::vector<std::string>(file.id.begin(), file.id.begin() + std::ptrdiff_t(n))},
                      {"frequency", numbers(file.frequency, n)}, {"recency", numbers(file.recency, n)}, {"T", numbers(file.T, n)}};
    customers["monetary_value"] = has_monetary ? numbers(file.monetary_value, n) : json();
    customers["weight"] = has_weight ? numbers(file.weight, n) : json();
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

void add_summary_file_warnings(CalculationOutput& out, const data::SummaryFile& file) {
    if (!file.columns[std::size_t(data::SummaryRole::monetary_value)]) out.warnings.push_back(to_json(Warning{"no_amounts", {}}));
    if (file.repeat_customers == 0) out.warnings.push_back(to_json(Warning{"no_repeat_customers", {}}));
}

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
    out.result = summary_file_json(*read.value);
    add_summary_file_warnings(out, *read.value);
    return out;
}

}  // namespace clv::api
