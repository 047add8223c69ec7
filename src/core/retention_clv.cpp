#include "retention_clv.hpp"

#include <algorithm>
#include <cmath>

#include "discounted_clv.hpp"

namespace clv {

const char* convention_name(RetentionConvention convention) {
    switch (convention) {
        case RetentionConvention::end_retained: return "end_retained";
        case RetentionConvention::start: return "start";
        case RetentionConvention::end_first_certain: return "end_first_certain";
    }
    return "end_retained";
}

std::optional<RetentionConvention> convention_from_name(const std::string& name) {
    for (auto convention : all_conventions())
        if (name == convention_name(convention)) return convention;
    return std::nullopt;
}

const std::vector<std::string>& convention_names() {
    static const std::vector<std::string> names = {"end_retained", "start", "end_first_certain"};
    return names;
}

const std::vector<RetentionConvention>& all_conventions() {
    static const std::vector<RetentionConvention> conventions = {
        RetentionConvention::end_retained, RetentionConvention::start,
        RetentionConvention::end_first_certain};
    return conventions;
}

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
    return problems.take();
}

// The numbers every convention shares: net margin, per-period rate and the survival curve.
struct Model {
    const RetentionClvInput& input;
    double margin = 0;
    double rate = 0;
    std::vector<double> survival;  // S_0 .. S_{max_periods + 1}

    // r_t for t >= 1: the scalar rate, or list[min(t, len) - 1].
    double retention_at(int t) const {
        if (!input.retention_rates) return *input.retention_rate;
        const auto& rates = *input.retention_rates;
        return rates[std::min<std::size_t>(std::size_t(t), rates.size()) - 1];
    }
    // The rate that repeats for ever: the scalar, or the list's last entry.
    double repeating_rate() const {
        return input.retention_rates ? input.retention_rates->back() : *input.retention_rate;
    }
};

// The k-th term (k >= 1) uses survival S_{index} and is discounted `time` periods.
int survival_index(RetentionConvention convention, int k) {
    return convention == RetentionConvention::end_retained ? k : k - 1;
}
int term_time(RetentionConvention convention, int k) {
    return convention == RetentionConvention::start ? k - 1 : k;
}

double term(const Model& model, RetentionConvention convention, int k) {
    return model.margin * model.survival[std::size_t(survival_index(convention, k))] *
           discount_factor(model.rate, term_time(convention, k));
}

// Numerator of the closed form over (1 + d - r): r, 1 + d or 1.
double closed_form_numerator(RetentionConvention convention, double retention, double rate) {
    switch (convention) {
        case RetentionConvention::end_retained: return retention;
        case RetentionConvention::start: return 1 + rate;
        case RetentionConvention::end_first_certain: return 1;
    }
    return 1;
}

std::string formula(RetentionConvention convention, const char* kind) {
    return std::string("retention_clv.") + convention_name(convention) + "." + kind;
}

// The infinite-horizon value, recorded under step id `id`; nullopt when the sum diverges.
std::optional<double> infinite_value(const Model& model, RetentionConvention convention,
                                     const std::string& id, Explanation& explanation) {
    const double d = model.rate;
    const double rho = model.repeating_rate();
    const double denominator = (1 - rho) + d;  // 1 + d - r without losing a tiny d
    const double numerator = closed_form_numerator(convention, rho, d);
    if (!model.input.retention_rates) {
        if (denominator <= 0) return std::nullopt;
        const double value = model.margin * numerator / denominator;
        if (!std::isfinite(value)) return std::nullopt;
        return explanation.record(id, formula(convention, "infinite"),
                                  {{"net_margin_per_period", model.margin, Unit::money},
                                   {"retention_rate", rho, Unit::rate},
                                   {"discount_rate_per_period", d, Unit::rate}},
                                  {id, value, Unit::money});
    }
    const int listed = int(model.input.retention_rates->size());
    double explicit_sum = 0;
    for (int k = 1; k <= listed; ++k) explicit_sum += term(model, convention, k);
    explanation.record("explicit_sum", formula(convention, "explicit"),
                       {{"net_margin_per_period", model.margin, Unit::money},
                        {"discount_rate_per_period", d, Unit::rate},
                        {"explicit_periods", double(listed), Unit::periods}},
                       {"explicit_sum", explicit_sum, Unit::money});
    const double survival_at_end = model.survival[std::size_t(listed)];
    double tail = 0;
    if (survival_at_end > 0) {  // a customer surely lost by then brings nothing more
        if (denominator <= 0) return std::nullopt;
        tail = model.margin * survival_at_end * discount_factor(d, listed) * numerator / denominator;
    }
    explanation.record("tail_value", formula(convention, "tail"),
                       {{"net_margin_per_period", model.margin, Unit::money},
                        {"survival_at_list_end", survival_at_end, Unit::share},
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

ConventionValue value_of(const Model& model, RetentionConvention convention,
                         std::optional<int> periods, int rows) {
    ConventionValue out;
    out.convention = convention;
    if (periods) {
        double sum = 0;
        for (int k = 1; k <= *periods; ++k) sum += term(model, convention, k);
        std::vector<NamedValue> values = {{"net_margin_per_period", model.margin, Unit::money}};
        if (model.input.retention_rate)
            values.push_back({"retention_rate", *model.input.retention_rate, Unit::rate});
        values.push_back({"discount_rate_per_period", model.rate, Unit::rate});
        values.push_back({"periods", double(*periods), Unit::periods});
        out.clv = out.explanation.record("clv", formula(convention, "finite"), values,
                                         {"clv", sum, Unit::money});
        out.limit = infinite_value(model, convention, "limit", out.explanation);
    } else {
        out.limit = infinite_value(model, convention, "clv", out.explanation);
        out.clv = out.limit;
    }
    double cumulative = 0;
    for (int k = 1; k <= rows; ++k) {
        RetentionRow row;
        const int index = survival_index(convention, k);
        row.period = k;
        row.time = term_time(convention, k);
        if (index > 0) row.retention_rate = model.retention_at(index);
        row.survival = model.survival[std::size_t(index)];
        row.discount_factor = discount_factor(model.rate, row.time);
        row.expected_margin = model.margin * row.survival;
        row.present_value = row.expected_margin * row.discount_factor;
        cumulative += row.present_value;
        row.cumulative_present_value = cumulative;
        out.table.push_back(row);
    }
    return out;
}

}  // namespace

Outcome<RetentionClvResult> compute_retention_clv(const RetentionClvInput& input) {
    auto problems = validate(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};

    RetentionClvResult out;
    out.period = input.period;
    Model model{input};
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

    model.survival.assign(std::size_t(limits::max_periods) + 2, 1.0);
    for (std::size_t t = 1; t < model.survival.size(); ++t)
        model.survival[t] = model.survival[t - 1] * model.retention_at(int(t));

    if (input.periods) out.periods = int(*input.periods);
    out.horizon = out.periods ? Horizon::finite : Horizon::infinite;
    int rows = input.table_periods ? int(*input.table_periods)
                                   : out.periods.value_or(default_table_periods);
    if (out.periods) rows = std::min(rows, *out.periods);
    for (auto convention : all_conventions())
        out.conventions.push_back(value_of(model, convention, out.periods, rows));

    // A finite horizon that leaves value behind says how much: each convention's limit, named
    // by the convention so the page can quote the one it shows. (A tolerance, because a
    // retention list that reaches 0 sums to its limit only up to rounding.)
    if (out.periods) {
        Warning truncates{"finite_horizon_truncates", {}};
        for (const auto& value : out.conventions) {
            if (!value.clv || !value.limit) continue;
            const double cut_off = std::abs(*value.limit - *value.clv);
            if (cut_off > 1e-9 * std::max(1.0, std::abs(*value.limit)))
                truncates.values.push_back({convention_name(value.convention), *value.limit, Unit::money});
        }
        if (!truncates.values.empty()) out.warnings.push_back(std::move(truncates));
    }

    const double repeating = model.repeating_rate();
    const bool ever_lost =
        input.retention_rates && model.survival[input.retention_rates->size()] == 0;
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
