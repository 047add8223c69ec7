#include "customer_table.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace clv::models {

namespace {

const std::vector<std::string>& names() {
    static const std::vector<std::string> list = {"bg_nbd", "pareto_nbd", "gamma_gamma", "bg_bb", "sbg"};
    return list;
}

constexpr std::size_t max_row_problems = 20;

// A row as sorted and merged: (frequency, recency, T) for the purchase models, (frequency,
// monetary_value, 0) for the Gamma-Gamma. Four numbers, not five: a million rows are 32 MB
// to write, and writing fresh memory is much of a big table's grouping.
struct Row {
    double frequency, second, third, weight;
};

const std::vector<double>* column(const CustomerColumns& c, const std::string& name) {
    if (name == "frequency") return &c.frequency;
    if (name == "recency") return &c.recency;
    if (name == "T") return &c.T;
    if (name == "monetary_value") return &c.monetary_value;
    if (name == "periods") return &c.periods;
    return &c.weight;
}

std::string cell(const std::string& name, std::size_t row) {
    return "customers." + name + "[" + std::to_string(row) + "]";
}

// Every needed column given, all as long as frequency (weight optional).
std::size_t check_lengths(const CustomerColumns& c, Model model, ProblemList& problems) {
    const std::size_t n = c.frequency.size();
    for (const auto& name : model_columns(model)) {
        const auto& values = *column(c, name);
        if (values.empty() && name != "weight") problems.add({"customers." + name, "missing_field"});
        else if (!values.empty() && values.size() != n)
            problems.add({"customers." + name, "wrong_length", double(n), double(n)});
    }
    return problems.empty() ? n : 0;
}

// A column the rows are checked against: found once, not once per row (a million rows).
struct CheckedColumn {
    std::string name;
    const std::vector<double>* values;
    bool whole;  // a count: whole numbers 0..1e9; else any finite number ≥ 0
};

std::vector<CheckedColumn> checked_columns(const CustomerColumns& c, Model model) {
    std::vector<CheckedColumn> columns;
    for (const auto& name : model_columns(model)) {
        const auto* values = column(c, name);
        if (!values->empty())
            columns.push_back({name, values, name == "frequency" || (model == Model::bg_bb && name != "weight")});
    }
    return columns;
}

// The rule of require_whole / require_at_least, without building the cell's name.
bool passes(double value, bool whole) {
    if (!std::isfinite(value) || value < 0) return false;
    return !whole || (value <= 1e9 && std::floor(value) == value);
}

// One row's rules; false (and problems) when it breaks one.
bool check_row(const CustomerColumns& c, Model model, const std::vector<CheckedColumn>& columns, std::size_t i,
               ProblemList& problems) {
    const std::size_t before = problems.items().size();
    const bool discrete = model == Model::bg_bb;
    for (const auto& col : columns) {
        const double value = (*col.values)[i];
        if (passes(value, col.whole)) continue;
        if (col.whole) problems.require_whole(cell(col.name, i), value, 0, 1e9);
        else problems.require_at_least(cell(col.name, i), value, 0);
    }
    if (problems.items().size() != before) return false;
    const double x = c.frequency[i];
    if (model == Model::gamma_gamma) {
        if (x > 0 && !(c.monetary_value[i] > 0)) problems.add({cell("monetary_value", i), "nonpositive_monetary_value", 0.0});
    } else {
        const double horizon = discrete ? c.periods[i] : c.T[i];
        if (c.recency[i] > horizon) problems.add({cell("recency", i), discrete ? "recency_after_periods" : "recency_after_T", 0.0, horizon});
        if (x == 0 && c.recency[i] > 0) problems.add({cell("recency", i), "recency_without_repeat", 0.0, 0.0});
        if (discrete && x > c.recency[i]) problems.add({cell("frequency", i), "frequency_above_recency", 0.0, c.recency[i]});
    }
    return problems.items().size() == before;
}

// Sorted, and identical rows merged in place (their weights added).
void merge_rows(std::vector<Row>& rows) {
    auto key = [](const Row& r) { return std::tie(r.frequency, r.second, r.third); };
    std::sort(rows.begin(), rows.end(), [&](const Row& u, const Row& v) { return key(u) < key(v); });
    std::size_t kept = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (kept > 0 && key(rows[kept - 1]) == key(rows[i])) rows[kept - 1].weight += rows[i].weight;
        else rows[kept++] = rows[i];
    }
    rows.resize(kept);
}

// Whether the (checked) data can identify the model.
void check_identifiable(const std::vector<Row>& rows, Model model, ProblemList& problems) {
    double customers = 0, repeat = 0, observed = 0;
    for (const Row& r : rows) {
        customers += r.weight;
        if (r.frequency > 0) repeat += r.weight;
        if (r.third > 0) observed += r.weight;  // T (or the periods)
    }
    if (model == Model::gamma_gamma) {
        if (repeat == 0) problems.add({"customers.frequency", "no_repeat_customers"});
        else if (repeat < 2) problems.add({"customers.frequency", "one_customer"});
        // Every mean spend the same: the likelihood rises for ever towards no variation at all
        // (p, q → ∞), so no fit converges; say why instead of running 500 iterations.
        else if (std::all_of(rows.begin(), rows.end(), [&](const Row& r) { return r.second == rows.front().second; }))
            problems.add({"customers.monetary_value", "no_spend_variation"});
        return;
    }
    if (customers < 2) problems.add({"customers", "one_customer", 2.0});
    else if (repeat == 0) problems.add({"customers.frequency", "no_repeat_customers"});
    if (customers >= 2 && observed == 0) problems.add({model == Model::bg_bb ? "customers.periods" : "customers.T", "no_observation_time"});
}

}  // namespace

const char* model_name(Model model) { return names()[std::size_t(model)].c_str(); }

std::optional<Model> model_from_name(const std::string& name) {
    const auto& list = names();
    const auto found = std::find(list.begin(), list.end(), name);
    if (found == list.end()) return std::nullopt;
    return Model(found - list.begin());
}

const std::vector<std::string>& model_names() { return names(); }

std::vector<std::string> model_columns(Model model) {
    switch (model) {
        case Model::gamma_gamma: return {"frequency", "monetary_value", "weight"};
        case Model::bg_bb: return {"frequency", "recency", "periods", "weight"};
        default: return {"frequency", "recency", "T", "weight"};
    }
}

std::vector<bool> check_customers(const CustomerColumns& c, Model model, ProblemList& problems) {
    const std::size_t n = check_lengths(c, model, problems);
    if (problems.empty() && n == 0) problems.add({"customers.frequency", "wrong_length", 1.0});
    std::vector<bool> good(problems.empty() ? n : 0, true);
    const auto columns = checked_columns(c, model);
    std::size_t bad_rows = 0;
    for (std::size_t i = 0; i < good.size() && bad_rows < max_row_problems; ++i)
        if (!check_row(c, model, columns, i, problems)) {
            good[i] = false;
            ++bad_rows;
        }
    return good;
}

Outcome<CustomerGroups> group_customers(const CustomerColumns& c, Model model) {
    ProblemList problems;
    const std::size_t n = check_customers(c, model, problems).size();
    if (!problems.empty()) return {std::nullopt, problems.take()};
    std::vector<Row> rows;
    rows.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double weight = c.weight.empty() ? 1 : c.weight[i];
        if (model == Model::gamma_gamma) {
            if (c.frequency[i] > 0) rows.push_back({c.frequency[i], c.monetary_value[i], 0, weight});
        } else {
            const double horizon = model == Model::bg_bb ? c.periods[i] : c.T[i];
            rows.push_back({c.frequency[i], c.recency[i], horizon, weight});
        }
    }
    merge_rows(rows);
    check_identifiable(rows, model, problems);
    if (!problems.empty()) return {std::nullopt, problems.take()};
    CustomerGroups groups;
    groups.rows = n;
    const bool spend = model == Model::gamma_gamma;
    groups.frequency.reserve(rows.size());
    groups.weight.reserve(rows.size());
    if (spend) groups.monetary_value.reserve(rows.size());
    else {
        groups.recency.reserve(rows.size());
        groups.T.reserve(rows.size());
    }
    for (const Row& r : rows) {
        groups.frequency.push_back(r.frequency);
        if (spend) groups.monetary_value.push_back(r.second);
        else {
            groups.recency.push_back(r.second);
            groups.T.push_back(r.third);
        }
        groups.weight.push_back(r.weight);
        groups.customers += r.weight;
    }
    return {std::move(groups), {}};
}

}  // namespace clv::models
