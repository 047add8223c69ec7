// "summarise_transactions": a transaction file read with the user's mapping (or the preview's
// guesses where the request says "auto" or leaves the columns out), then the per-customer
// summary, holdout, cohorts, statistics and the bad-row report.
#include "../../core/data/preview.hpp"
#include "../../core/data/summary.hpp"
#include "../../core/data/transaction_reader.hpp"
#include "summarise_parts.hpp"
#include "transaction_calculations.hpp"
#include "transaction_inputs.hpp"
#include "transaction_json.hpp"

namespace clv::api {

using nlohmann::json;

namespace {

// `columns`: customer and date required, amount and quantity optional, each 0..max_fields-1.
std::optional<data::ColumnMapping> read_columns(InputReader& inputs, std::vector<Problem>& problems, bool& ok) {
    if (!inputs.has("columns")) return std::nullopt;
    auto columns = inputs.object("columns");
    if (!columns) {
        ok = false;
        return std::nullopt;
    }
    ProblemList checks;
    auto index = [&](const char* name, bool required) -> std::optional<std::size_t> {
        bool given = true;
        auto value = required ? columns->number(name) : columns->optional_number(name, given);
        const bool valid = value && checks.require_whole(std::string("columns.") + name, *value, 0,
                                                         double(data::max_fields - 1));
        if (!valid && (required || value || !given)) ok = false;
        return valid ? std::optional<std::size_t>(std::size_t(*value)) : std::nullopt;
    };
    data::ColumnMapping mapping;
    auto customer = index("customer", true), date = index("date", true);
    mapping.amount = index("amount", false);
    mapping.quantity = index("quantity", false);
    columns->reject_unknown_fields();
    for (auto& problem : checks.take()) problems.push_back(std::move(problem));
    if (!customer || !date) return std::nullopt;
    mapping.customer = *customer;
    mapping.date = *date;
    return mapping;
}

}  // namespace

std::optional<ReadChoices> read_choices(InputReader& inputs, std::vector<Problem>& problems) {
    bool ok = true;
    ReadChoices choices;
    auto delimiter = inputs.choice("delimiter", delimiter_choices(), "auto");
    auto header = inputs.choice("header", header_choices(), "auto");
    auto date_format = inputs.choice("date_format", date_format_choices(), "auto");
    auto decimal = inputs.choice("decimal_separator", decimal_separator_choices(), "auto");
    choices.columns = read_columns(inputs, problems, ok);
    choices.latest_date = read_date(inputs, "latest_date", problems, ok);
    if (!delimiter || !header || !date_format || !decimal || !ok) return std::nullopt;
    choices.delimiter = *delimiter;
    choices.header = *header;
    choices.date_format = *date_format;
    choices.decimal_separator = *decimal;
    return choices;
}

std::optional<data::ReadOptions> resolve_read_options(const ReadChoices& c, const data::TransactionPreview& p,
                                         std::vector<Problem>& problems) {
    data::ReadOptions options;
    options.delimiter = c.delimiter == "auto" ? p.delimiter : *data::delimiter_from_name(c.delimiter);
    options.has_header = c.header == "auto" ? p.has_header : c.header == "yes";
    options.latest_date = c.latest_date;
    if (c.decimal_separator != "auto") {
        options.decimal_separator = *data::decimal_separator_from_name(c.decimal_separator);
    } else if (p.decimal_separator.ambiguous) {
        Problem ask{"decimal_separator", "decimal_separator_ambiguous"};
        ask.allowed = {"point", "comma"};
        problems.push_back(std::move(ask));
    } else {
        options.decimal_separator = p.decimal_separator.separator;
    }
    if (c.date_format != "auto") {
        options.date_format = *data::date_format_from_name(c.date_format);
    } else if (p.date_format.ambiguous) {
        Problem ask{"date_format", "date_format_ambiguous"};
        for (data::DateFormat format : p.date_format.candidates) ask.allowed.emplace_back(data::date_format_name(format));
        problems.push_back(std::move(ask));
    } else if (p.date_format.format) {
        options.date_format = *p.date_format.format;
    }
    if (c.columns) {
        options.columns = *c.columns;
    } else {
        if (!p.columns.customer) problems.push_back({"columns.customer", "missing_field"});
        if (!p.columns.date) problems.push_back({"columns.date", "missing_field"});
        options.columns = {p.columns.customer.value_or(0), p.columns.date.value_or(1), p.columns.amount, p.columns.quantity};
    }
    if (!problems.empty()) return std::nullopt;
    return options;
}

namespace {

json read_json(const data::TransactionLog& log, const data::ReadOptions& options) {
    return {{"encoding", data::encoding_name(log.encoding.encoding)},
            {"delimiter", data::delimiter_name(options.delimiter)},
            {"header", log.header_skipped},
            {"columns", columns_json({options.columns.customer, options.columns.date, options.columns.amount,
                                      options.columns.quantity})},
            {"date_format", data::date_format_name(options.date_format)},
            {"decimal_separator", data::decimal_separator_name(options.decimal_separator)},
            {"rows", log.transactions.size()}, {"customers", log.customers.size()},
            {"lines", log.lines}, {"blank_lines", log.blank_lines}, {"bytes", log.bytes}};
}

}  // namespace

json summary_result(const data::TransactionLog& log, const data::TransactionSummary& summary,
                    const data::ReadOptions& options, std::size_t max_customers) {
    json result = summary_json(log, summary, max_customers);
    result["bad_rows"] = bad_rows_json(log.bad_rows);
    result["read"] = read_json(log, options);
    return result;
}

void add_summary_warnings(CalculationOutput& out, const data::TransactionLog& log,
                          const data::TransactionSummary& summary) {
    out.warnings = to_json(log.warnings);
    for (const auto& warning : summary.warnings) out.warnings.push_back(to_json(warning));
}

CalculationOutput evaluate_summarise_transactions(InputReader& inputs) {
    CalculationOutput out;
    std::vector<Problem> problems;
    auto file = read_file_input(inputs, problems);
    auto choices = read_choices(inputs, problems);
    auto summary_options = read_summary_options(inputs, problems);
    add_core_problems(out, inputs, problems);
    if (!file || !choices || !summary_options) return out;

    const std::string_view bytes = file->bytes;
    auto preview = data::preview_transactions(bytes.substr(0, data::encoding_sample_bytes),
                                              bytes.size() <= data::encoding_sample_bytes);
    std::vector<Problem> core_problems;
    std::optional<data::ReadOptions> options;
    if (preview.ok()) options = resolve_read_options(*choices, *preview.value, core_problems);
    else core_problems = std::move(preview.problems);
    std::optional<data::TransactionLog> log;
    if (options) {
        data::TransactionReader reader(*options);
        reader.expect_total_bytes(bytes.size());
        reader.feed(bytes);
        auto read = reader.finish();
        if (read.ok()) log = std::move(read.value);
        else core_problems = std::move(read.problems);
    }
    if (!log) {
        add_core_problems(out, inputs, named_for_input(std::move(core_problems), file->field));
        return out;
    }
    auto summary = data::summarise_transactions(*log, *summary_options);
    if (!summary.ok()) {
        add_core_problems(out, inputs, named_for_input(std::move(summary.problems), file->field));
        return out;
    }
    out.result = summary_result(*log, *summary.value, *options);
    add_summary_warnings(out, *log, *summary.value);
    return out;
}

}  // namespace clv::api
