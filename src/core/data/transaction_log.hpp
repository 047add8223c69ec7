// What reading a transaction log yields: compact rows (customer index, day, amount), the
// customers' ids, and an account of every row that could not be read.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "../problems.hpp"
#include "customer_index.hpp"
#include "dates.hpp"
#include "encoding.hpp"

namespace clv::data {

// One transaction in 16 bytes: a million rows take 16 MB.
struct Transaction {
    std::uint32_t customer = 0;  // index into TransactionLog::customers
    DayNumber day = 0;
    double amount = 0;           // money; negative for a return
};

// Why a row was not read. Codes are stable (README catalogue, "bad-row reasons").
enum class BadRowReason {
    too_few_columns,       // fewer fields than the highest mapped column needs
    unclosed_quote,        // a quoted field never closed
    record_too_long,       // more than max_record_bytes (e.g. an unclosed quote swallowing lines)
    empty_customer,        // the customer id field is empty
    customer_too_long,     // the id is longer than max_customer_id_bytes
    not_utf8,              // the id is not UTF-8 (the file changed encoding after its start)
    bad_date,              // the date is no date in any supported format
    date_in_other_format,  // the date reads in another format than the chosen one
    future_date,           // the date is after the latest date allowed (e.g. today)
    bad_amount,            // the amount is not a number in the chosen decimal separator
    bad_quantity,          // the quantity is not a number
};
constexpr std::size_t bad_row_reason_count = 11;

const char* bad_row_reason_name(BadRowReason reason);

struct BadRow {
    std::uint64_t line = 0;  // 1-based line where the record starts
    BadRowReason reason = BadRowReason::bad_date;
    std::size_t column = 0;  // 0-based field the reason is about
    std::string text;        // that field's text, at most 64 bytes (empty when not shown)
};

// Every bad row counted; the first few kept with their line numbers.
struct BadRowReport {
    std::uint64_t total = 0;
    std::array<std::uint64_t, bad_row_reason_count> by_reason{};
    std::vector<BadRow> first;

    std::uint64_t count(BadRowReason reason) const { return by_reason[std::size_t(reason)]; }
};

struct TransactionLog {
    CustomerIndex customers;
    std::vector<Transaction> transactions;  // in file order
    std::vector<double> quantities;         // one per transaction when a quantity column is mapped
    bool has_amounts = true;                // false when no amount column was mapped (all 0)
    BadRowReport bad_rows;
    EncodingReport encoding;
    std::uint64_t bytes = 0;        // bytes read, byte-order mark included
    std::uint64_t lines = 0;        // physical lines seen
    std::uint64_t blank_lines = 0;  // skipped, not counted as bad rows
    bool header_skipped = false;
    std::vector<Warning> warnings;  // mixed_date_formats
};

}  // namespace clv::data
