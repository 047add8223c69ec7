// "unit_economics": one client's costs, purchase behaviour and retention -> CAC, retention cost,
// CLV in three conventions, profit per customer, LTV:CAC, payback and totals.
#include "../cost_items_json.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

using workbench::UnitEconomicsInput;
using workbench::UnitEconomicsResult;

namespace {

std::optional<std::vector<CostItem>> read_spend(InputReader& inputs, const char* name, const char* family) {
    auto reader = inputs.object(name);
    if (!reader) return std::nullopt;
    auto items = read_cost_items(*reader, family);
    reader->reject_unknown_fields();
    return items;
}

nlohmann::json convention_json(const workbench::ConventionEconomics& value, bool with_steps) {
    nlohmann::json out = nlohmann::json::object();
    out["convention"] = convention_name(value.convention);
    out["clv"] = optional_number(value.clv);
    out["margin_multiple"] = optional_number(value.margin_multiple);
    out["retention_cost_over_lifetime"] = optional_number(value.retention_cost_over_lifetime);
    out["profit"] = optional_number(value.profit);
    out["ltv_to_cac"] = optional_number(value.ltv_to_cac);
    out["payback_period"] = optional_whole_number(value.payback_period);
    out["simple_payback_periods"] = optional_number(value.simple_payback_periods);
    if (with_steps) out["steps"] = to_json(value.explanation);
    return out;
}

}  // namespace

std::optional<workbench::CustomerValueInput> read_customer_behaviour(InputReader& inputs) {
    workbench::CustomerValueInput input;
    bool complete = true;
    auto order_value = inputs.number("average_order_value");
    auto orders = inputs.number("orders_per_period");
    auto margin = inputs.number("gross_margin_rate");
    input.retention_rate = inputs.optional_number("retention_rate", complete);
    input.retention_rates = inputs.optional_number_list("retention_rates", limits::max_periods, complete);
    auto discount_rate = inputs.number("discount_rate");
    auto period = read_period(inputs, "period", Period::year);
    auto rate_period = read_period(inputs, "discount_rate_period", period.value_or(Period::year));
    input.horizon_periods = inputs.optional_number("horizon_periods", complete);
    auto convention = inputs.choice("convention", convention_names(), "end_retained");
    if (!complete || !order_value || !orders || !margin || !discount_rate || !period || !rate_period || !convention)
        return std::nullopt;
    input.average_order_value = *order_value;
    input.orders_per_period = *orders;
    input.gross_margin_rate = *margin;
    input.discount_rate = *discount_rate;
    input.period = *period;
    input.discount_rate_period = *rate_period;
    input.convention = *convention_from_name(*convention);
    return input;
}

std::optional<UnitEconomicsInput> read_unit_economics_input(InputReader& inputs) {
    UnitEconomicsInput input;
    bool complete = true;
    auto acquisition = read_spend(inputs, "acquisition_spend", "acquisition");
    auto new_customers = inputs.number("new_customers");
    auto retention = read_spend(inputs, "retention_spend", "retention");
    auto retained = inputs.number("customers_retained");
    auto customer = read_customer_behaviour(inputs);
    input.customers = inputs.optional_number("customers", complete);
    if (!complete || !acquisition || !new_customers || !retention || !retained || !customer) return std::nullopt;
    input.acquisition_items = std::move(*acquisition);
    input.new_customers = *new_customers;
    input.retention_items = std::move(*retention);
    input.customers_retained = *retained;
    input.customer = std::move(*customer);
    return input;
}

nlohmann::json unit_economics_json(const UnitEconomicsResult& value) {
    nlohmann::json out = nlohmann::json::object();
    out["acquisition_spend"] = number_or_null(value.acquisition_spend);
    out["cac"] = number_or_null(value.cac);
    out["acquisition_shares"] = shares_json(value.acquisition_shares);
    out["retention_spend"] = number_or_null(value.retention_spend);
    out["retention_cost_per_customer"] = number_or_null(value.retention_cost_per_customer);
    out["retention_shares"] = shares_json(value.retention_shares);
    add_customer_value_json(out, value.customer);
    out["customers"] = number_or_null(value.customers);
    out["total_clv"] = optional_number(value.total_clv);
    out["total_profit"] = optional_number(value.total_profit);
    return out;
}

void add_customer_value_json(nlohmann::json& out, const workbench::CustomerValueResult& value) {
    out["revenue_per_period"] = number_or_null(value.revenue_per_period);
    out["margin_per_period"] = number_or_null(value.margin_per_period);
    out["discount_rate_per_period"] = number_or_null(value.discount_rate_per_period);
    out["expected_lifetime_periods"] = optional_number(value.expected_lifetime_periods);
    out["horizon"] = horizon_name(value.horizon);
    out["horizon_periods"] = optional_whole_number(value.horizon_periods);
    // The lead convention's numbers at the top, for the dashboard.
    nlohmann::json lead = convention_json(value.lead(), false);
    for (auto& item : lead.items()) out[item.key()] = std::move(item.value());
    nlohmann::json conventions = nlohmann::json::array();
    for (const auto& convention : value.conventions) conventions.push_back(convention_json(convention, true));
    out["conventions"] = std::move(conventions);
    out["period"] = period_name(value.period);
}

CalculationOutput evaluate_unit_economics(InputReader& inputs) {
    auto input = read_unit_economics_input(inputs);
    if (!input) return {};
    return encode_outcome(inputs, workbench::compute_unit_economics(*input), unit_economics_json);
}

}  // namespace clv::api
