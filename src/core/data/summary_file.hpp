// A per-customer summary brought as a file (one row per customer: id, frequency, recency, T,
// monetary value and an optional weight), e.g. what summary_sql's query gives in a warehouse,
// or lifetimes' published CDNOW summary. Read with the same delimiter and header detection as
// a transaction file; each row checked against the summary's rules, every bad row counted.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../problems.hpp"
#include "fields.hpp"

namespace clv::data {

// The columns of a summary, in the order a file without a header gives them.
enum class SummaryRole { id, frequency, recency, T, monetary_value, weight };
constexpr std::size_t summary_role_count = 6;
const char* summary_role_name(SummaryRole role);
// Header names read as each role (compared without case): the summary's own words first,
// then lifetimes' and the BTYD papers' (x, t_x, zbar).
const std::vector<std::string>& summary_role_names(SummaryRole role);

// Why a summary row was not read. Codes are stable (README, "summary row reasons").
enum class SummaryRowReason {
    too_few_columns,          // fewer fields than the columns found need
    unclosed_quote,           // a quoted field never closed
    empty_customer,           // no customer id
    bad_frequency,            // not a whole number >= 0
    bad_recency,              // not a number >= 0
    bad_T,                    // not a number >= 0
    recency_after_T,          // recency > T: the last purchase after the end of observation
    recency_without_repeat,   // frequency 0 with recency > 0 (one purchase has no span)
    bad_monetary_value,       // not a number
    bad_weight,               // not a whole number >= 1
};
constexpr std::size_t summary_row_reason_count = 10;
const char* summary_row_reason_name(SummaryRowReason reason);

struct SummaryRowProblem {
    std::uint64_t line = 0;   // 1-based
    SummaryRowReason reason = SummaryRowReason::bad_frequency;
    std::size_t column = 0;   // 0-based field the reason is about
    std::string text;         // that field's text, at most 64 bytes
};

struct SummaryRowReport {
    std::uint64_t total = 0;
    std::array<std::uint64_t, summary_row_reason_count> by_reason{};
    std::vector<SummaryRowProblem> first;  // at most summary_rows_kept
};
constexpr std::size_t summary_rows_kept = 20;

struct SummaryFile {
    Delimiter delimiter = Delimiter::comma;
    bool has_header = false;
    std::array<std::optional<std::size_t>, summary_role_count> columns;  // 0-based, by SummaryRole
    std::vector<std::string> id;
    std::vector<double> frequency, recency, T, monetary_value, weight;   // monetary 0, weight 1 when absent
    SummaryRowReport bad_rows;
    std::uint64_t lines = 0, blank_lines = 0;
    // Weighted totals (a row of weight w stands for w customers).
    double customers = 0, repeat_customers = 0;
    double mean_frequency = 0, mean_recency = 0, mean_T = 0;
    std::optional<double> mean_monetary_value;  // over repeat customers; none without the column
};

// Reads a UTF-8 summary file (`text`, the whole file). Problems, on field "file": the
// transaction preview's (empty_file, binary_file, spreadsheet_file, needs_decoding,
// unknown_encoding, one_column); on "columns.<role>": missing_column (`allowed`: the header
// names read as that role) when a header lacks id, frequency, recency or T; no_valid_rows on
// "file" followed by one problem per row reason on the column it is about.
Outcome<SummaryFile> read_summary_file(std::string_view text);

}  // namespace clv::data
