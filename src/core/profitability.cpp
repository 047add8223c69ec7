#include "profitability.hpp"

#include <cmath>

#include "evaluation_count.hpp"

namespace clv {

namespace {

ProblemList check(const ProfitabilityInput& input) {
    ProblemList problems;
    if (input.lifetime_value)
        problems.require_range("lifetime_value", *input.lifetime_value, 0, limits::max_money);
    else if (!input.revenue_per_period)
        problems.add({"lifetime_value", "missing_field"});  // nothing would be computed
    problems.require_range("acquisition_cost", input.acquisition_cost, 0, limits::max_money);
    problems.require_range("retention_cost", input.retention_cost, 0, limits::max_money);
    if (input.revenue_per_period)
        problems.require_range("revenue_per_period", *input.revenue_per_period, 0,
                               limits::max_money);
    if (input.gross_margin_rate)
        problems.require_range("gross_margin_rate", *input.gross_margin_rate, 0, 1);
    if (input.lifetime_periods)
        problems.require_positive("lifetime_periods", *input.lifetime_periods,
                                  limits::max_lifespan);
    return problems;
}

// Periods of margin that earn back the acquisition cost; none (and never_pays_back) when the
// margin is 0 or so small that the quotient is not a finite number.
void add_payback(const ProfitabilityInput& input, ProfitabilityResult& out) {
    const double margin = *out.margin_per_period;
    const double cac = input.acquisition_cost;
    const double payback = cac == 0 ? 0.0 : margin > 0 ? cac / margin : HUGE_VAL;
    if (!std::isfinite(payback)) {
        out.warnings.push_back({"never_pays_back",
                                {{"margin_per_period", margin, Unit::money}}});
        return;
    }
    out.payback_periods = out.explanation.record(
        "payback_periods", "profitability.payback",
        {{"acquisition_cost", cac, Unit::money}, {"margin_per_period", margin, Unit::money}},
        {"payback_periods", payback, Unit::periods});
    if (input.lifetime_periods && payback > *input.lifetime_periods)
        out.warnings.push_back({"payback_exceeds_lifetime",
                                {{"payback_periods", payback, Unit::periods},
                                 {"lifetime_periods", *input.lifetime_periods, Unit::periods}}});
}

// Profit and LTV:CAC, which only the lifetime value gives.
void add_lifetime_value_results(const ProfitabilityInput& input, double ltv,
                                ProfitabilityResult& out) {
    const double cac = input.acquisition_cost;
    out.profit = out.explanation.record(
        "profit", "profitability.profit",
        {{"lifetime_value", ltv, Unit::money}, {"acquisition_cost", cac, Unit::money},
         {"retention_cost", input.retention_cost, Unit::money}},
        {"profit", ltv - cac - input.retention_cost, Unit::money});

    const double ratio = cac > 0 ? ltv / cac : HUGE_VAL;
    if (std::isfinite(ratio)) {
        out.ltv_to_cac = out.explanation.record(
            "ltv_to_cac", "profitability.ltv_to_cac",
            {{"lifetime_value", ltv, Unit::money}, {"acquisition_cost", cac, Unit::money}},
            {"ltv_to_cac", ratio, Unit::ratio});
    } else {
        out.warnings.push_back({"zero_acquisition_cost",
                                {{"acquisition_cost", cac, Unit::money}}});
    }
}

}  // namespace

Outcome<ProfitabilityResult> compute_profitability(const ProfitabilityInput& input) {
    detail::count_calculation();
    ProblemList problems = check(input);
    if (!problems.empty()) return {std::nullopt, problems.take()};

    ProfitabilityResult out;
    out.period = input.period;
    if (input.lifetime_value) add_lifetime_value_results(input, *input.lifetime_value, out);

    if (input.revenue_per_period) {
        const double margin_rate = input.gross_margin_rate.value_or(1.0);
        if (!input.gross_margin_rate) out.warnings.push_back({"revenue_only", {}});
        out.margin_per_period = out.explanation.record(
            "margin_per_period", "profitability.margin_per_period",
            {{"revenue_per_period", *input.revenue_per_period, Unit::money},
             {"gross_margin_rate", margin_rate, Unit::share}},
            {"margin_per_period", *input.revenue_per_period * margin_rate, Unit::money});
        add_payback(input, out);
    }

    if (out.profit && *out.profit < 0)
        out.warnings.push_back({"unprofitable", {{"profit", *out.profit, Unit::money}}});
    return {out, {}};
}

}  // namespace clv
