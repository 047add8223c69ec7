#include "lifetime_value.hpp"

namespace clv {

const char* basis_name(ClvBasis basis) { return basis == ClvBasis::margin ? "margin" : "revenue"; }

Outcome<SimpleClvResult> compute_simple_clv(const SimpleClvInput& input) {
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
    if (input.gross_margin_rate) {
        out.basis = ClvBasis::margin;
        out.clv = out.explanation.record(
            "clv", "simple_clv.margin",
            {{"revenue_value", out.revenue_value, Unit::money},
             {"gross_margin_rate", *input.gross_margin_rate, Unit::share}},
            {"clv", out.revenue_value * *input.gross_margin_rate, Unit::money});
    } else {
        out.basis = ClvBasis::revenue;
        out.clv = out.revenue_value;
        out.warnings.push_back({"revenue_only", {}});
    }
    return {out, {}};
}

}  // namespace clv
