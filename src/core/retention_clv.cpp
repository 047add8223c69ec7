#include "retention_clv.hpp"

#include <algorithm>
#include <cmath>

#include "discounted_clv.hpp"
#include "evaluation_count.hpp"

namespace clv {

namespace {

std::vector<Problem> validate(const RetentionClvInput& input) {
    ProblemList problems;
    problems.require_range("margin_per_period", input.margin_per_period, 0, limits::max_money);
    if (input.retention_rate && input.retention_rates)
        problems.add({"retention_rates", "conflicting_fields"});
    else if (!input.retention_rate && !input.retention_rates)
        problems.add({"retention_rate", "missing_field"});
    if (input.retention_rate) problems.require_range("retention_rate", *input.retention_rate, 0, 1);
    if (input.retention_rates) {
        const auto& rates = *input.retention_rates;
        if (rates.empty() || rates.size() > std::size_t(limits::max_periods))
            problems.add({"retention_rates", "wrong_length", 1.0, double(limits::max_periods)});
        for (std::size_t i = 0; i < rates.size(); ++i)
            problems.require_range("retention_rates[" + std::to_string(i) + "]", rates[i], 0, 1);
    }
    problems.require_range("discount_rate", input.discount_rate, 0, limits::max_discount_rate);
    if (input.periods) problems.require_whole("periods", *input.periods, 1, limits::max_periods);
    if (input.retention_spend_per_period)
        problems.require_range("retention_spend_per_period", *input.retention_spend_per_period, 0,
                               limits::max_money);
    if (input.table_periods)
        problems.require_whole("table_periods", *input.table_periods, 1, limits::max_periods);
    if (input.acquisition_cost)
        problems.require_range("acquisition_cost", *input.acquisition_cost, 0, limits::max_money);
    return problems.take();
}

// The numbers every convention shares: net margin, per-period rate and the rates themselves.
struct Model {
    const RetentionClvInput& input;
    RetentionRates rates;
    double margin = 0;
    double rate = 0;
};

std::string formula(RetentionConvention convention, const char* kind) {
    return std::string("retention_clv.") + convention_name(convention) + "." + kind;
}

std::optional<double> times_margin(const Model& model, std::optional<double> multiple) {
    if (!multiple) return std::nullopt;
    const double value = model.margin * *multiple;
    if (!std::isfinite(value)) return std::nullopt;
    return value;
}

// The infinite-horizon value, recorded under step id `id`; nullopt when the sum diverges.
std::optional<double> infinite_value(const Model& model, RetentionConvention convention,
                                     const std::string& id, Explanation& explanation) {
    const double d = model.rate;
    const double rho = model.rates.repeating();
    if (!model.rates.list) {
        const auto value = times_margin(model, lifetime_multiple(model.rates, d, convention));
        if (!value) return std::nullopt;
        return explanation.record(id, formula(convention, "infinite"),
                                  {{"net_margin_per_period", model.margin, Unit::money},
                                   {"retention_rate", rho, Unit::rate},
                                   {"discount_rate_per_period", d, Unit::rate}},
                                  {id, *value, Unit::money});
    }
    const int listed = model.rates.listed();
    const double explicit_sum =
        model.margin * horizon_multiple(model.rates, d, convention, listed);
    explanation.record("explicit_sum", formula(convention, "explicit"),
                       {{"net_margin_per_period", model.margin, Unit::money},
                        {"discount_rate_per_period", d, Unit::rate},
                        {"explicit_periods", double(listed), Unit::periods}},
                       {"explicit_sum", explicit_sum, Unit::money});
    const auto tail_per_margin = tail_multiple(model.rates, d, convention);
    if (!tail_per_margin) return std::nullopt;
    const double tail = model.margin * *tail_per_margin;
    explanation.record("tail_value", formula(convention, "tail"),
                       {{"net_margin_per_period", model.margin, Unit::money},
                        {"survival_at_list_end", model.rates.survival(listed), Unit::share},
                        {"last_retention_rate", rho, Unit::rate},
                        {"discount_rate_per_period", d, Unit::rate},
                        {"explicit_periods", double(listed), Unit::periods}},
                       {"tail_value", tail, Unit::money});
    const double value = explicit_sum + tail;
    if (!std::isfinite(value)) return std::nullopt;
    return explanation.record(id, "retention_clv.explicit_plus_tail",
                              {{"explicit_sum", explicit_sum, Unit::money},
                               {"tail_value", tail, Unit::money}},
                              {id, value, Unit::money});
}

// clv = net margin x margin multiple: the closed form r / (1 + d - r) and its siblings for a
// constant rate for ever, otherwise the sum of survival x discount factor over the horizon.
void record_multiple(const Model& model, ConventionValue& out, std::optional<int> periods) {
    const auto convention = out.convention;
    std::optional<double> multiple;
    std::vector<NamedValue> values;
    if (model.input.retention_rate)
        values.push_back({"retention_rate", *model.input.retention_rate, Unit::rate});
    values.push_back({"discount_rate_per_period", model.rate, Unit::rate});
    const char* kind = "multiple_sum";
    if (periods) {
        multiple = horizon_multiple(model.rates, model.rate, convention, *periods);
        values.push_back({"periods", double(*periods), Unit::periods});
    } else {
        multiple = lifetime_multiple(model.rates, model.rate, convention);
        if (model.rates.list)
            values.push_back({"explicit_periods", double(model.rates.listed()), Unit::periods});
        else
            kind = "multiple";
    }
    if (multiple)
        out.margin_multiple = out.explanation.record("margin_multiple", formula(convention, kind),
                                                     values,
                                                     {"margin_multiple", *multiple, Unit::factor});
}

void add_table(const Model& model, ConventionValue& out, int rows) {
    double cumulative = 0;
    double survival = 1;
    int index = 0;
    for (int k = 1; k <= rows; ++k) {
        RetentionRow row;
        const int needed = survival_index(out.convention, k);
        while (index < needed) survival *= model.rates.at(++index);
        row.period = k;
        row.time = term_time(out.convention, k);
        if (needed > 0) row.retention_rate = model.rates.at(needed);
        row.survival = survival;
        row.discount_factor = discount_factor(model.rate, row.time);
        row.expected_margin = model.margin * row.survival;
        row.present_value = row.expected_margin * row.discount_factor;
        cumulative += row.present_value;
        row.cumulative_present_value = cumulative;
        out.table.push_back(row);
    }
}

ConventionValue value_of(const Model& model, RetentionConvention convention,
                         std::optional<int> periods, int rows) {
    ConventionValue out;
    out.convention = convention;
    if (periods) {
        std::vector<NamedValue> values = {{"net_margin_per_period", model.margin, Unit::money}};
        if (model.input.retention_rate)
            values.push_back({"retention_rate", *model.input.retention_rate, Unit::rate});
        values.push_back({"discount_rate_per_period", model.rate, Unit::rate});
        values.push_back({"periods", double(*periods), Unit::periods});
        const double sum = model.margin * horizon_multiple(model.rates, model.rate, convention, *periods);
        out.clv = out.explanation.record("clv", formula(convention, "finite"), values,
                                         {"clv", sum, Unit::money});
        out.limit = infinite_value(model, convention, "limit", out.explanation);
    } else {
        out.limit = infinite_value(model, convention, "clv", out.explanation);
        out.clv = out.limit;
    }
    record_multiple(model, out, periods);
    if (model.input.acquisition_cost && out.clv)
        out.net_clv = out.explanation.record(
            "net_clv", "retention_clv.net_of_acquisition",
            {{"clv", *out.clv, Unit::money},
             {"acquisition_cost", *model.input.acquisition_cost, Unit::money}},
            {"net_clv", *out.clv - *model.input.acquisition_cost, Unit::money});
    add_table(model, out, rows);
    return out;
}

// A finite horizon that leaves value behind says how much: each convention's limit, named by
// the convention so the page can quote the one it shows. (A tolerance, because a retention
// list that reaches 0 sums to its limit only up to rounding.)
void warn_of_truncation(RetentionClvResult& out) {
    Warning truncates{"finite_horizon_truncates", {}};
    for (const auto& value : out.conventions) {
        if (!value.clv || !value.limit) continue;
        const double cut_off = std::abs(*value.limit - *value.clv);
        if (cut_off > 1e-9 * std::max(1.0, std::abs(*value.limit)))
            truncates.values.push_back({convention_name(value.convention), *value.limit, Unit::money});
    }
    if (!truncates.values.empty()) out.warnings.push_back(std::move(truncates));
}

}  // namespace

RetentionRates retention_rates_of(const RetentionClvInput& input) {
    RetentionRates rates;
    if (input.retention_rates) rates.list = &*input.retention_rates;
    else rates.constant = input.retention_rate;
    return rates;
}

std::optional<double> retention_value(const RetentionClvInput& input, double margin,
                                      double rate_per_period, RetentionConvention convention,
                                      std::optional<int> periods) {
    const auto rates = retention_rates_of(input);
    const Model model{input, rates, margin, rate_per_period};
    if (periods) return times_margin(model, horizon_multiple(rates, rate_per_period, convention, *periods));
    return times_margin(model, lifetime_multiple(rates, rate_per_period, convention));
}

Outcome<RetentionClvResult> compute_retention_clv(const RetentionClvInput& input) {
    detail::count_calculation();
    auto problems = validate(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};

    RetentionClvResult out;
    out.period = input.period;
    Model model{input, retention_rates_of(input)};
    model.rate = discount_rate_per_period(input.discount_rate, input.discount_rate_period,
                                          input.period, out.explanation, out.warnings);
    out.discount_rate_per_period = model.rate;
    model.margin = input.margin_per_period;
    if (input.retention_spend_per_period)
        model.margin = out.explanation.record(
            "net_margin_per_period", "retention_clv.net_margin",
            {{"margin_per_period", input.margin_per_period, Unit::money},
             {"retention_spend_per_period", *input.retention_spend_per_period, Unit::money}},
            {"net_margin_per_period", input.margin_per_period - *input.retention_spend_per_period,
             Unit::money});
    out.net_margin_per_period = model.margin;
    if (model.margin < 0)
        out.warnings.push_back(
            {"negative_net_margin", {{"net_margin_per_period", model.margin, Unit::money}}});

    if (input.periods) out.periods = int(*input.periods);
    out.horizon = out.periods ? Horizon::finite : Horizon::infinite;
    int rows = input.table_periods ? int(*input.table_periods)
                                   : out.periods.value_or(default_table_periods);
    if (out.periods) rows = std::min(rows, *out.periods);
    for (auto convention : all_conventions())
        out.conventions.push_back(value_of(model, convention, out.periods, rows));
    if (out.periods) warn_of_truncation(out);

    const double repeating = model.rates.repeating();
    const bool ever_lost = input.retention_rates && model.rates.survival(model.rates.listed()) == 0;
    if (repeating == 1 && !ever_lost)
        out.warnings.push_back(
            {"zero_churn_infinite_lifetime", {{"retention_rate", repeating, Unit::rate}}});
    const bool any_diverges = std::any_of(out.conventions.begin(), out.conventions.end(),
                                          [](const ConventionValue& value) { return !value.clv; });
    if (any_diverges)
        out.warnings.push_back({"diverges",
                                {{"retention_rate", repeating, Unit::rate},
                                 {"discount_rate_per_period", model.rate, Unit::rate}}});
    return {out, {}};
}

}  // namespace clv
