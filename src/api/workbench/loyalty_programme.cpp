// "loyalty_programme": members, fee, cost and uplifts over a non-member's behaviour -> the
// incremental CLV per member, programme profit and ROI, and each uplift's break-even.
#include "../../core/workbench/loyalty.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

CalculationOutput evaluate_loyalty_programme(InputReader& inputs) {
    auto members = inputs.number("members");
    auto fee = inputs.number_or("annual_fee", 0);
    auto cost = inputs.number_or("annual_cost_per_member", 0);
    auto customer = read_customer_behaviour(inputs, false);
    auto retention = inputs.number_or("retention_uplift", 0);
    auto frequency = inputs.number_or("frequency_uplift", 0);
    auto spend = inputs.number_or("spend_uplift", 0);
    if (!members || !fee || !cost || !customer || !retention || !frequency || !spend) return {};
    workbench::LoyaltyInput input{*members, *fee, *cost, *customer, *retention, *frequency, *spend};
    return encode_outcome(inputs, workbench::compute_loyalty_programme(input), [](const workbench::LoyaltyResult& value) {
        return nlohmann::json{
            {"fee_per_period", number_or_null(value.fee_per_period)},
            {"cost_per_period", number_or_null(value.cost_per_period)},
            {"base_clv", number_or_null(value.base_clv)},
            {"member_clv", number_or_null(value.member_clv)},
            {"member_margin_multiple", number_or_null(value.member_margin_multiple)},
            {"incremental_clv", number_or_null(value.incremental_clv)},
            {"fee_value", number_or_null(value.fee_value)},
            {"cost_value", number_or_null(value.cost_value)},
            {"value_per_member", number_or_null(value.value_per_member)},
            {"programme_profit", number_or_null(value.programme_profit)},
            {"programme_cost", number_or_null(value.programme_cost)},
            {"roi", optional_number(value.roi)},
            {"break_even_retention_uplift", optional_number(value.break_even_retention_uplift)},
            {"break_even_frequency_uplift", optional_number(value.break_even_frequency_uplift)},
            {"break_even_spend_uplift", optional_number(value.break_even_spend_uplift)},
            {"convention", convention_name(value.convention)},
            {"period", period_name(value.period)}};
    });
}

}  // namespace clv::api
