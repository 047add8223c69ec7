// What the transaction calculations take and give (spec.hpp), for the "describe" request.
// Static data only, compiled without exception handling (CMakeLists.txt).
#include "../../core/data/fields.hpp"
#include "../../core/data/summary_sql.hpp"
#include "transaction_calculations.hpp"
#include "transaction_inputs.hpp"

namespace clv::api {

namespace {

FieldSpec text_field(const char* name, const char* default_text) {
    FieldSpec field;
    field.name = name;
    field.kind = "text";
    field.default_word = default_text;
    return field;
}

// A date written YYYY-MM-DD.
FieldSpec date_field(const char* name) {
    FieldSpec field;
    field.name = name;
    field.kind = "date";
    return field;
}

// The file: `text` (UTF-8) or `base64` (its bytes), exactly one.
void add_file_fields(CalculationSpec& spec) {
    FieldSpec text = text_field("text", nullptr);
    text.not_with("base64");
    spec.fields.push_back(std::move(text));
    spec.fields.push_back(text_field("base64", nullptr));
    spec.one_of.push_back({"text", "base64"});
}

void add_summary_fields(CalculationSpec& spec) {
    spec.fields.push_back(choice_field("time_unit", time_unit_choices()).defaults("week"));
    spec.fields.push_back(choice_field("grouping", grouping_choices()).defaults("day"));
    spec.fields.push_back(choice_field("returns", returns_choices()).defaults("drop"));
    spec.fields.push_back(date_field("observation_end"));
    spec.fields.push_back(date_field("calibration_end"));
}

FieldSpec column_field(const char* name) {
    return whole_field(name, "number", 0, double(data::max_fields - 1));
}

ResultSpec text_result(const char* name) { return {name, "text", "", nullptr, {}}; }
ResultSpec object_result(const char* name, std::vector<ResultSpec> fields) {
    return {name, "object", "", nullptr, std::move(fields)};
}
ResultSpec columns_result(const char* name, std::vector<ResultSpec> fields) {
    return {name, "columns", "", nullptr, std::move(fields)};
}
ResultSpec mapping_result() {
    return object_result("columns", {number_result("customer", "number"), number_result("date", "number"),
                                     number_result("amount", "number"), number_result("quantity", "number")});
}

}  // namespace

CalculationSpec preview_transactions_spec() {
    CalculationSpec spec;
    add_file_fields(spec);
    spec.fields.push_back(choice_field("text_is", text_is_choices()).defaults("whole_file"));
    spec.results = {text_result("encoding"), choice_result("delimiter", &delimiter_choices()),
                    number_result("column_count", "count"), text_result("has_header"), text_result("header"),
                    text_result("rows"), number_result("sampled_records", "count"), mapping_result(),
                    choice_result("date_format", &date_format_choices()), text_result("date_format_candidates"),
                    text_result("date_format_ambiguous"), choice_result("decimal_separator", &decimal_separator_choices()),
                    text_result("decimal_separator_ambiguous")};
    spec.warnings = {"date_format_ambiguous", "decimal_separator_ambiguous", "mixed_date_formats", "no_date_column"};
    return spec;
}

CalculationSpec summarise_transactions_spec() {
    CalculationSpec spec;
    add_file_fields(spec);
    spec.fields.push_back(object_field("columns", {column_field("customer").needed(), column_field("date").needed(),
                                                   column_field("amount"), column_field("quantity")}));
    spec.fields.push_back(choice_field("delimiter", delimiter_choices()).defaults("auto"));
    spec.fields.push_back(choice_field("header", header_choices()).defaults("auto"));
    spec.fields.push_back(choice_field("date_format", date_format_choices()).defaults("auto"));
    spec.fields.push_back(choice_field("decimal_separator", decimal_separator_choices()).defaults("auto"));
    spec.fields.push_back(date_field("latest_date"));
    add_summary_fields(spec);
    spec.results = {
        columns_result("customers", {text_result("id"), number_result("frequency", "count"),
                                     number_result("recency", "periods"), number_result("T", "periods"),
                                     number_result("monetary_value", "money"), number_result("total_spend", "money")}),
        object_result("holdout", {number_result("frequency", "count"), number_result("monetary_value", "money"),
                                  number_result("spend", "money"), number_result("duration", "periods")}),
        object_result("tracking", {number_result("time", "periods"), number_result("repeat_purchases", "count"),
                                   number_result("calibration_end", "periods"), number_result("observation_end", "periods")}),
        list_result("cohorts", {text_result("first_month"), number_result("customers", "count"),
                                number_result("active", "count"), number_result("retention", "share")}),
        number_result("cohorts_left_out", "count"), text_result("statistics"), text_result("conventions"),
        text_result("bad_rows"), text_result("read")};
    spec.warnings = {"mixed_date_formats", "one_customer", "no_repeat_customers", "rows_after_observation_end",
                     "returns_unmatched", "nonpositive_monetary_value", "no_amounts", "cohorts_left_out"};
    return spec;
}

CalculationSpec summary_sql_spec() {
    CalculationSpec spec;
    spec.fields.push_back(choice_field("dialect", sql_dialect_choices()).needed());
    spec.fields.push_back(text_field("table", "transactions"));
    spec.fields.push_back(text_field("customer_column", "customer_id"));
    spec.fields.push_back(text_field("date_column", "date"));
    spec.fields.push_back(text_field("amount_column", "amount"));
    add_summary_fields(spec);
    spec.results = {text_result("sql"), choice_result("dialect", &sql_dialect_choices()), text_result("columns")};
    return spec;
}

CalculationSpec read_summary_spec() {
    CalculationSpec spec;
    add_file_fields(spec);
    spec.results = {
        columns_result("customers", {text_result("id"), number_result("frequency", "count"), number_result("recency", "periods"),
                                     number_result("T", "periods"), number_result("monetary_value", "money"),
                                     number_result("weight", "count")}),
        text_result("statistics"), text_result("bad_rows"), text_result("read")};
    spec.warnings = {"no_amounts", "no_repeat_customers"};
    return spec;
}

}  // namespace clv::api
