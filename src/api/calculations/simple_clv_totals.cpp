// "simple_clv_totals": a period's total revenue, purchases, customers and summed lifespans ->
// average purchase value, purchase frequency, customer value, average lifespan, CLV.
#include "../../core/lifetime_value.hpp"
#include "../../core/slips.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_simple_clv_totals(InputReader& inputs) {
    SimpleClvTotalsInput input;
    bool complete = true;
    auto revenue = inputs.number("total_revenue");
    auto purchases = inputs.number("total_purchases");
    auto customers = inputs.number("customers");
    auto lifespan = inputs.number("total_lifespan_periods");
    input.gross_margin_rate = inputs.optional_number("gross_margin_rate", complete);
    auto period = read_period(inputs, "period", Period::year);
    if (!revenue || !purchases || !customers || !lifespan || !period || !complete) return {};
    input.total_revenue = *revenue;
    input.total_purchases = *purchases;
    input.customers = *customers;
    input.total_lifespan_periods = *lifespan;
    input.period = *period;

    return encode_outcome(
        inputs, input, compute_simple_clv_totals(input),
        [](const SimpleClvTotalsResult& value) {
            return nlohmann::json{{"average_purchase", number_or_null(value.average_purchase)},
                                  {"purchase_frequency", number_or_null(value.purchase_frequency)},
                                  {"customer_value", number_or_null(value.customer_value)},
                                  {"average_lifespan_periods", number_or_null(value.average_lifespan_periods)},
                                  {"revenue_value", number_or_null(value.revenue_value)},
                                  {"clv", number_or_null(value.clv)},
                                  {"basis", basis_name(value.basis)},
                                  {"period", period_name(value.period)}};
        },
        [](const SimpleClvTotalsInput& in, const SimpleClvTotalsResult& value,
           const std::string& result, const std::string&) {
            return result == "clv" ? simple_clv_totals_slips(in, value) : std::vector<Slip>{};
        });
}

}  // namespace clv::api
