// The streaming transaction reader: fed a file's bytes chunk by chunk (any split: a record cut
// between chunks is carried over), it keeps compact rows and reports every bad row. Memory is
// the rows (16 bytes each), the customer ids, and at most one record carried between chunks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "../problems.hpp"
#include "dates.hpp"
#include "fields.hpp"
#include "numbers.hpp"
#include "transaction_log.hpp"

namespace clv::data {

namespace read_limits {
// A file above 1 GiB is refused before reading: its rows (~30 million at ~35 bytes a row, 16
// bytes each in memory) and ids must fit a browser tab's wasm32 memory beside the page.
constexpr std::uint64_t max_file_bytes = std::uint64_t(1) << 30;
constexpr std::size_t max_rows = 30'000'000;
// A record longer than this is a bad row (transaction records are a few dozen bytes).
constexpr std::size_t max_record_bytes = 64 * 1024;
constexpr std::size_t max_customer_id_bytes = 256;
constexpr std::size_t bad_rows_kept = 20;
}  // namespace read_limits

// Which 0-based field holds what. Columns must differ.
struct ColumnMapping {
    std::size_t customer = 0;
    std::size_t date = 1;
    std::optional<std::size_t> amount;    // none: purchases are counted, each worth 0
    std::optional<std::size_t> quantity;  // kept per row when given
};

struct ReadOptions {
    Delimiter delimiter = Delimiter::comma;
    bool has_header = false;  // the first non-blank record names the columns: skipped
    ColumnMapping columns;
    DateFormat date_format = DateFormat::iso;
    DecimalSeparator decimal_separator = DecimalSeparator::point;
    std::optional<DayNumber> latest_date;  // later dates are bad rows (future_date), e.g. today
    std::uint64_t max_bytes = read_limits::max_file_bytes;
    std::size_t max_rows = read_limits::max_rows;
};

// Problems with the options themselves (fields "columns.*"): duplicate_column when two roles
// share a column, out_of_range when a column is past max_fields.
std::vector<Problem> check_read_options(const ReadOptions& options);

class TransactionReader {
public:
    explicit TransactionReader(ReadOptions options);

    // A file size known before reading (File.size, stat): over max_bytes stops at once; else
    // the rows are reserved from the first 64 KiB's rows per byte (one allocation, no copies).
    void expect_total_bytes(std::uint64_t total_bytes);
    // Reads the complete records of `chunk`, carrying a cut one over. False once stopped by a
    // problem: more bytes are not needed.
    bool feed(std::string_view chunk);
    // Bytes fed so far (progress = bytes_consumed / file size).
    std::uint64_t bytes_consumed() const { return bytes_; }

    // Reads the last record and returns the log, or the problems that stopped it (on field
    // "file": empty_file, binary_file, spreadsheet_file, needs_decoding with the detected
    // encoding in `allowed`, unknown_encoding, file_too_large, too_many_rows; no_valid_rows
    // followed by one problem per bad-row reason on the option to look at). Call once.
    Outcome<TransactionLog> finish();

private:
    void detect_and_start(bool complete);
    void process(std::string_view data, bool at_end);
    void finish_carry(std::string_view& data, bool at_end);
    void read_record(std::string_view record, bool quoted);
    void read_row(std::uint64_t line);
    void bad_row(std::uint64_t line, BadRowReason reason, std::size_t column, bool show_text);
    void stop(std::string code);

    ReadOptions options_;
    std::vector<Problem> problems_;  // from the options, or what stopped the reading
    TransactionLog log_;
    SplitRecord split_;
    std::string pending_;  // bytes held until the encoding is known (the first 64 KiB)
    std::string carry_;    // a record cut at the end of the last chunk
    bool started_ = false, stopped_ = false, header_pending_ = false;
    bool skipping_long_record_ = false;  // dropping the rest of a too-long record up to '\n'
    std::size_t columns_needed_ = 0;
    std::uint64_t bytes_ = 0, expected_bytes_ = 0;
    std::uint64_t other_format_dates_ = 0;
};

}  // namespace clv::data
