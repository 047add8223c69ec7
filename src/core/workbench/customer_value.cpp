#include "customer_value.hpp"

#include "../evaluation_count.hpp"
#include "../profitability.hpp"
#include "../retention.hpp"
#include "../retention_clv.hpp"
#include "explanation_parts.hpp"

namespace clv::workbench {

namespace {

// What every convention shares, worked out once.
struct Shared {
    const CustomerValueInput& input;
    double revenue = 0;
    double margin = 0;
    double rate = 0;  // discount rate per period
    std::optional<double> lifetime;
    RetentionRates rates;
    int payback_search = 0;  // periods the payback is looked for in
};

// The first period whose cumulative discounted, survival-weighted net margin reaches CAC.
std::optional<int> discounted_payback(const Shared& shared, RetentionConvention convention) {
    const double cac = shared.input.acquisition_cost;
    if (cac <= 0) return 0;
    const double net = shared.margin - shared.input.retention_cost_per_customer;
    if (net <= 0) return std::nullopt;
    double cumulative = 0, survival = 1;
    int index = 0;
    for (int k = 1; k <= shared.payback_search; ++k) {
        const int needed = survival_index(convention, k);
        while (index < needed) survival *= shared.rates.at(++index);
        cumulative += net * survival * discount_factor(shared.rate, term_time(convention, k));
        if (cumulative >= cac) return k;
        if (survival == 0) break;
    }
    return std::nullopt;
}

ProfitabilityInput profitability_input(const Shared& shared, std::optional<double> clv,
                                       double retention_over_lifetime) {
    ProfitabilityInput in;
    in.lifetime_value = clv;
    in.acquisition_cost = shared.input.acquisition_cost;
    in.retention_cost = retention_over_lifetime;
    in.revenue_per_period = shared.revenue;
    in.gross_margin_rate = shared.input.gross_margin_rate;
    if (shared.lifetime && *shared.lifetime > 0) in.lifetime_periods = shared.lifetime;
    in.period = shared.input.period;
    return in;
}

// Profit, LTV:CAC and the simple payback from the calculator's profitability, with their steps.
void add_profitability(const Shared& shared, ConventionEconomics& out, std::vector<Warning>* warnings) {
    auto profitability = compute_profitability(profitability_input(shared, out.clv, *out.retention_cost_over_lifetime));
    if (!profitability.ok()) {  // a lifetime retention cost beyond the money limit
        if (warnings)
            add_warning_once(*warnings, {"beyond_limits", {{"retention_cost_over_lifetime",
                                                            *out.retention_cost_over_lifetime, Unit::money}}});
        return;
    }
    const auto& value = *profitability.value;
    out.profit = value.profit;
    out.ltv_to_cac = value.ltv_to_cac;
    out.simple_payback_periods = value.payback_periods;
    for (const auto& step : value.explanation.steps()) {
        if (step.id == "profit" || step.id == "ltv_to_cac")
            out.explanation.record(step.id, step.formula, step.values, step.result);
        if (step.id == "payback_periods")  // named apart from the discounted payback
            out.explanation.record("simple_payback_periods", step.formula, step.values,
                                   {"simple_payback_periods", step.result.value, step.result.unit});
    }
    if (warnings) merge_warnings(*warnings, value.warnings);
}

// One convention's economics; the lead's profitability warnings go to `warnings`.
ConventionEconomics convention_value(const Shared& shared, const ConventionValue& retention,
                                     std::vector<Warning>* warnings) {
    ConventionEconomics out;
    out.convention = retention.convention;
    out.clv = retention.clv;
    out.margin_multiple = retention.margin_multiple;
    append_steps(out.explanation, retention.explanation);
    const double cost = shared.input.retention_cost_per_customer;
    if (out.margin_multiple && out.clv) {
        out.retention_cost_over_lifetime = out.explanation.record(
            "retention_cost_over_lifetime", "unit_economics.retention_cost_over_lifetime",
            {{"retention_cost_per_customer", cost, Unit::money}, {"margin_multiple", *out.margin_multiple, Unit::factor}},
            {"retention_cost_over_lifetime", cost * *out.margin_multiple, Unit::money});
        add_profitability(shared, out, warnings);
    }
    out.payback_period = discounted_payback(shared, out.convention);
    if (out.payback_period)
        out.explanation.record("payback_period", "unit_economics.discounted_payback",
                               {{"acquisition_cost", shared.input.acquisition_cost, Unit::money},
                                {"net_margin_per_period", shared.margin - cost, Unit::money},
                                {"discount_rate_per_period", shared.rate, Unit::rate}},
                               {"payback_period", double(*out.payback_period), Unit::periods});
    return out;
}

void add_margin(CustomerValueResult& out, Shared& shared) {
    const auto& input = shared.input;
    out.revenue_per_period = shared.revenue = out.explanation.record(
        "revenue_per_period", "unit_economics.revenue_per_period",
        {{"average_order_value", input.average_order_value, Unit::money},
         {"orders_per_period", input.orders_per_period, Unit::count}},
        {"revenue_per_period", input.average_order_value * input.orders_per_period, Unit::money});
    out.margin_per_period = shared.margin = out.explanation.record(
        "margin_per_period", "profitability.margin_per_period",
        {{"revenue_per_period", shared.revenue, Unit::money},
         {"gross_margin_rate", input.gross_margin_rate, Unit::share}},
        {"margin_per_period", shared.revenue * input.gross_margin_rate, Unit::money});
}

void add_lifetime(CustomerValueResult& out, Shared& shared) {
    ExpectedLifetimeInput lifetime;
    lifetime.retention_rate = shared.input.retention_rate;
    lifetime.retention_rates = shared.input.retention_rates;
    lifetime.max_periods = shared.input.horizon_periods;
    lifetime.period = shared.input.period;
    const auto value = compute_expected_lifetime(lifetime);
    if (!value.ok()) return;
    out.expected_lifetime_periods = shared.lifetime = value.value->expected_lifetime_periods;
    append_steps(out.explanation, value.value->explanation);
}

RetentionClvInput retention_clv_input(const CustomerValueInput& input, double margin) {
    RetentionClvInput in;
    in.margin_per_period = margin;
    in.retention_rate = input.retention_rate;
    in.retention_rates = input.retention_rates;
    in.discount_rate = input.discount_rate;
    in.discount_rate_period = input.discount_rate_period;
    in.period = input.period;
    in.periods = input.horizon_periods;
    in.table_periods = 1;  // the table is not shown here
    return in;
}

}  // namespace

const ConventionEconomics& CustomerValueResult::lead() const {
    for (const auto& value : conventions)
        if (value.convention == convention) return value;
    return conventions.front();
}

Outcome<CustomerValueResult> compute_customer_value(const CustomerValueInput& input) {
    auto problems = validate_customer_value(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};

    CustomerValueResult out;
    out.period = input.period;
    out.convention = input.convention;
    Shared shared{input};
    add_margin(out, shared);
    const RetentionClvInput clv_input = retention_clv_input(input, shared.margin);
    const auto retention = compute_retention_clv(clv_input);
    if (!retention.ok()) return {std::nullopt, retention.problems};  // cannot happen: validated
    const auto& clv = *retention.value;
    append_steps(out.explanation, clv.explanation);
    merge_warnings(out.warnings, clv.warnings);
    out.discount_rate_per_period = shared.rate = clv.discount_rate_per_period;
    out.horizon = clv.horizon;
    out.horizon_periods = clv.periods;
    shared.rates = retention_rates_of(clv_input);
    shared.payback_search = clv.periods.value_or(clv::limits::max_periods);
    add_lifetime(out, shared);

    std::vector<Warning> lead_warnings;
    for (const auto& value : clv.conventions)
        out.conventions.push_back(
            convention_value(shared, value, value.convention == input.convention ? &lead_warnings : nullptr));
    append_steps(out.explanation, out.lead().explanation);
    merge_warnings(out.warnings, lead_warnings);
    if (!out.lead().payback_period)
        add_warning_once(out.warnings, {"payback_not_within_horizon",
                                        {{"acquisition_cost", input.acquisition_cost, Unit::money},
                                         {"periods_searched", double(shared.payback_search), Unit::periods}}});
    return {out, {}};
}

}  // namespace clv::workbench
