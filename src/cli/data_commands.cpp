#include "data_commands.hpp"

#include <cstdio>
#include <ctime>
#include <iostream>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "core/data/preview.hpp"
#include "core/data/summary.hpp"
#include "core/data/summary_sql.hpp"
#include "transaction_file.hpp"

namespace clv::cli {

using namespace clv::data;

namespace {

const std::set<std::string> summary_option_names = {"unit", "grouping", "returns", "observation-end", "calibration-end"};

std::set<std::string> with_summary_options(std::set<std::string> names) {
    names.insert(summary_option_names.begin(), summary_option_names.end());
    return names;
}

int usage_error(const std::vector<std::string>& errors) {
    for (const auto& error : errors) std::cerr << "clvcalc: " << error << "\n";
    std::cerr << data_commands_usage();
    return 2;
}

int print_problems(const std::vector<Problem>& problems) {
    for (const auto& problem : problems) {
        std::cerr << "problem: " << problem.field << " " << problem.code;
        for (std::size_t i = 0; i < problem.allowed.size(); ++i) std::cerr << (i ? " " : " (") << problem.allowed[i];
        std::cerr << (problem.allowed.empty() ? "" : ")") << "\n";
    }
    return 1;
}

std::string number_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.15g", value);
    return text;
}

// RFC 4180: quoted when it holds a comma, a quote or a line end.
std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::optional<DayNumber> date_option(const Arguments& args, const std::string& name, std::vector<std::string>& errors) {
    auto text = args.value(name);
    if (!text) return std::nullopt;
    auto day = parse_date(*text, DateFormat::iso);
    if (!day) errors.push_back("--" + name + " takes a date YYYY-MM-DD, not " + *text);
    return day;
}

template <class Enum>
void choice_option(const Arguments& args, const std::string& name, std::optional<Enum> (*from_name)(std::string_view),
                   Enum& target, std::vector<std::string>& errors) {
    auto text = args.value(name);
    if (!text) return;
    if (auto value = from_name(*text)) target = *value;
    else errors.push_back("--" + name + " does not take " + *text);
}

SummaryOptions summary_options(const Arguments& args, std::vector<std::string>& errors) {
    SummaryOptions options;
    choice_option(args, "unit", time_unit_from_name, options.time_unit, errors);
    choice_option(args, "grouping", purchase_grouping_from_name, options.grouping, errors);
    choice_option(args, "returns", returns_policy_from_name, options.returns, errors);
    options.observation_end = date_option(args, "observation-end", errors);
    options.calibration_end = date_option(args, "calibration-end", errors);
    return options;
}

// A column given as a 1-based number or a header name; `none` clears an optional one.
void column_option(const Arguments& args, const std::string& name, const std::vector<std::string>& header,
                   std::optional<std::size_t>& column, bool may_be_none, std::vector<std::string>& errors) {
    auto text = args.value(name);
    if (!text) return;
    if (may_be_none && *text == "none") return column.reset();
    if (!text->empty() && text->find_first_not_of("0123456789") == std::string::npos) {
        const unsigned long number = std::stoul(text->substr(0, 6));
        if (number >= 1 && number <= max_fields) return void(column = number - 1);
    }
    for (std::size_t c = 0; c < header.size(); ++c)
        if (header[c] == *text) return void(column = c);
    errors.push_back("--" + name + " takes a column number (1 is the first) or a header name, not " + *text);
}

std::string column_text(const std::optional<std::size_t>& column) {
    return column ? std::to_string(*column + 1) : "none";
}

DayNumber today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return day_number({local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
}

void print_preview(const TransactionPreview& p, const FileHead& head) {
    std::cout << "encoding: " << encoding_name(p.encoding.encoding)
              << (head.decoded_from ? " (decoded from " + *head.decoded_from + ")" : "") << "\n"
              << "delimiter: " << delimiter_name(p.delimiter) << "\ncolumns: " << p.column_count
              << "\nheader: " << (p.has_header ? "yes" : "no");
    for (const auto& name : p.header) std::cout << " | " << name;
    std::cout << "\nguess: customer " << column_text(p.columns.customer) << ", date " << column_text(p.columns.date)
              << ", amount " << column_text(p.columns.amount) << ", quantity " << column_text(p.columns.quantity) << "\n";
    std::cout << "date format: " << (p.date_format.format ? date_format_name(*p.date_format.format) : "none");
    if (p.date_format.ambiguous) std::cout << " (ambiguous: dmy or mdy)";
    std::cout << "\ndecimal separator: " << decimal_separator_name(p.decimal_separator.separator)
              << (p.decimal_separator.ambiguous ? " (ambiguous)" : "") << "\n";
    for (const auto& warning : p.warnings) std::cout << "warning: " << warning.code << "\n";
    for (const auto& row : p.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) std::cout << (i ? "\t" : "") << row[i];
        std::cout << "\n";
    }
}

// The read options: the preview's guesses, then what the command line says.
std::optional<ReadOptions> read_options(const Arguments& args, const TransactionPreview& p, std::vector<std::string>& errors,
                                        std::vector<Problem>& problems) {
    ReadOptions options;
    options.delimiter = p.delimiter;
    options.has_header = p.has_header;
    options.decimal_separator = p.decimal_separator.separator;
    choice_option(args, "delimiter", delimiter_from_name, options.delimiter, errors);
    if (auto header = args.value("header")) {
        if (*header == "yes" || *header == "no") options.has_header = *header == "yes";
        else errors.push_back("--header takes yes or no, not " + *header);
    }
    std::optional<std::size_t> customer = p.columns.customer, date = p.columns.date;
    options.columns.amount = p.columns.amount;
    options.columns.quantity = p.columns.quantity;
    column_option(args, "customer", p.header, customer, false, errors);
    column_option(args, "date", p.header, date, false, errors);
    column_option(args, "amount", p.header, options.columns.amount, true, errors);
    column_option(args, "quantity", p.header, options.columns.quantity, true, errors);
    if (!customer) problems.push_back({"columns.customer", "missing_field"});
    if (!date) problems.push_back({"columns.date", "missing_field"});
    options.columns.customer = customer.value_or(0);
    options.columns.date = date.value_or(0);
    if (p.date_format.format) options.date_format = *p.date_format.format;
    if (args.value("date-format")) {
        choice_option(args, "date-format", date_format_from_name, options.date_format, errors);
    } else if (p.date_format.ambiguous) {
        Problem ask{"date_format", "date_format_ambiguous"};
        for (DateFormat format : p.date_format.candidates) ask.allowed.push_back(date_format_name(format));
        problems.push_back(std::move(ask));
    }
    choice_option(args, "decimal", decimal_separator_from_name, options.decimal_separator, errors);
    options.latest_date = today();
    if (args.value("latest-date") == std::optional<std::string>("none")) options.latest_date.reset();
    else if (args.value("latest-date")) options.latest_date = date_option(args, "latest-date", errors);
    if (!errors.empty() || !problems.empty()) return std::nullopt;
    return options;
}

void print_report(const TransactionLog& log, const TransactionSummary& summary) {
    const auto& s = summary.statistics;
    std::cerr << "read " << log.transactions.size() << " rows of " << log.customers.size() << " customers from "
              << log.lines << " lines (" << log.bytes << " bytes); " << log.bad_rows.total << " bad rows\n";
    for (const auto& bad : log.bad_rows.first)
        std::cerr << "  line " << bad.line << ": " << bad_row_reason_name(bad.reason) << " (column " << bad.column + 1
                  << (bad.text.empty() ? "" : ": \"" + bad.text + "\"") << ")\n";
    std::cerr << "summarised " << s.customers << " customers, " << s.repeat_customers << " repeat customers, "
              << s.purchases << " purchases (" << s.rows_merged << " rows merged into the same "
              << (summary.options.grouping == PurchaseGrouping::day ? "day" : time_unit_name(summary.options.time_unit))
              << "); returns " << returns_policy_name(summary.options.returns) << ": " << s.return_rows << " rows\n"
              << "monetary_value is the mean of the repeat purchases (the first excluded); T runs from the first "
                 "purchase to " << iso_date(summary.options.calibration_end.value_or(*summary.options.observation_end)) << "\n";
    for (const auto& warning : log.warnings) std::cerr << "warning: " << warning.code << "\n";
    for (const auto& warning : summary.warnings) std::cerr << "warning: " << warning.code << "\n";
}

void print_summary_csv(const TransactionLog& log, const TransactionSummary& summary) {
    const auto& c = summary.customers;
    const bool split = summary.options.calibration_end.has_value();
    std::string out = "customer_id,frequency,recency,T,monetary_value,total_spend";
    out += split ? ",frequency_holdout,monetary_value_holdout,duration_holdout\n" : "\n";
    for (std::size_t i = 0; i < c.customer.size(); ++i) {
        out += csv_field(log.customers.id(c.customer[i])) + "," + number_text(c.frequency[i]) + "," +
               number_text(c.recency[i]) + "," + number_text(c.T[i]) + "," + number_text(c.monetary_value[i]) + "," +
               number_text(c.total_spend[i]);
        if (split)
            out += "," + number_text(c.frequency_holdout[i]) + "," + number_text(c.monetary_value_holdout[i]) + "," +
                   number_text(summary.duration_holdout);
        out += "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

const char* data_commands_usage() {
    return "usage:\n"
           "  clvcalc preview FILE\n"
           "  clvcalc summarise FILE [--customer C] [--date C] [--amount C|none] [--quantity C|none]\n"
           "        [--delimiter comma|tab|semicolon|pipe|whitespace] [--header yes|no]\n"
           "        [--date-format iso|yyyymmdd|dmy|mdy] [--decimal point|comma] [--latest-date YYYY-MM-DD|none]\n"
           "        [--unit day|week|month] [--grouping day|period] [--returns drop|subtract|keep]\n"
           "        [--observation-end YYYY-MM-DD] [--calibration-end YYYY-MM-DD] [--quiet]\n"
           "      columns C are numbers (1 is the first) or header names; unset ones are guessed (see preview);\n"
           "      future dates (after --latest-date, default today) are bad rows\n"
           "  clvcalc sql duckdb|postgresql|spark|bigquery|sqlite [--table T] [--customer-column C]\n"
           "        [--date-column D] [--amount-column A|none] [--unit ...] [--grouping ...] [--returns ...]\n"
           "        [--observation-end YYYY-MM-DD] [--calibration-end YYYY-MM-DD]\n";
}

int run_preview(int argc, char** argv) {
    Arguments args(argc, argv, 2, {}, {});
    if (!args.errors().empty() || args.positional().size() != 1) return usage_error(args.errors());
    std::string error;
    auto head = read_head(args.positional()[0], error);
    if (!head) return usage_error({error});
    auto preview = preview_transactions(head->bytes, head->complete);
    if (!preview.ok()) return print_problems(preview.problems);
    print_preview(*preview.value, *head);
    return 0;
}

int run_summarise(int argc, char** argv) {
    Arguments args(argc, argv, 2,
                   with_summary_options({"customer", "date", "amount", "quantity", "delimiter", "header", "date-format",
                                         "decimal", "latest-date"}),
                   {"quiet"});
    std::vector<std::string> errors = args.errors();
    if (args.positional().size() != 1) errors.push_back("summarise takes one FILE");
    const SummaryOptions summary_choice = summary_options(args, errors);
    if (!errors.empty()) return usage_error(errors);
    std::string error;
    auto head = read_head(args.positional()[0], error);
    if (!head) return usage_error({error});
    // Refused before anything is read, as the reader would after 1 GiB.
    if (head->size > read_limits::max_file_bytes) return print_problems({{"file", "file_too_large"}});
    auto preview = preview_transactions(head->bytes, head->complete);
    if (!preview.ok()) return print_problems(preview.problems);
    std::vector<Problem> problems;
    auto options = read_options(args, *preview.value, errors, problems);
    if (!errors.empty()) return usage_error(errors);
    if (!options) return print_problems(problems);
    auto log = read_transactions(args.positional()[0], *options, head->decoded_from);
    if (!log.ok()) return print_problems(log.problems);
    auto summary = summarise_transactions(*log.value, summary_choice);
    if (!summary.ok()) return print_problems(summary.problems);
    if (!args.flag("quiet")) print_report(*log.value, *summary.value);
    print_summary_csv(*log.value, *summary.value);
    return 0;
}

int run_sql(int argc, char** argv) {
    Arguments args(argc, argv, 2, with_summary_options({"table", "customer-column", "date-column", "amount-column"}), {});
    std::vector<std::string> errors = args.errors();
    std::optional<SqlDialect> dialect;
    if (args.positional().size() != 1) errors.push_back("sql takes one DIALECT");
    else if (!(dialect = sql_dialect_from_name(args.positional()[0]))) errors.push_back("no SQL dialect " + args.positional()[0]);
    const SummaryOptions options = summary_options(args, errors);
    if (!errors.empty()) return usage_error(errors);
    SqlSource source;
    source.table = args.value("table").value_or(source.table);
    source.customer_column = args.value("customer-column").value_or(source.customer_column);
    source.date_column = args.value("date-column").value_or(source.date_column);
    if (auto amount = args.value("amount-column")) source.amount_column = *amount == "none" ? std::nullopt : amount;
    auto sql = summary_sql(*dialect, source, options);
    if (!sql.ok()) return print_problems(sql.problems);
    std::cout << *sql.value;
    return 0;
}

}  // namespace clv::cli
