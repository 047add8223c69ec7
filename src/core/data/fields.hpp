// Records and fields of delimited text: CSV (RFC 4180 quoting), TSV, semicolon or pipe
// separated, or columns separated by runs of white space (the CDNOW sample's format).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clv::data {

enum class Delimiter { comma, tab, semicolon, pipe, whitespace };

const char* delimiter_name(Delimiter delimiter);
std::optional<Delimiter> delimiter_from_name(std::string_view name);
// Every delimiter, in the order a guess prefers them when two fit equally well.
const std::vector<Delimiter>& all_delimiters();

// Most fields a record may have; further fields are counted but not kept.
constexpr std::size_t max_fields = 256;

// One record split into fields. Views point into the record or into `unquoted` (quoted fields
// with "" turned into "), so they live until the next split.
struct SplitRecord {
    std::vector<std::string_view> fields;
    std::size_t field_count = 0;  // may exceed fields.size() when over max_fields
    bool unclosed_quote = false;  // a quoted field ran to the end of the record
    std::string unquoted;
};

// Splits `record` (one record without its line end) into `out`. Unquoted fields lose the
// spaces around them; a field starting with '"' is quoted (RFC 4180): it ends at a '"' not
// followed by another, and "" inside it is one '"'. White space separation splits on runs of
// spaces and tabs and ignores them at both ends.
void split_fields(std::string_view record, Delimiter delimiter, SplitRecord& out);

// The length of the first record of `text` without its line end ("\n" or "\r\n"), and in
// `next` where the following record starts. A '\n' inside a quoted field (one whose first
// character after spaces is '"') does not end the record. nullopt when `text` holds no
// complete record yet; with `at_end`, the rest of `text` is the last record. `quoted`, when
// given, tells whether the record holds a '"' (only then can it hold a line end).
std::optional<std::size_t> record_length(std::string_view text, Delimiter delimiter, bool at_end,
                                         std::size_t& next, bool* quoted = nullptr);

}  // namespace clv::data
