#include "transaction_reader.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

namespace clv::data {

namespace detail {

std::uint64_t count_newlines(std::string_view text) {
    return std::uint64_t(std::count(text.begin(), text.end(), '\n'));
}

bool is_blank_record(std::string_view record) {
    return std::all_of(record.begin(), record.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// At most `max_bytes` of `text`, never cutting a UTF-8 character.
std::string shown_text(std::string_view text, std::size_t max_bytes = 64) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return std::string(text.substr(0, end));
}

// The option a user should look at when every row failed for `reason`.
const char* field_for_reason(BadRowReason reason) {
    switch (reason) {
        case BadRowReason::too_few_columns: return "columns";
        case BadRowReason::unclosed_quote:
        case BadRowReason::record_too_long: return "file";
        case BadRowReason::empty_customer:
        case BadRowReason::customer_too_long:
        case BadRowReason::not_utf8: return "columns.customer";
        case BadRowReason::bad_date:
        case BadRowReason::date_in_other_format: return "date_format";
        case BadRowReason::future_date: return "latest_date";
        case BadRowReason::bad_amount: return "columns.amount";
        case BadRowReason::bad_quantity: return "columns.quantity";
    }
    return "file";
}

}  // namespace detail

const char* bad_row_reason_name(BadRowReason reason) {
    static const char* const names[bad_row_reason_count] = {
        "too_few_columns", "unclosed_quote", "record_too_long", "empty_customer",
        "customer_too_long", "not_utf8", "bad_date", "date_in_other_format",
        "future_date", "bad_amount", "bad_quantity"};
    return names[std::size_t(reason)];
}

std::vector<Problem> check_read_options(const ReadOptions& options) {
    std::vector<Problem> problems;
    std::vector<std::pair<const char*, std::size_t>> roles = {{"columns.customer", options.columns.customer},
                                                               {"columns.date", options.columns.date}};
    if (options.columns.amount) roles.emplace_back("columns.amount", *options.columns.amount);
    if (options.columns.quantity) roles.emplace_back("columns.quantity", *options.columns.quantity);
    for (std::size_t i = 0; i < roles.size(); ++i) {
        if (roles[i].second >= max_fields) {
            problems.push_back({roles[i].first, "out_of_range", 0.0, double(max_fields - 1)});
            continue;
        }
        for (std::size_t j = 0; j < i; ++j)
            if (roles[j].second == roles[i].second) problems.push_back({roles[i].first, "duplicate_column"});
    }
    return problems;
}

TransactionReader::TransactionReader(ReadOptions options) : options_(std::move(options)) {
    problems_ = check_read_options(options_);
    stopped_ = !problems_.empty();
    const auto& columns = options_.columns;
    columns_needed_ = std::max({columns.customer, columns.date, columns.amount.value_or(0),
                                columns.quantity.value_or(0)}) + 1;
    header_pending_ = options_.has_header;
    log_.has_amounts = columns.amount.has_value();
}

void TransactionReader::stop(std::string code) {
    problems_.push_back({"file", std::move(code)});
    stopped_ = true;
}

void TransactionReader::expect_total_bytes(std::uint64_t total_bytes) {
    expected_bytes_ = total_bytes;
    if (!stopped_ && total_bytes > options_.max_bytes) stop("file_too_large");
}

bool TransactionReader::feed(std::string_view chunk) {
    if (stopped_) return false;
    bytes_ += chunk.size();
    if (bytes_ > options_.max_bytes) {
        stop("file_too_large");
        return false;
    }
    if (!started_) {
        pending_.append(chunk.data(), chunk.size());
        if (pending_.size() >= encoding_sample_bytes) detect_and_start(false);
        return !stopped_;
    }
    process(chunk, false);
    return !stopped_;
}

void TransactionReader::detect_and_start(bool complete) {
    started_ = true;
    log_.encoding = detect_encoding(pending_, complete);
    if (auto problem = unreadable_file(log_.encoding)) {
        problems_.push_back(std::move(*problem));
        stopped_ = true;
        return;
    }
    const std::string data = std::move(pending_);
    pending_ = std::string();
    process(std::string_view(data).substr(log_.encoding.bom_bytes), complete);
    const std::size_t rows = log_.transactions.size();
    if (expected_bytes_ > bytes_ && rows > 0) {
        const double estimate = double(rows) * double(expected_bytes_) / double(bytes_) * 1.05 + 16;
        const std::size_t capacity = std::size_t(std::min(estimate, double(options_.max_rows)));
        log_.transactions.reserve(capacity);
        if (options_.columns.quantity) log_.quantities.reserve(capacity);
    }
}

void TransactionReader::process(std::string_view data, bool at_end) {
    if (!carry_.empty() || skipping_long_record_) finish_carry(data, at_end);
    while (!data.empty() && !stopped_) {
        std::size_t next = 0;
        bool quoted = false;
        auto length = record_length(data, options_.delimiter, at_end, next, &quoted);
        if (!length) {
            if (data.size() <= read_limits::max_record_bytes) {
                carry_.assign(data.data(), data.size());
                return;
            }
            bad_row(log_.lines + 1, BadRowReason::record_too_long, 0, false);
            log_.lines += detail::count_newlines(data);
            skipping_long_record_ = true;
            return;
        }
        read_record(data.substr(0, *length), quoted);
        data.remove_prefix(next);
    }
}

// Completes the record carried from the last chunk with the start of `data`, or drops the rest
// of a too-long one up to its next line end; removes what it used from `data`.
void TransactionReader::finish_carry(std::string_view& data, bool at_end) {
    while (skipping_long_record_ || !carry_.empty()) {
        if (skipping_long_record_) {
            const void* newline = std::memchr(data.data(), '\n', data.size());
            if (!newline) return data.remove_prefix(data.size());
            data.remove_prefix(std::size_t(static_cast<const char*>(newline) - data.data()) + 1);
            ++log_.lines;
            skipping_long_record_ = false;
            return;
        }
        const std::size_t old_size = carry_.size();
        const std::size_t take = std::min(data.size(), read_limits::max_record_bytes + 2 - old_size);
        carry_.append(data.data(), take);
        std::size_t next = 0;
        bool quoted = false;
        auto length = record_length(carry_, options_.delimiter, at_end && take == data.size(), next, &quoted);
        if (length) {
            read_record(std::string_view(carry_).substr(0, *length), quoted);
            data.remove_prefix(next - old_size);
            carry_.clear();
            return;
        }
        data.remove_prefix(take);
        if (carry_.size() <= read_limits::max_record_bytes) return;  // all of data used, still cut
        bad_row(log_.lines + 1, BadRowReason::record_too_long, 0, false);
        log_.lines += detail::count_newlines(carry_);
        carry_.clear();
        skipping_long_record_ = true;
    }
}

void TransactionReader::read_record(std::string_view record, bool quoted) {
    const std::uint64_t line = log_.lines + 1;
    log_.lines += 1;
    if (quoted) log_.lines += detail::count_newlines(record);
    if (record.size() > read_limits::max_record_bytes) return bad_row(line, BadRowReason::record_too_long, 0, false);
    if (detail::is_blank_record(record)) {
        ++log_.blank_lines;
        return;
    }
    if (header_pending_) {
        header_pending_ = false;
        log_.header_skipped = true;
        return;
    }
    split_fields(record, options_.delimiter, split_);
    read_row(line);
}

void TransactionReader::read_row(std::uint64_t line) {
    const auto& fields = split_.fields;
    const auto& columns = options_.columns;
    if (split_.unclosed_quote) return bad_row(line, BadRowReason::unclosed_quote, fields.size() - 1, false);
    if (split_.field_count < columns_needed_)
        return bad_row(line, BadRowReason::too_few_columns, split_.field_count, false);
    const std::string_view id = fields[columns.customer];
    if (id.empty()) return bad_row(line, BadRowReason::empty_customer, columns.customer, false);
    if (id.size() > read_limits::max_customer_id_bytes)
        return bad_row(line, BadRowReason::customer_too_long, columns.customer, false);
    if (!is_utf8(id)) return bad_row(line, BadRowReason::not_utf8, columns.customer, false);
    auto day = parse_date(fields[columns.date], options_.date_format);
    if (!day) {
        bool other = false;
        for (DateFormat format : all_date_formats())
            other = other || (format != options_.date_format && parse_date(fields[columns.date], format));
        other_format_dates_ += other ? 1 : 0;
        return bad_row(line, other ? BadRowReason::date_in_other_format : BadRowReason::bad_date,
                       columns.date, true);
    }
    if (options_.latest_date && *day > *options_.latest_date)
        return bad_row(line, BadRowReason::future_date, columns.date, true);
    double amount = 0;
    if (columns.amount) {
        auto value = parse_amount(fields[*columns.amount], options_.decimal_separator);
        if (!value) return bad_row(line, BadRowReason::bad_amount, *columns.amount, true);
        amount = *value;
    }
    double quantity = 0;
    if (columns.quantity) {
        auto value = parse_amount(fields[*columns.quantity], options_.decimal_separator);
        if (!value) return bad_row(line, BadRowReason::bad_quantity, *columns.quantity, true);
        quantity = *value;
    }
    if (log_.transactions.size() >= options_.max_rows) return stop("too_many_rows");
    log_.transactions.push_back({log_.customers.intern(id), *day, amount});
    if (columns.quantity) log_.quantities.push_back(quantity);
}

void TransactionReader::bad_row(std::uint64_t line, BadRowReason reason, std::size_t column, bool show_text) {
    auto& report = log_.bad_rows;
    ++report.total;
    ++report.by_reason[std::size_t(reason)];
    if (report.first.size() >= read_limits::bad_rows_kept) return;
    std::string text = show_text && column < split_.fields.size() ? detail::shown_text(split_.fields[column]) : "";
    report.first.push_back({line, reason, column, std::move(text)});
}

Outcome<TransactionLog> TransactionReader::finish() {
    if (!started_ && !stopped_) detect_and_start(true);
    else if (!stopped_) process({}, true);
    Outcome<TransactionLog> outcome;
    if (!problems_.empty()) {
        outcome.problems = std::move(problems_);
        return outcome;
    }
    log_.bytes = bytes_;
    if (log_.transactions.empty()) {
        if (log_.bad_rows.total == 0) {
            outcome.problems.push_back({"file", "empty_file"});
            return outcome;
        }
        outcome.problems.push_back({"file", "no_valid_rows"});
        for (std::size_t r = 0; r < bad_row_reason_count; ++r) {
            if (log_.bad_rows.by_reason[r] == 0) continue;
            const auto reason = BadRowReason(r);
            outcome.problems.push_back({detail::field_for_reason(reason), bad_row_reason_name(reason)});
        }
        return outcome;
    }
    if (other_format_dates_ > 0)
        log_.warnings.push_back({"mixed_date_formats", {{"rows", double(other_format_dates_), Unit::count}}});
    outcome.value = std::move(log_);
    return outcome;
}

}  // namespace clv::data
