#include "discounted_clv.hpp"

#include <algorithm>
#include <cmath>

#include "evaluation_count.hpp"

namespace clv {

const char* timing_name(Timing timing) { return timing == Timing::start ? "start" : "end"; }

std::optional<Timing> timing_from_name(const std::string& name) {
    if (name == "end") return Timing::end;
    if (name == "start") return Timing::start;
    return std::nullopt;
}

const std::vector<std::string>& timing_names() {
    static const std::vector<std::string> names = {"end", "start"};
    return names;
}

namespace {

std::vector<Problem> validate(const DiscountedClvInput& input) {
    ProblemList problems;
    if (input.cash_flow_per_period && input.cash_flows)
        problems.add({"cash_flows", "conflicting_fields"});
    else if (!input.cash_flow_per_period && !input.cash_flows)
        problems.add({"cash_flow_per_period", "missing_field"});
    if (input.cash_flow_per_period)
        problems.require_range("cash_flow_per_period", *input.cash_flow_per_period,
                               -limits::max_money, limits::max_money);
    if (input.cash_flows) {
        const auto& flows = *input.cash_flows;
        if (flows.empty() || flows.size() > std::size_t(limits::max_periods))
            problems.add({"cash_flows", "wrong_length", 1.0, double(limits::max_periods)});
        for (std::size_t i = 0; i < flows.size(); ++i)
            problems.require_range("cash_flows[" + std::to_string(i) + "]", flows[i],
                                   -limits::max_money, limits::max_money);
        if (input.periods) problems.add({"periods", "conflicting_fields"});
    }
    problems.require_range("discount_rate", input.discount_rate, 0, limits::max_discount_rate);
    if (input.periods)
        problems.require_whole("periods", *input.periods, 1, limits::max_periods);
    if (input.table_periods)
        problems.require_whole("table_periods", *input.table_periods, 1, limits::max_periods);
    return problems.take();
}

// Formula ids differ only by the timing suffix, e.g. "discounted_clv.perpetuity_end".
std::string formula(const char* stem, Timing timing) {
    return std::string("discounted_clv.") + stem + "_" + timing_name(timing);
}

// CF / d (end) or CF (1 + d) / d (start); nullopt at d = 0 or when it overflows.
std::optional<double> perpetuity_value(double cash_flow, double rate, Timing timing) {
    if (rate <= 0) return std::nullopt;
    const double value = cash_flow / rate * (timing == Timing::start ? 1 + rate : 1);
    if (!std::isfinite(value)) return std::nullopt;
    return value;
}


void record_perpetuity(DiscountedClvResult& out, const std::string& id, double cash_flow,
                       double value) {
    out.explanation.record(id, formula("perpetuity", out.timing),
                           {{"cash_flow_per_period", cash_flow, Unit::money},
                            {"discount_rate_per_period", out.discount_rate_per_period, Unit::rate}},
                           {id, value, Unit::money});
}

}  // namespace

double annuity_factor(double rate_per_period, double periods, Timing timing) {
    const double rate = rate_per_period;
    if (rate == 0) return periods;
    const double factor = -std::expm1(-periods * std::log1p(rate)) / rate;
    return timing == Timing::start ? factor * (1 + rate) : factor;
}

std::optional<double> discounted_value(const DiscountedClvInput& input, double rate_per_period,
                                       Timing timing, std::optional<int> periods) {
    std::optional<double> value;
    if (input.cash_flows) {
        const int n = std::min(periods.value_or(0), int(input.cash_flows->size()));
        const double shift = timing == Timing::start ? 1 : 0;
        double sum = 0;
        for (int t = 1; t <= n; ++t)
            sum += (*input.cash_flows)[std::size_t(t - 1)] * discount_factor(rate_per_period, t - shift);
        value = sum;
    } else if (periods) {
        value = input.cash_flow_per_period.value_or(0) *
                annuity_factor(rate_per_period, *periods, timing);
    } else {
        value = perpetuity_value(input.cash_flow_per_period.value_or(0), rate_per_period, timing);
    }
    if (value && !std::isfinite(*value)) value.reset();
    return value;
}

Outcome<DiscountedClvResult> compute_discounted_clv(const DiscountedClvInput& input) {
    detail::count_calculation();
    auto problems = validate(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};

    DiscountedClvResult out;
    out.timing = input.timing;
    out.period = input.period;
    const double rate = discount_rate_per_period(input.discount_rate, input.discount_rate_period,
                                                 input.period, out.explanation, out.warnings);
    out.discount_rate_per_period = rate;
    const bool is_list = input.cash_flows.has_value();
    const double constant_flow = input.cash_flow_per_period.value_or(0);
    if (is_list) out.periods = int(input.cash_flows->size());
    else if (input.periods) out.periods = int(*input.periods);
    out.horizon = out.periods ? Horizon::finite : Horizon::infinite;
    const double shift = input.timing == Timing::start ? 1 : 0;
    auto flow_at = [&](int t) { return is_list ? (*input.cash_flows)[t - 1] : constant_flow; };

    int rows = input.table_periods ? int(*input.table_periods)
                                   : out.periods.value_or(default_table_periods);
    if (out.periods) rows = std::min(rows, *out.periods);
    double cumulative = 0;
    for (int t = 1; t <= rows; ++t) {
        DiscountedRow row;
        row.period = t;
        row.time = t - shift;
        row.cash_flow = flow_at(t);
        row.discount_factor = discount_factor(rate, row.time);
        row.present_value = row.cash_flow * row.discount_factor;
        cumulative += row.present_value;
        row.cumulative_present_value = cumulative;
        out.table.push_back(row);
    }

    // The number itself comes from discounted_value, which a check also uses for its slips.
    const double value = discounted_value(input, rate, input.timing, out.periods).value_or(HUGE_VAL);
    if (is_list) {
        out.clv = out.explanation.record(
            "clv", formula("sum", input.timing),
            {{"discount_rate_per_period", rate, Unit::rate},
             {"periods", double(*out.periods), Unit::periods}},
            {"clv", value, Unit::money});
    } else {
        out.perpetuity_clv = perpetuity_value(constant_flow, rate, input.timing);
        if (out.periods) {
            const double n = *out.periods;
            if (rate == 0)
                out.clv = out.explanation.record(
                    "clv", "discounted_clv.undiscounted",
                    {{"cash_flow_per_period", constant_flow, Unit::money},
                     {"periods", n, Unit::periods}},
                    {"clv", constant_flow * n, Unit::money});
            else
                out.clv = out.explanation.record(
                    "clv", formula("annuity", input.timing),
                    {{"cash_flow_per_period", constant_flow, Unit::money},
                     {"discount_rate_per_period", rate, Unit::rate},
                     {"periods", n, Unit::periods}},
                    {"clv", value, Unit::money});
            if (out.perpetuity_clv)
                record_perpetuity(out, "perpetuity_clv", constant_flow, *out.perpetuity_clv);
            if (constant_flow != 0) {
                Warning truncates{"finite_horizon_truncates", {}};
                if (out.perpetuity_clv)
                    truncates.values.push_back({"perpetuity_clv", *out.perpetuity_clv, Unit::money});
                out.warnings.push_back(std::move(truncates));
            }
        } else if (out.perpetuity_clv) {
            out.clv = *out.perpetuity_clv;
            record_perpetuity(out, "clv", constant_flow, *out.perpetuity_clv);
        }
    }
    if (out.clv && !std::isfinite(*out.clv)) out.clv.reset();
    if (!out.clv)
        out.warnings.push_back({"diverges", {{"discount_rate_per_period", rate, Unit::rate}}});
    return {out, {}};
}

}  // namespace clv
