#include "lifetime_value.hpp"

#include "evaluation_count.hpp"

namespace clv {

const char* basis_name(ClvBasis basis) { return basis == ClvBasis::margin ? "margin" : "revenue"; }

namespace {

// CLV from the revenue value: x gross margin rate (step "clv"), or the revenue with warning
// revenue_only.
template <class Result>
void add_margin(std::optional<double> gross_margin_rate, Result& out) {
    if (gross_margin_rate) {
        out.basis = ClvBasis::margin;
        out.clv = out.explanation.record(
            "clv", "simple_clv.margin",
            {{"revenue_value", out.revenue_value, Unit::money},
             {"gross_margin_rate", *gross_margin_rate, Unit::share}},
            {"clv", out.revenue_value * *gross_margin_rate, Unit::money});
    } else {
        out.basis = ClvBasis::revenue;
        out.clv = out.revenue_value;
        out.warnings.push_back({"revenue_only", {}});
    }
}

}  // namespace

Outcome<SimpleClvResult> compute_simple_clv(const SimpleClvInput& input) {
    detail::count_calculation();
    ProblemList problems;
    problems.require_range("average_purchase", input.average_purchase, 0, limits::max_money);
    problems.require_range("purchases_per_period", input.purchases_per_period, 0,
                           limits::max_count);
    problems.require_range("lifespan_periods", input.lifespan_periods, 0, limits::max_lifespan);
    if (input.gross_margin_rate)
        problems.require_range("gross_margin_rate", *input.gross_margin_rate, 0, 1);
    if (!problems.empty()) return {std::nullopt, problems.take()};

    SimpleClvResult out;
    out.period = input.period;
    out.revenue_value = out.explanation.record(
        "revenue_value", "simple_clv.revenue",
        {{"average_purchase", input.average_purchase, Unit::money},
         {"purchases_per_period", input.purchases_per_period, Unit::count},
         {"lifespan_periods", input.lifespan_periods, Unit::periods}},
        {"revenue_value",
         input.average_purchase * input.purchases_per_period * input.lifespan_periods,
         Unit::money});
    add_margin(input.gross_margin_rate, out);
    return {out, {}};
}

Outcome<SimpleClvTotalsResult> compute_simple_clv_totals(const SimpleClvTotalsInput& input) {
    detail::count_calculation();
    ProblemList problems;
    problems.require_range("total_revenue", input.total_revenue, 0, limits::max_money);
    problems.require_whole("total_purchases", input.total_purchases, 1, limits::max_count);
    problems.require_whole("customers", input.customers, 1, limits::max_count);
    problems.require_range("total_lifespan_periods", input.total_lifespan_periods, 0,
                           limits::max_lifespan * limits::max_count);
    if (input.gross_margin_rate)
        problems.require_range("gross_margin_rate", *input.gross_margin_rate, 0, 1);
    if (!problems.empty()) return {std::nullopt, problems.take()};

    SimpleClvTotalsResult out;
    out.period = input.period;
    auto& steps = out.explanation;
    out.average_purchase = steps.record(
        "average_purchase", "simple_clv_totals.average_purchase",
        {{"total_revenue", input.total_revenue, Unit::money},
         {"total_purchases", input.total_purchases, Unit::count}},
        {"average_purchase", input.total_revenue / input.total_purchases, Unit::money});
    out.purchase_frequency = steps.record(
        "purchase_frequency", "simple_clv_totals.purchase_frequency",
        {{"total_purchases", input.total_purchases, Unit::count},
         {"customers", input.customers, Unit::count}},
        {"purchase_frequency", input.total_purchases / input.customers, Unit::count});
    out.customer_value = steps.record(
        "customer_value", "simple_clv_totals.customer_value",
        {{"average_purchase", out.average_purchase, Unit::money},
         {"purchase_frequency", out.purchase_frequency, Unit::count}},
        {"customer_value", out.average_purchase * out.purchase_frequency, Unit::money});
    out.average_lifespan_periods = steps.record(
        "average_lifespan_periods", "simple_clv_totals.average_lifespan",
        {{"total_lifespan_periods", input.total_lifespan_periods, Unit::periods},
         {"customers", input.customers, Unit::count}},
        {"average_lifespan_periods", input.total_lifespan_periods / input.customers, Unit::periods});
    out.revenue_value = steps.record(
        "revenue_value", "simple_clv_totals.revenue",
        {{"customer_value", out.customer_value, Unit::money},
         {"average_lifespan_periods", out.average_lifespan_periods, Unit::periods}},
        {"revenue_value", out.customer_value * out.average_lifespan_periods, Unit::money});
    add_margin(input.gross_margin_rate, out);
    return {out, {}};
}

}  // namespace clv
