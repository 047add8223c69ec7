#include "preview.hpp"

#include <algorithm>
#include <map>

namespace clv::data {

namespace detail {

bool is_blank_text(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// The first non-blank lines, split on '\n' only: enough to guess the delimiter, which the
// proper record split (quotes may hold line ends) needs first.
std::vector<std::string_view> first_lines(std::string_view text, bool complete) {
    std::vector<std::string_view> lines;
    while (!text.empty() && lines.size() < preview_sample_records) {
        const std::size_t end = text.find('\n');
        if (end == std::string_view::npos && !complete) break;  // cut: left out
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!is_blank_text(line)) lines.push_back(line);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

Rows split_records(std::string_view text, bool complete, Delimiter delimiter) {
    Rows rows;
    SplitRecord split;
    while (!text.empty() && rows.size() < preview_sample_records + 1) {
        std::size_t next = 0;
        auto length = record_length(text, delimiter, complete, next);
        if (!length) break;
        const std::string_view record = text.substr(0, *length);
        text.remove_prefix(next);
        if (is_blank_text(record)) continue;
        split_fields(record, delimiter, split);
        rows.emplace_back(split.fields.begin(), split.fields.end());
    }
    return rows;
}

std::size_t usual_field_count(const Rows& rows) {
    std::map<std::size_t, std::size_t> counts;
    for (const auto& row : rows) ++counts[row.size()];
    auto mode = std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; });
    return mode == counts.end() ? 0 : mode->first;
}

std::vector<std::string_view> column_values(const Rows& rows, std::optional<std::size_t> column) {
    std::vector<std::string_view> values;
    if (!column) return values;
    for (const auto& row : rows)
        if (*column < row.size() && !row[*column].empty()) values.push_back(row[*column]);
    return values;
}

void guess_formats(TransactionPreview& preview, const Rows& data_rows) {
    if (!preview.columns.date) {
        preview.warnings.push_back({"no_date_column", {}});
    } else {
        preview.date_format = guess_date_format(column_values(data_rows, preview.columns.date));
        if (preview.date_format.ambiguous) preview.warnings.push_back({"date_format_ambiguous", {}});
        if (preview.date_format.mixed) preview.warnings.push_back({"mixed_date_formats", {}});
    }
    preview.decimal_separator = guess_decimal_separator(column_values(data_rows, preview.columns.amount), preview.delimiter);
    if (preview.decimal_separator.ambiguous) preview.warnings.push_back({"decimal_separator_ambiguous", {}});
}

}  // namespace detail

Outcome<TransactionPreview> preview_transactions(std::string_view head, bool complete) {
    Outcome<TransactionPreview> outcome;
    TransactionPreview preview;
    preview.encoding = detect_encoding(head, complete);
    if (auto problem = unreadable_file(preview.encoding)) {
        outcome.problems.push_back(std::move(*problem));
        return outcome;
    }
    const std::string_view text = head.substr(preview.encoding.bom_bytes);
    const auto lines = detail::first_lines(text, complete);
    if (lines.empty()) {
        outcome.problems.push_back({"file", "empty_file"});
        return outcome;
    }
    const auto delimiter = guess_delimiter(lines);
    if (!delimiter) {
        outcome.problems.push_back({"file", "one_column"});
        return outcome;
    }
    preview.delimiter = *delimiter;
    Rows rows = detail::split_records(text, complete, preview.delimiter);
    preview.column_count = detail::usual_field_count(rows);
    preview.has_header = guess_header(rows);
    if (preview.has_header) {
        preview.header = std::move(rows.front());
        rows.erase(rows.begin());
    }
    if (rows.size() > preview_sample_records) rows.resize(preview_sample_records);
    preview.sampled_records = rows.size();
    preview.columns = guess_roles(preview.header, rows);
    detail::guess_formats(preview, rows);
    if (rows.size() > preview_rows) rows.resize(preview_rows);
    preview.rows = std::move(rows);
    outcome.value = std::move(preview);
    return outcome;
}

}  // namespace clv::data
