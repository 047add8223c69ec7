// The steps of summarise_transactions that the streaming session (summary_session.hpp) shares
// with the one-request form: the reading choices, their resolution against the preview, and
// the result's JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "../../core/data/preview.hpp"
#include "../../core/data/summary.hpp"
#include "../../core/data/transaction_reader.hpp"
#include "../calculation.hpp"

namespace clv::api {

// How to read the file, as the request says it ("auto" words left to the preview).
struct ReadChoices {
    std::string delimiter, header, date_format, decimal_separator;
    std::optional<data::ColumnMapping> columns;  // absent: the preview's guess
    std::optional<data::DayNumber> latest_date;
};

// delimiter, header, date_format, decimal_separator, columns, latest_date; nullopt after a problem.
std::optional<ReadChoices> read_choices(InputReader& inputs, std::vector<Problem>& problems);

// The reader's options: the request's choices, the preview's guess for each "auto" (problems
// date_format_ambiguous / decimal_separator_ambiguous with the candidates, missing_field).
std::optional<data::ReadOptions> resolve_read_options(const ReadChoices& choices, const data::TransactionPreview& preview,
                                                      std::vector<Problem>& problems);

// The result: summary_json (customers cut to `max_customers`), bad_rows and read.
nlohmann::json summary_result(const data::TransactionLog& log, const data::TransactionSummary& summary,
                              const data::ReadOptions& options, std::size_t max_customers = SIZE_MAX);

// The reader's warnings, then the summary's.
void add_summary_warnings(CalculationOutput& out, const data::TransactionLog& log, const data::TransactionSummary& summary);

}  // namespace clv::api
