#include "loyalty.hpp"

#include <algorithm>

#include "../evaluation_count.hpp"
#include "explanation_parts.hpp"

namespace clv::workbench {

namespace {

struct Uplifts {
    double retention = 0, frequency = 0, spend = 0;
};

std::vector<Problem> validate(const LoyaltyInput& input) {
    ProblemList problems;
    problems.require_whole("members", input.members, 1, clv::limits::max_count);
    problems.require_range("annual_fee", input.annual_fee, 0, clv::limits::max_money);
    problems.require_range("annual_cost_per_member", input.annual_cost_per_member, 0, clv::limits::max_money);
    CustomerValueInput customer = input.customer;
    customer.acquisition_cost = customer.retention_cost_per_customer = 0;
    customer.retention_rates.reset();
    for (auto& problem : validate_customer_value(customer)) problems.add(std::move(problem));
    problems.require_range("retention_uplift", input.retention_uplift, 0, 1);
    problems.require_range("frequency_uplift", input.frequency_uplift, 0, 10);
    problems.require_range("spend_uplift", input.spend_uplift, 0, 10);
    return problems.take();
}

CustomerValueInput with_uplifts(const LoyaltyInput& input, const Uplifts& uplifts) {
    CustomerValueInput customer = input.customer;
    customer.acquisition_cost = customer.retention_cost_per_customer = 0;
    customer.retention_rate = std::min(1.0, *customer.retention_rate + uplifts.retention);  // at most certain
    customer.orders_per_period *= 1 + uplifts.frequency;
    customer.average_order_value *= 1 + uplifts.spend;
    return customer;
}

// The lead convention's clv and margin multiple; nullopt when it diverges.
std::optional<std::pair<double, double>> value_of(const CustomerValueInput& customer) {
    const auto value = compute_customer_value(customer);
    if (!value.ok() || !value.value->lead().clv || !value.value->lead().margin_multiple) return std::nullopt;
    return std::make_pair(*value.value->lead().clv, *value.value->lead().margin_multiple);
}

// Incremental CLV + (fee - cost) x M' per member with these uplifts.
std::optional<double> value_per_member(const LoyaltyInput& input, const Uplifts& uplifts, double base_clv,
                                       double net_fee) {
    const auto member = value_of(with_uplifts(input, uplifts));
    if (!member) return std::nullopt;
    return member->first - base_clv + net_fee * member->second;
}

// The smallest uplift of one kind in [0, max] with a value per member >= 0 (bisection).
std::optional<double> break_even(const LoyaltyInput& input, double Uplifts::*kind, double max, double base_clv,
                                 double net_fee) {
    Uplifts low, high;
    high.*kind = max;
    const auto at_zero = value_per_member(input, low, base_clv, net_fee);
    if (at_zero && *at_zero >= 0) return 0.0;
    const auto at_max = value_per_member(input, high, base_clv, net_fee);
    if (!at_zero || !at_max || *at_max < 0) return std::nullopt;
    for (int i = 0; i < 200 && low.*kind < high.*kind; ++i) {
        Uplifts middle;
        middle.*kind = low.*kind + (high.*kind - low.*kind) / 2;
        if (middle.*kind <= low.*kind || middle.*kind >= high.*kind) break;
        const auto value = value_per_member(input, middle, base_clv, net_fee);
        if (value && *value >= 0) high = middle;
        else low = middle;
    }
    return high.*kind;
}

void add_break_evens(const LoyaltyInput& input, LoyaltyResult& out) {
    const double net_fee = out.fee_per_period - out.cost_per_period;
    const double room = 1 - *input.customer.retention_rate;
    out.break_even_retention_uplift = break_even(input, &Uplifts::retention, room, out.base_clv, net_fee);
    out.break_even_frequency_uplift = break_even(input, &Uplifts::frequency, 10, out.base_clv, net_fee);
    out.break_even_spend_uplift = break_even(input, &Uplifts::spend, 10, out.base_clv, net_fee);
    Warning none{"no_break_even_uplift", {}};
    if (!out.break_even_retention_uplift) none.values.push_back({"retention_uplift", room, Unit::rate});
    if (!out.break_even_frequency_uplift) none.values.push_back({"frequency_uplift", 10, Unit::share});
    if (!out.break_even_spend_uplift) none.values.push_back({"spend_uplift", 10, Unit::share});
    if (!none.values.empty()) out.warnings.push_back(std::move(none));
}

// The steps from the two CLVs to the ROI.
void record_values(const LoyaltyInput& input, LoyaltyResult& out) {
    auto& e = out.explanation;
    e.record("base_clv", "loyalty.clv", {{"retention_rate", *input.customer.retention_rate, Unit::rate}},
             {"base_clv", out.base_clv, Unit::money});
    e.record("member_clv", "loyalty.clv",
             {{"retention_rate", *input.customer.retention_rate + input.retention_uplift, Unit::rate},
              {"frequency_uplift", input.frequency_uplift, Unit::share},
              {"spend_uplift", input.spend_uplift, Unit::share}},
             {"member_clv", out.member_clv, Unit::money});
    out.incremental_clv = e.record("incremental_clv", "loyalty.incremental_clv",
                                   {{"member_clv", out.member_clv, Unit::money}, {"base_clv", out.base_clv, Unit::money}},
                                   {"incremental_clv", out.member_clv - out.base_clv, Unit::money});
    const NamedValue multiple{"member_margin_multiple", out.member_margin_multiple, Unit::factor};
    out.fee_value = e.record("fee_value", "loyalty.over_lifetime", {{"fee_per_period", out.fee_per_period, Unit::money}, multiple},
                             {"fee_value", out.fee_per_period * out.member_margin_multiple, Unit::money});
    out.cost_value = e.record("cost_value", "loyalty.over_lifetime", {{"cost_per_period", out.cost_per_period, Unit::money}, multiple},
                              {"cost_value", out.cost_per_period * out.member_margin_multiple, Unit::money});
    out.value_per_member = e.record(
        "value_per_member", "loyalty.value_per_member",
        {{"incremental_clv", out.incremental_clv, Unit::money}, {"fee_value", out.fee_value, Unit::money},
         {"cost_value", out.cost_value, Unit::money}},
        {"value_per_member", out.incremental_clv + out.fee_value - out.cost_value, Unit::money});
    const NamedValue members{"members", input.members, Unit::count};
    out.programme_profit = e.record("programme_profit", "unit_economics.total",
                                    {members, {"value_per_member", out.value_per_member, Unit::money}},
                                    {"programme_profit", input.members * out.value_per_member, Unit::money});
    out.programme_cost = e.record("programme_cost", "unit_economics.total",
                                  {members, {"cost_value", out.cost_value, Unit::money}},
                                  {"programme_cost", input.members * out.cost_value, Unit::money});
    if (out.programme_cost > 0)
        out.roi = e.record("roi", "loyalty.roi",
                           {{"programme_profit", out.programme_profit, Unit::money},
                            {"programme_cost", out.programme_cost, Unit::money}},
                           {"roi", out.programme_profit / out.programme_cost, Unit::ratio});
}

}  // namespace

Outcome<LoyaltyResult> compute_loyalty_programme(const LoyaltyInput& input) {
    detail::count_calculation();
    auto problems = validate(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};
    LoyaltyResult out;
    out.convention = input.customer.convention;
    out.period = input.customer.period;
    const double per_period = input.customer.period == Period::month ? 1.0 / 12 : 1.0;
    out.fee_per_period = input.annual_fee * per_period;
    out.cost_per_period = input.annual_cost_per_member * per_period;
    const auto base = value_of(with_uplifts(input, {}));
    const auto member = value_of(with_uplifts(input, {input.retention_uplift, input.frequency_uplift, input.spend_uplift}));
    if (!base || !member) return {std::nullopt, {{"retention_uplift", "value_diverges"}}};
    out.base_clv = base->first;
    out.member_clv = member->first;
    out.member_margin_multiple = member->second;
    record_values(input, out);
    add_break_evens(input, out);
    if (out.programme_profit < 0)
        out.warnings.push_back({"unprofitable", {{"programme_profit", out.programme_profit, Unit::money}}});
    return {out, {}};
}

}  // namespace clv::workbench
