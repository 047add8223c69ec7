#include "value_composition.hpp"

#include <cmath>
#include <set>

#include "../evaluation_count.hpp"
#include "explanation_parts.hpp"

namespace clv::workbench {

std::vector<Problem> validate_value_composition(const ValueCompositionInput& input);

namespace {

// What the parts share: the evaluation of today's behaviour and its margin multiple M.
struct Current {
    const ValueCompositionInput& input;
    CustomerValueResult value;
    double margin = 0, multiple = 0, rate = 0;
};

double historical_value(const ValueCompositionInput& input, double rate, Explanation& explanation) {
    if (input.historical_margin_total)
        return explanation.record("historical_value", "value_composition.historical",
                                  {{"historical_margin_total", *input.historical_margin_total, Unit::money}},
                                  {"historical_value", *input.historical_margin_total, Unit::money});
    if (!input.historical_margins) return 0;
    const auto& margins = *input.historical_margins;
    const int n = int(margins.size());
    double earned = 0, carried = 0;
    for (int k = 1; k <= n; ++k) {
        earned += margins[std::size_t(k - 1)];
        carried += margins[std::size_t(k - 1)] * std::pow(1 + rate, n - k);  // the last ends today
    }
    const NamedValue periods{"periods", double(n), Unit::periods}, total{"margins_earned", earned, Unit::money};
    if (!input.carry_history)
        return explanation.record("historical_value", "value_composition.historical", {periods, total},
                                  {"historical_value", earned, Unit::money});
    return explanation.record("historical_value", "value_composition.historical_carried",
                              {periods, total, {"discount_rate_per_period", rate, Unit::rate}},
                              {"historical_value", carried, Unit::money});
}

// M_g: the margin multiple when the margin of time t is m (1+g)^t, i.e. discounted at
// d' = (d - g) / (1 + g); nullopt when that sum diverges.
std::optional<double> growth_multiple(const Current& current) {
    const auto& customer = current.input.customer;
    RetentionRates rates;
    if (customer.retention_rates) rates.list = &*customer.retention_rates;
    else rates.constant = customer.retention_rate;
    const double g = current.input.spend_growth_rate;
    const double rate = (current.rate - g) / (1 + g);
    if (current.value.horizon_periods)
        return horizon_multiple(rates, rate, customer.convention, *current.value.horizon_periods);
    return lifetime_multiple(rates, rate, customer.convention);
}

void add_potential(const Current& current, double growth, ValueCompositionResult& out) {
    const auto& input = current.input;
    const NamedValue multiple{"margin_multiple", current.multiple, Unit::factor};
    auto& e = out.explanation;
    out.cross_sell_value = e.record("cross_sell_value", "value_composition.cross_sell",
                                    {{"cross_sell_margin_per_period", input.cross_sell_margin_per_period, Unit::money},
                                     {"cross_sell_adoption_rate", input.cross_sell_adoption_rate, Unit::share}, multiple},
                                    {"cross_sell_value", input.cross_sell_margin_per_period * input.cross_sell_adoption_rate *
                                                             current.multiple, Unit::money});
    out.referral_value = e.record("referral_value", "value_composition.referrals",
                                  {{"referrals_per_period", input.referrals_per_period, Unit::count},
                                   {"referred_customer_value", input.referred_customer_value, Unit::money}, multiple},
                                  {"referral_value", input.referrals_per_period * input.referred_customer_value *
                                                         current.multiple, Unit::money});
    if (input.spend_growth_rate > 0) {
        e.record("growth_margin_multiple", "value_composition.growth_multiple",
                 {{"discount_rate_per_period", current.rate, Unit::rate},
                  {"spend_growth_rate", input.spend_growth_rate, Unit::rate}},
                 {"growth_margin_multiple", growth, Unit::factor});
        out.spend_growth_value = e.record("spend_growth_value", "value_composition.spend_growth",
                                          {{"margin_per_period", current.margin, Unit::money},
                                           {"growth_margin_multiple", growth, Unit::factor}, multiple},
                                          {"spend_growth_value", current.margin * (growth - current.multiple), Unit::money});
    }
    out.potential_value = e.record("potential_value", "value_composition.potential",
                                   {{"cross_sell_value", out.cross_sell_value, Unit::money},
                                    {"referral_value", out.referral_value, Unit::money},
                                    {"spend_growth_value", out.spend_growth_value, Unit::money}},
                                   {"potential_value", out.cross_sell_value + out.referral_value + out.spend_growth_value,
                                    Unit::money});
}

// The total, and each part's share of it (none, and warning no_total_value, when it is 0).
void add_total(ValueCompositionResult& out) {
    out.total_value = out.explanation.record("total_value", "value_composition.total",
                                             {{"historical_value", out.historical_value, Unit::money},
                                              {"current_value", out.current_value, Unit::money},
                                              {"potential_value", out.potential_value, Unit::money}},
                                             {"total_value", out.historical_value + out.current_value + out.potential_value,
                                              Unit::money});
    out.parts = {{"historical", out.historical_value}, {"current", out.current_value}, {"potential", out.potential_value}};
    out.potential_parts = {{"cross_selling", out.cross_sell_value}, {"referrals", out.referral_value},
                           {"spend_growth", out.spend_growth_value}};
    if (out.total_value <= 0) {
        out.warnings.push_back({"no_total_value", {}});
        return;
    }
    for (auto* parts : {&out.parts, &out.potential_parts})
        for (auto& part : *parts)
            part.share = out.explanation.record(part.part + "_share", "value_composition.share",
                                                {{part.part + "_value", part.value, Unit::money},
                                                 {"total_value", out.total_value, Unit::money}},
                                                {part.part + "_share", part.value / out.total_value, Unit::share});
}

// Share of wallet and the current value at today's and the target share; scope.
void add_wallet_and_scope(const Current& current, ValueCompositionResult& out) {
    const auto& input = current.input;
    auto& e = out.explanation;
    if (input.category_spend_per_period) {
        const double spend = *input.category_spend_per_period;
        out.share_of_wallet = e.record("share_of_wallet", "value_composition.share_of_wallet",
                                       {{"revenue_per_period", current.value.revenue_per_period, Unit::money},
                                        {"category_spend_per_period", spend, Unit::money}},
                                       {"share_of_wallet", current.value.revenue_per_period / spend, Unit::share});
        auto value_at = [&](const char* id, double share) {
            return e.record(id, "value_composition.value_at_share",
                            {{"share_of_wallet", share, Unit::share}, {"category_spend_per_period", spend, Unit::money},
                             {"gross_margin_rate", input.customer.gross_margin_rate, Unit::share},
                             {"margin_multiple", current.multiple, Unit::factor}},
                            {id, share * spend * input.customer.gross_margin_rate * current.multiple, Unit::money});
        };
        out.value_at_current_share = value_at("value_at_current_share", *out.share_of_wallet);
        if (input.target_share_of_wallet) {
            out.target_share_of_wallet = input.target_share_of_wallet;
            out.value_at_target_share = value_at("value_at_target_share", *input.target_share_of_wallet);
        }
    }
    if (input.product_lines_offered)
        out.scope = e.record("scope", "value_composition.scope",
                             {{"product_lines_used", *input.product_lines_used, Unit::count},
                              {"product_lines_offered", *input.product_lines_offered, Unit::count}},
                             {"scope", *input.product_lines_used / *input.product_lines_offered, Unit::share});
}

// Today's behaviour valued as compute_customer_value values it (no costs: value, not profit).
std::optional<CustomerValueResult> current_value(const ValueCompositionInput& input) {
    CustomerValueInput customer = input.customer;
    customer.acquisition_cost = customer.retention_cost_per_customer = 0;
    auto value = compute_customer_value(customer);
    if (!value.ok() || !value.value->lead().clv || !value.value->lead().margin_multiple) return std::nullopt;
    return std::move(*value.value);
}

void add_current(Current& current, ValueCompositionResult& out) {
    // The margin and the CLV's own steps; not the profit steps (this is value, not profit).
    static const std::set<std::string> profit_steps = {"retention_cost_over_lifetime", "profit", "ltv_to_cac",
                                                       "simple_payback_periods", "payback_period"};
    for (const auto& step : current.value.explanation.steps())
        if (!profit_steps.count(step.id)) out.explanation.record(step.id, step.formula, step.values, step.result);
    static const std::set<std::string> kept = {"rate_converted", "finite_horizon_truncates"};
    for (const auto& warning : current.value.warnings)
        if (kept.count(warning.code)) add_warning_once(out.warnings, warning);
    out.current_value = out.explanation.record("current_value", "value_composition.current",
                                               {{"margin_per_period", current.margin, Unit::money},
                                                {"margin_multiple", current.multiple, Unit::factor}},
                                               {"current_value", *current.value.lead().clv, Unit::money});
    out.margin_multiple = current.multiple;
}

}  // namespace

const std::vector<std::string>& history_names() {
    static const std::vector<std::string> names = {"as_earned", "carried_to_today"};
    return names;
}

Outcome<ValueCompositionResult> compute_value_composition(const ValueCompositionInput& input) {
    detail::count_calculation();
    auto problems = validate_value_composition(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};
    auto value = current_value(input);
    const char* retention_field = input.customer.retention_rates ? "retention_rates" : "retention_rate";
    if (!value) return {std::nullopt, {{retention_field, "value_diverges"}}};
    Current current{input, std::move(*value)};
    current.margin = current.value.margin_per_period;
    current.multiple = *current.value.lead().margin_multiple;
    current.rate = current.value.discount_rate_per_period;
    const auto growth = input.spend_growth_rate > 0 ? growth_multiple(current) : std::optional<double>(current.multiple);
    if (!growth) return {std::nullopt, {{"spend_growth_rate", "value_diverges"}}};

    ValueCompositionResult out;
    out.historical_value = historical_value(input, current.rate, out.explanation);
    add_current(current, out);
    add_potential(current, *growth, out);
    add_total(out);
    add_wallet_and_scope(current, out);
    out.customer = std::move(current.value);
    return {out, {}};
}

}  // namespace clv::workbench
