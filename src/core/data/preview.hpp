// The preview of a dropped file, before the user maps its columns: what its first bytes are
// (encoding), how they split (delimiter, header), its first rows, and a guess of which column
// is which, of the date format and of the decimal separator, with the ambiguities to ask about.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../problems.hpp"
#include "column_guess.hpp"
#include "encoding.hpp"

namespace clv::data {

constexpr std::size_t preview_rows = 20;        // rows shown
constexpr std::size_t preview_sample_records = 200;  // records the guesses look at

struct TransactionPreview {
    EncodingReport encoding;
    Delimiter delimiter = Delimiter::comma;
    std::size_t column_count = 0;     // fields in most sampled records
    bool has_header = false;
    std::vector<std::string> header;  // the first record's fields when it is a header
    Rows rows;                        // the first data records, split (at most preview_rows)
    std::size_t sampled_records = 0;  // data records the guesses looked at
    ColumnRoles columns;              // the guessed mapping
    DateFormatGuess date_format;      // of the guessed date column
    DecimalGuess decimal_separator;   // of the guessed amount column
    std::vector<Warning> warnings;    // date_format_ambiguous, decimal_separator_ambiguous,
                                      // mixed_date_formats, no_date_column
};

// The preview of a file whose first bytes are `head` (64 KiB is plenty; `complete` says it is
// the whole file, else its last, cut record is left out). Problems, on field "file": the
// reader's empty_file, binary_file, spreadsheet_file, needs_decoding (detected encoding in
// `allowed`), unknown_encoding, and one_column when no delimiter splits the records.
Outcome<TransactionPreview> preview_transactions(std::string_view head, bool complete);

}  // namespace clv::data
