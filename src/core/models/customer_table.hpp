// The per-customer summary a model is fitted to, checked and with identical customers merged.
// Columns follow lifetimes' summary: frequency (repeat purchases), recency (time of the last
// purchase since the first), T (time since the first purchase), in one time unit; or, for the
// discrete BG/BB, frequency, recency (period of the last transaction) and the periods observed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../problems.hpp"

namespace clv::models {

enum class Model { bg_nbd, pareto_nbd, gamma_gamma, bg_bb, sbg };

const char* model_name(Model model);
std::optional<Model> model_from_name(const std::string& name);
const std::vector<std::string>& model_names();  // bg_nbd, pareto_nbd, gamma_gamma, bg_bb, sbg

// The columns as given; an empty column is one not given (weight: every customer counts once).
struct CustomerColumns {
    std::vector<double> frequency, recency, T, monetary_value, periods, weight;
};

// Rows sorted by (frequency, recency, T), identical rows merged and their weights added; no
// monetary_value column. For the BG/BB `T` holds the periods observed. For the Gamma-Gamma only
// repeat buyers (frequency > 0) are kept, grouped by (frequency, monetary_value), and recency
// and T are empty.
struct CustomerGroups {
    std::vector<double> frequency, recency, T, monetary_value, weight;
    double customers = 0;        // Σ weight of the rows kept (the Gamma-Gamma keeps repeat buyers)
    std::size_t rows = 0;        // rows given
    std::size_t size() const { return frequency.size(); }
};

// The columns `model` needs (missing_field, wrong_length), each value's rules (not_finite,
// negative, not_whole_number, recency_after_T, recency_without_repeat, frequency_above_recency,
// nonpositive_monetary_value; the first 20 rows with problems are reported), then whether the
// data can identify the model at all (one_customer, no_repeat_customers, no_observation_time).
// Problem fields are "customers.<column>" or "customers.<column>[row]".
Outcome<CustomerGroups> group_customers(const CustomerColumns& columns, Model model);

// The column and row checks of group_customers alone (for predictions, where one customer is
// enough): which rows passed (all false after a column problem, empty when a column is wrong).
std::vector<bool> check_customers(const CustomerColumns& columns, Model model, ProblemList& problems);

// The most rows one request may hold (a 1 MiB JSON request holds far fewer).
constexpr std::size_t max_customer_rows = 10'000'000;

// The columns one model reads.
std::vector<std::string> model_columns(Model model);

}  // namespace clv::models
