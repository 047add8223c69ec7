#include "win_back.hpp"

#include "../evaluation_count.hpp"

namespace clv::workbench {

namespace {

std::vector<Problem> validate(const WinBackInput& input) {
    ProblemList problems;
    problems.require_whole("lapsed_customers", input.lapsed_customers, 1, clv::limits::max_count);
    problems.require_range("offer_cost_per_customer", input.offer_cost_per_customer, 0, clv::limits::max_money / 1e3);
    problems.require_range("win_back_rate", input.win_back_rate, 0, 1);
    problems.require_range("regained_customer_value", input.regained_customer_value, 0, clv::limits::max_money / 1e3);
    return problems.take();
}

void add_break_even(const WinBackInput& input, WinBackResult& out) {
    const double cost = input.offer_cost_per_customer, value = input.regained_customer_value;
    const NamedValue cost_value{"offer_cost_per_customer", cost, Unit::money};
    const NamedValue regained_value{"regained_customer_value", value, Unit::money};
    if (cost == 0) out.break_even_win_back_rate = 0.0;  // a free offer never loses
    else if (value > 0 && cost <= value)
        out.break_even_win_back_rate = out.explanation.record("break_even_win_back_rate", "win_back.break_even_rate",
                                                              {cost_value, regained_value},
                                                              {"break_even_win_back_rate", cost / value, Unit::share});
    else out.warnings.push_back({"break_even_unreachable", {cost_value, regained_value}});
}

}  // namespace

Outcome<WinBackResult> compute_win_back(const WinBackInput& input) {
    detail::count_calculation();
    auto problems = validate(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};
    WinBackResult out;
    auto& e = out.explanation;
    const NamedValue lapsed{"lapsed_customers", input.lapsed_customers, Unit::count};
    const NamedValue rate{"win_back_rate", input.win_back_rate, Unit::share};
    const NamedValue cost{"offer_cost_per_customer", input.offer_cost_per_customer, Unit::money};
    out.expected_value_per_customer = e.record(
        "expected_value_per_customer", "win_back.expected_value",
        {rate, {"regained_customer_value", input.regained_customer_value, Unit::money}},
        {"expected_value_per_customer", input.win_back_rate * input.regained_customer_value, Unit::money});
    out.net_value_per_customer = e.record(
        "net_value_per_customer", "win_back.net_value",
        {{"expected_value_per_customer", out.expected_value_per_customer, Unit::money}, cost},
        {"net_value_per_customer", out.expected_value_per_customer - input.offer_cost_per_customer, Unit::money});
    out.regained_customers = e.record("regained_customers", "win_back.regained", {lapsed, rate},
                                      {"regained_customers", input.lapsed_customers * input.win_back_rate, Unit::count});
    out.total_offer_cost = e.record("total_offer_cost", "win_back.total", {lapsed, cost},
                                    {"total_offer_cost", input.lapsed_customers * input.offer_cost_per_customer, Unit::money});
    out.total_net_value = e.record("total_net_value", "win_back.total",
                                   {lapsed, {"net_value_per_customer", out.net_value_per_customer, Unit::money}},
                                   {"total_net_value", input.lapsed_customers * out.net_value_per_customer, Unit::money});
    if (out.total_offer_cost > 0)
        out.roi = e.record("roi", "win_back.roi",
                           {{"total_net_value", out.total_net_value, Unit::money},
                            {"total_offer_cost", out.total_offer_cost, Unit::money}},
                           {"roi", out.total_net_value / out.total_offer_cost, Unit::ratio});
    if (input.win_back_rate > 0)
        out.cost_per_regained_customer = e.record(
            "cost_per_regained_customer", "win_back.cost_per_regained", {cost, rate},
            {"cost_per_regained_customer", input.offer_cost_per_customer / input.win_back_rate, Unit::money});
    add_break_even(input, out);
    if (out.net_value_per_customer < 0)
        out.warnings.push_back({"unprofitable", {{"net_value_per_customer", out.net_value_per_customer, Unit::money}}});
    return {out, {}};
}

}  // namespace clv::workbench
