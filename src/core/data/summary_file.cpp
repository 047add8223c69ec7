#include "summary_file.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "encoding.hpp"
#include "numbers.hpp"
#include "preview.hpp"

namespace clv::data {

namespace {

constexpr std::size_t role_index(SummaryRole role) { return std::size_t(role); }

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool blank(std::string_view record) {
    return std::all_of(record.begin(), record.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// The header's column for each role; a required role it lacks is a missing_column problem.
std::vector<Problem> columns_from_header(const std::vector<std::string>& header, SummaryFile& file) {
    std::vector<Problem> problems;
    for (std::size_t r = 0; r < summary_role_count; ++r) {
        const auto& names = summary_role_names(SummaryRole(r));
        for (std::size_t c = 0; c < header.size() && !file.columns[r]; ++c)
            if (std::find(names.begin(), names.end(), lower(header[c])) != names.end()) file.columns[r] = c;
        const bool required = r <= role_index(SummaryRole::T);
        if (required && !file.columns[r]) {
            Problem missing{std::string("columns.") + summary_role_name(SummaryRole(r)), "missing_column"};
            missing.allowed = names;
            problems.push_back(std::move(missing));
        }
    }
    return problems;
}

// Without a header the columns are in the summary's order: id, frequency, recency, T, then
// monetary value and weight when the rows have them.
void columns_by_position(std::size_t column_count, SummaryFile& file) {
    for (std::size_t r = 0; r < summary_role_count && r < column_count; ++r) file.columns[r] = r;
}

class RowReader {
public:
    explicit RowReader(SummaryFile& file) : file_(file) {
        for (const auto& column : file.columns)
            if (column) needed_ = std::max(needed_, *column + 1);
    }

    void read(const SplitRecord& split, std::uint64_t line) {
        if (split.unclosed_quote) return bad(line, SummaryRowReason::unclosed_quote, 0, {});
        if (split.field_count < needed_) return bad(line, SummaryRowReason::too_few_columns, split.field_count, {});
        auto field = [&](SummaryRole role) { return split.fields[*file_.columns[role_index(role)]]; };
        const std::string_view id = field(SummaryRole::id);
        if (id.empty()) return bad(line, SummaryRowReason::empty_customer, column(SummaryRole::id), id);
        auto x = number(field(SummaryRole::frequency));
        if (!x || *x < 0 || std::floor(*x) != *x) return bad(line, SummaryRowReason::bad_frequency, column(SummaryRole::frequency), field(SummaryRole::frequency));
        auto recency = number(field(SummaryRole::recency));
        if (!recency || *recency < 0) return bad(line, SummaryRowReason::bad_recency, column(SummaryRole::recency), field(SummaryRole::recency));
        auto T = number(field(SummaryRole::T));
        if (!T || *T < 0) return bad(line, SummaryRowReason::bad_T, column(SummaryRole::T), field(SummaryRole::T));
        if (*recency > *T) return bad(line, SummaryRowReason::recency_after_T, column(SummaryRole::recency), field(SummaryRole::recency));
        if (*x == 0 && *recency > 0) return bad(line, SummaryRowReason::recency_without_repeat, column(SummaryRole::recency), field(SummaryRole::recency));
        double monetary = 0, weight = 1;
        if (file_.columns[role_index(SummaryRole::monetary_value)]) {
            auto m = number(field(SummaryRole::monetary_value));
            if (!m) return bad(line, SummaryRowReason::bad_monetary_value, column(SummaryRole::monetary_value), field(SummaryRole::monetary_value));
            monetary = *m;
        }
        if (file_.columns[role_index(SummaryRole::weight)]) {
            auto w = number(field(SummaryRole::weight));
            if (!w || *w < 1 || std::floor(*w) != *w) return bad(line, SummaryRowReason::bad_weight, column(SummaryRole::weight), field(SummaryRole::weight));
            weight = *w;
        }
        file_.id.emplace_back(id);
        file_.frequency.push_back(*x);
        file_.recency.push_back(*recency);
        file_.T.push_back(*T);
        file_.monetary_value.push_back(monetary);
        file_.weight.push_back(weight);
    }

private:
    static std::optional<double> number(std::string_view text) { return parse_amount(text, DecimalSeparator::point); }
    std::size_t column(SummaryRole role) const { return *file_.columns[role_index(role)]; }

    void bad(std::uint64_t line, SummaryRowReason reason, std::size_t column, std::string_view text) {
        auto& report = file_.bad_rows;
        ++report.total;
        ++report.by_reason[std::size_t(reason)];
        if (report.first.size() < summary_rows_kept) report.first.push_back({line, reason, column, std::string(text.substr(0, 64))});
    }

    SummaryFile& file_;
    std::size_t needed_ = 0;
};

// Weighted counts and means of the rows read.
void add_statistics(SummaryFile& file) {
    double repeat_spend = 0;
    for (std::size_t i = 0; i < file.id.size(); ++i) {
        const double w = file.weight[i];
        file.customers += w;
        file.mean_frequency += w * file.frequency[i];
        file.mean_recency += w * file.recency[i];
        file.mean_T += w * file.T[i];
        if (file.frequency[i] > 0) {
            file.repeat_customers += w;
            repeat_spend += w * file.monetary_value[i];
        }
    }
    file.mean_frequency /= file.customers;
    file.mean_recency /= file.customers;
    file.mean_T /= file.customers;
    if (file.columns[role_index(SummaryRole::monetary_value)] && file.repeat_customers > 0)
        file.mean_monetary_value = repeat_spend / file.repeat_customers;
}

// no_valid_rows, then one problem per reason seen, on the column it is about.
std::vector<Problem> no_valid_rows(const SummaryFile& file) {
    std::vector<Problem> problems{{"file", "no_valid_rows"}};
    for (std::size_t r = 0; r < summary_row_reason_count; ++r) {
        if (!file.bad_rows.by_reason[r]) continue;
        const auto reason = SummaryRowReason(r);
        std::string field = "file";
        for (const auto& row : file.bad_rows.first)
            if (row.reason == reason)
                for (std::size_t role = 0; role < summary_role_count; ++role)
                    if (file.columns[role] == row.column) field = std::string("columns.") + summary_role_name(SummaryRole(role));
        problems.push_back({field, summary_row_reason_name(reason)});
    }
    return problems;
}

}  // namespace

const char* summary_role_name(SummaryRole role) {
    switch (role) {
        case SummaryRole::id: return "id";
        case SummaryRole::frequency: return "frequency";
        case SummaryRole::recency: return "recency";
        case SummaryRole::T: return "T";
        case SummaryRole::monetary_value: return "monetary_value";
        case SummaryRole::weight: return "weight";
    }
    return "id";
}

const std::vector<std::string>& summary_role_names(SummaryRole role) {
    static const std::array<std::vector<std::string>, summary_role_count> names{{
        {"customer_id", "id", "customer", "cust", "master_id"},
        {"frequency", "x", "frequency_cal"},
        {"recency", "t_x", "recency_cal"},
        {"t", "t_cal"},
        {"monetary_value", "zbar", "monetary_value_cal", "m_x"},
        {"weight", "count", "customers", "n"},
    }};
    return names[role_index(role)];
}

const char* summary_row_reason_name(SummaryRowReason reason) {
    switch (reason) {
        case SummaryRowReason::too_few_columns: return "too_few_columns";
        case SummaryRowReason::unclosed_quote: return "unclosed_quote";
        case SummaryRowReason::empty_customer: return "empty_customer";
        case SummaryRowReason::bad_frequency: return "bad_frequency";
        case SummaryRowReason::bad_recency: return "bad_recency";
        case SummaryRowReason::bad_T: return "bad_T";
        case SummaryRowReason::recency_after_T: return "recency_after_T";
        case SummaryRowReason::recency_without_repeat: return "recency_without_repeat";
        case SummaryRowReason::bad_monetary_value: return "bad_monetary_value";
        case SummaryRowReason::bad_weight: return "bad_weight";
    }
    return "bad_frequency";
}

Outcome<SummaryFile> read_summary_file(std::string_view text) {
    auto preview = preview_transactions(text.substr(0, encoding_sample_bytes), text.size() <= encoding_sample_bytes);
    if (!preview.ok()) return {std::nullopt, std::move(preview.problems)};
    SummaryFile file;
    file.delimiter = preview.value->delimiter;
    file.has_header = preview.value->has_header;
    if (file.has_header) {
        auto problems = columns_from_header(preview.value->header, file);
        if (!problems.empty()) return {std::nullopt, std::move(problems)};
    } else {
        if (preview.value->column_count < 4) return {std::nullopt, {{"columns.T", "missing_column", {}, {}, false, false, summary_role_names(SummaryRole::T)}}};
        columns_by_position(preview.value->column_count, file);
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    RowReader rows(file);
    SplitRecord split;
    bool header_pending = file.has_header;
    std::uint64_t line = 1;
    while (!text.empty()) {
        std::size_t next = 0;
        const std::size_t length = *record_length(text, file.delimiter, true, next);
        const std::string_view record = text.substr(0, length);
        const std::uint64_t record_line = line;
        line += std::uint64_t(std::count(text.begin(), text.begin() + std::ptrdiff_t(next), '\n'));
        text.remove_prefix(next);
        ++file.lines;
        if (blank(record)) { ++file.blank_lines; continue; }
        if (header_pending) { header_pending = false; continue; }
        split_fields(record, file.delimiter, split);
        rows.read(split, record_line);
    }
    if (file.id.empty()) return {std::nullopt, no_valid_rows(file)};
    add_statistics(file);
    return {std::move(file), {}};
}

}  // namespace clv::data
