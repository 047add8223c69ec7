#include "unit_economics.hpp"

#include <cmath>

#include "../acquisition.hpp"
#include "../evaluation_count.hpp"
#include "../profitability.hpp"
#include "../retention.hpp"
#include "../retention_clv.hpp"
#include "explanation_parts.hpp"

namespace clv::workbench {

namespace {

// What every convention shares, worked out once.
struct Shared {
    double cac = 0;
    double retention_cost = 0;  // per customer per period
    double revenue = 0;
    double margin = 0;
    double rate = 0;            // discount rate per period
    std::optional<double> lifetime;
    RetentionRates rates;
    int payback_search = 0;     // periods the payback is looked for in
};

// The first period whose cumulative discounted, survival-weighted net margin reaches CAC.
std::optional<int> discounted_payback(const Shared& shared, RetentionConvention convention) {
    if (shared.cac <= 0) return 0;
    const double net = shared.margin - shared.retention_cost;
    if (net <= 0) return std::nullopt;
    double cumulative = 0, survival = 1;
    int index = 0;
    for (int k = 1; k <= shared.payback_search; ++k) {
        const int needed = survival_index(convention, k);
        while (index < needed) survival *= shared.rates.at(++index);
        cumulative += net * survival * discount_factor(shared.rate, term_time(convention, k));
        if (cumulative >= shared.cac) return k;
        if (survival == 0) break;
    }
    return std::nullopt;
}

ProfitabilityInput profitability_input(const Shared& shared, const UnitEconomicsInput& input,
                                       std::optional<double> clv, double retention_over_lifetime) {
    ProfitabilityInput in;
    in.lifetime_value = clv;
    in.acquisition_cost = shared.cac;
    in.retention_cost = retention_over_lifetime;
    in.revenue_per_period = shared.revenue;
    in.gross_margin_rate = input.gross_margin_rate;
    if (shared.lifetime && *shared.lifetime > 0) in.lifetime_periods = shared.lifetime;
    in.period = input.period;
    return in;
}

// Profit, LTV:CAC (profitability.hpp) and the payback of one convention; the lead's
// profitability warnings go to `warnings`.
UnitEconomicsConvention convention_value(const Shared& shared, const UnitEconomicsInput& input,
                                         const ConventionValue& retention,
                                         std::vector<Warning>* warnings) {
    UnitEconomicsConvention out;
    out.convention = retention.convention;
    out.clv = retention.clv;
    out.margin_multiple = retention.margin_multiple;
    append_steps(out.explanation, retention.explanation);
    if (out.margin_multiple && out.clv) {
        out.retention_cost_over_lifetime = out.explanation.record(
            "retention_cost_over_lifetime", "unit_economics.retention_cost_over_lifetime",
            {{"retention_cost_per_customer", shared.retention_cost, Unit::money},
             {"margin_multiple", *out.margin_multiple, Unit::factor}},
            {"retention_cost_over_lifetime", shared.retention_cost * *out.margin_multiple, Unit::money});
        auto profitability = compute_profitability(
            profitability_input(shared, input, out.clv, *out.retention_cost_over_lifetime));
        if (profitability.ok()) {
            out.profit = profitability.value->profit;
            out.ltv_to_cac = profitability.value->ltv_to_cac;
            out.simple_payback_periods = profitability.value->payback_periods;
            for (const auto& step : profitability.value->explanation.steps()) {
                if (step.id == "profit" || step.id == "ltv_to_cac")
                    out.explanation.record(step.id, step.formula, step.values, step.result);
                if (step.id == "payback_periods")  // named apart from the discounted payback
                    out.explanation.record("simple_payback_periods", step.formula, step.values,
                                           {"simple_payback_periods", step.result.value, step.result.unit});
            }
            if (warnings) merge_warnings(*warnings, profitability.value->warnings);
        } else if (warnings) {
            add_warning_once(*warnings, {"beyond_limits", {{"retention_cost_over_lifetime",
                                                            *out.retention_cost_over_lifetime, Unit::money}}});
        }
    }
    out.payback_period = discounted_payback(shared, out.convention);
    if (out.payback_period)
        out.explanation.record("payback_period", "unit_economics.discounted_payback",
                               {{"cac", shared.cac, Unit::money},
                                {"net_margin_per_period", shared.margin - shared.retention_cost, Unit::money},
                                {"discount_rate_per_period", shared.rate, Unit::rate}},
                               {"payback_period", double(*out.payback_period), Unit::periods});
    return out;
}

// CAC and the retention cost per customer, from the calculator's cost calculations.
void add_costs(const UnitEconomicsInput& input, UnitEconomicsResult& out, Shared& shared) {
    const auto acquisition = compute_acquisition_cost({input.acquisition_items, input.new_customers});
    RetentionCostInput retention_input;
    retention_input.items = input.retention_items;
    retention_input.items_given = true;
    retention_input.customers_retained = input.customers_retained;
    const auto retention = compute_retention_cost(retention_input);
    // Validation ran first: both succeed.
    out.acquisition_spend = acquisition.value->acquisition_spend;
    out.cac = shared.cac = acquisition.value->cac;
    out.acquisition_shares = acquisition.value->shares;
    append_steps(out.explanation, acquisition.value->explanation);
    out.retention_spend = retention.value->retention_spend;
    out.retention_cost_per_customer = shared.retention_cost = retention.value->retention_cost_per_customer;
    out.retention_shares = retention.value->shares;
    append_steps(out.explanation, retention.value->explanation);
}

void add_margin(const UnitEconomicsInput& input, UnitEconomicsResult& out, Shared& shared) {
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

void add_lifetime(const UnitEconomicsInput& input, UnitEconomicsResult& out, Shared& shared) {
    ExpectedLifetimeInput lifetime;
    lifetime.retention_rate = input.retention_rate;
    lifetime.retention_rates = input.retention_rates;
    lifetime.max_periods = input.horizon_periods;
    lifetime.period = input.period;
    const auto value = compute_expected_lifetime(lifetime);
    if (!value.ok()) return;
    out.expected_lifetime_periods = shared.lifetime = value.value->expected_lifetime_periods;
    append_steps(out.explanation, value.value->explanation);
}

void add_totals(UnitEconomicsResult& out) {
    const auto* lead = out.lead();
    const NamedValue customers{"customers", out.customers, Unit::count};
    if (lead->clv)
        out.total_clv = out.explanation.record("total_clv", "unit_economics.total",
                                               {customers, {"clv", *lead->clv, Unit::money}},
                                               {"total_clv", out.customers * *lead->clv, Unit::money});
    if (lead->profit)
        out.total_profit = out.explanation.record(
            "total_profit", "unit_economics.total",
            {customers, {"profit", *lead->profit, Unit::money}},
            {"total_profit", out.customers * *lead->profit, Unit::money});
}

RetentionClvInput retention_clv_input(const UnitEconomicsInput& input, double margin) {
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

const UnitEconomicsConvention* UnitEconomicsResult::lead() const {
    for (const auto& value : conventions)
        if (value.convention == convention) return &value;
    return conventions.empty() ? nullptr : &conventions.front();
}

Outcome<UnitEconomicsResult> compute_unit_economics(const UnitEconomicsInput& input) {
    detail::count_calculation();
    auto problems = validate_unit_economics(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};

    UnitEconomicsResult out;
    out.period = input.period;
    out.convention = input.convention;
    Shared shared;
    add_costs(input, out, shared);
    add_margin(input, out, shared);
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
    add_lifetime(input, out, shared);

    std::vector<Warning> lead_warnings;
    for (const auto& value : clv.conventions)
        out.conventions.push_back(convention_value(
            shared, input, value, value.convention == input.convention ? &lead_warnings : nullptr));
    const auto* lead = out.lead();
    append_steps(out.explanation, lead->explanation);
    merge_warnings(out.warnings, lead_warnings);
    if (!lead->payback_period)
        add_warning_once(out.warnings, {"payback_not_within_horizon",
                                        {{"cac", shared.cac, Unit::money},
                                         {"periods_searched", double(shared.payback_search), Unit::periods}}});
    out.simple_payback_periods = lead->simple_payback_periods;
    out.customers = input.customers.value_or(input.new_customers);
    add_totals(out);
    return {out, {}};
}

}  // namespace clv::workbench
