// "summary_sql": the SQL that computes the per-customer summary inside a warehouse, from the
// same options as summarise_transactions.
#include "../../core/data/summary_sql.hpp"
#include "transaction_calculations.hpp"
#include "transaction_inputs.hpp"

namespace clv::api {

using nlohmann::json;

CalculationOutput evaluate_summary_sql(InputReader& inputs) {
    CalculationOutput out;
    std::vector<Problem> problems;
    auto dialect = inputs.required_choice("dialect", sql_dialect_choices());
    data::SqlSource defaults;
    auto table = inputs.text("table", defaults.table);
    auto customer = inputs.text("customer_column", defaults.customer_column);
    auto date = inputs.text("date_column", defaults.date_column);
    auto amount = inputs.text("amount_column", *defaults.amount_column);
    auto options = read_summary_options(inputs, problems);
    add_core_problems(out, inputs, problems);
    if (!dialect || !table || !customer || !date || !amount || !options) return out;

    const data::SqlSource source{*table, *customer, *date,
                                 amount->empty() ? std::nullopt : std::optional<std::string>(*amount)};
    auto sql = data::summary_sql(*data::sql_dialect_from_name(*dialect), source, *options);
    if (!sql.ok()) {
        // The core names the source's parts by role; the request calls them *_column.
        for (auto& problem : sql.problems)
            if (problem.field.rfind("columns.", 0) == 0) problem.field = problem.field.substr(8) + "_column";
        add_core_problems(out, inputs, sql.problems);
        return out;
    }
    json columns = {"customer_id", "frequency", "recency", "T", "monetary_value", "total_spend"};
    if (options->calibration_end)
        for (const char* name : {"frequency_holdout", "monetary_value_holdout", "duration_holdout"}) columns.push_back(name);
    out.result = {{"sql", *sql.value}, {"dialect", *dialect}, {"columns", std::move(columns)}};
    return out;
}

}  // namespace clv::api
