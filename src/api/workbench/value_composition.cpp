// "value_composition": one customer's historical, current and potential value with each part's
// share; share of wallet (value at today's and a target share) and scope.
#include "../../core/workbench/value_composition.hpp"
#include "scenario_calculations.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

using workbench::ValueCompositionInput;
using workbench::ValueCompositionResult;

namespace {

// The optional numbers of the potential, wallet and scope parts.
bool read_potential(InputReader& inputs, ValueCompositionInput& input) {
    bool complete = true;
    auto number = [&](const char* name, double& to) {
        auto value = inputs.number_or(name, 0);
        if (value) to = *value;
        else complete = false;
    };
    number("cross_sell_margin_per_period", input.cross_sell_margin_per_period);
    number("cross_sell_adoption_rate", input.cross_sell_adoption_rate);
    number("referrals_per_period", input.referrals_per_period);
    number("referred_customer_value", input.referred_customer_value);
    number("spend_growth_rate", input.spend_growth_rate);
    input.category_spend_per_period = inputs.optional_number("category_spend_per_period", complete);
    input.target_share_of_wallet = inputs.optional_number("target_share_of_wallet", complete);
    input.product_lines_used = inputs.optional_number("product_lines_used", complete);
    input.product_lines_offered = inputs.optional_number("product_lines_offered", complete);
    return complete;
}

nlohmann::json parts_json(const std::vector<workbench::ValuePart>& parts) {
    return table_rows_json(parts, [](nlohmann::json& item, const workbench::ValuePart& part) {
        item["part"] = part.part;
        item["value"] = number_or_null(part.value);
        item["share"] = optional_number(part.share);
    });
}

nlohmann::json composition_json(const ValueCompositionResult& value) {
    nlohmann::json out = nlohmann::json::object();
    out["historical_value"] = number_or_null(value.historical_value);
    out["current_value"] = number_or_null(value.current_value);
    out["cross_sell_value"] = number_or_null(value.cross_sell_value);
    out["referral_value"] = number_or_null(value.referral_value);
    out["spend_growth_value"] = number_or_null(value.spend_growth_value);
    out["potential_value"] = number_or_null(value.potential_value);
    out["total_value"] = number_or_null(value.total_value);
    out["parts"] = parts_json(value.parts);
    out["potential_parts"] = parts_json(value.potential_parts);
    out["share_of_wallet"] = optional_number(value.share_of_wallet);
    out["target_share_of_wallet"] = optional_number(value.target_share_of_wallet);
    out["value_at_current_share"] = optional_number(value.value_at_current_share);
    out["value_at_target_share"] = optional_number(value.value_at_target_share);
    out["scope"] = optional_number(value.scope);
    out["margin_multiple"] = number_or_null(value.margin_multiple);
    out["revenue_per_period"] = number_or_null(value.customer.revenue_per_period);
    out["margin_per_period"] = number_or_null(value.customer.margin_per_period);
    out["discount_rate_per_period"] = number_or_null(value.customer.discount_rate_per_period);
    out["expected_lifetime_periods"] = optional_number(value.customer.expected_lifetime_periods);
    out["horizon"] = horizon_name(value.customer.horizon);
    out["horizon_periods"] = optional_whole_number(value.customer.horizon_periods);
    out["convention"] = convention_name(value.customer.convention);
    out["period"] = period_name(value.customer.period);
    return out;
}

}  // namespace

CalculationOutput evaluate_value_composition(InputReader& inputs) {
    ValueCompositionInput input;
    bool complete = true;
    input.historical_margins = inputs.optional_number_list("historical_margins", limits::max_periods, complete);
    input.historical_margin_total = inputs.optional_number("historical_margin_total", complete);
    auto history = inputs.choice("history", workbench::history_names(), "as_earned");
    auto customer = read_customer_behaviour(inputs, true);
    complete = read_potential(inputs, input) && complete;
    if (!complete || !history || !customer) return {};
    input.carry_history = *history == "carried_to_today";
    input.customer = std::move(*customer);
    return encode_outcome(inputs, workbench::compute_value_composition(input), composition_json);
}

}  // namespace clv::api
