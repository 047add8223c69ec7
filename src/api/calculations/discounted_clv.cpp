// "discounted_clv": present value of a constant flow or a list of flows, finite or perpetual.
#include "../../core/discounted_clv.hpp"
#include "../answer_check_json.hpp"
#include "../calculation.hpp"

namespace clv::api {

std::optional<DiscountedClvInput> read_discounted_clv_input(InputReader& inputs) {
    DiscountedClvInput input;
    bool complete = true;
    input.cash_flow_per_period = inputs.optional_number("cash_flow_per_period", complete);
    input.cash_flows = inputs.optional_number_list("cash_flows", limits::max_periods, complete);
    auto discount_rate = inputs.number("discount_rate");
    auto period = read_period(inputs, "period", Period::year);
    auto rate_period = read_period(inputs, "discount_rate_period", period.value_or(Period::year));
    input.periods = inputs.optional_number("periods", complete);
    auto timing = inputs.choice("timing", timing_names(), "end");
    input.table_periods = inputs.optional_number("table_periods", complete);
    if (!complete || !discount_rate || !period || !rate_period || !timing) return std::nullopt;
    input.discount_rate = *discount_rate;
    input.period = *period;
    input.discount_rate_period = *rate_period;
    input.timing = *timing_from_name(*timing);
    return input;
}

namespace {

nlohmann::json table_json(const std::vector<DiscountedRow>& table) {
    return table_rows_json(table, [](nlohmann::json& item, const DiscountedRow& row) {
        item["period"] = row.period;
        item["time"] = number_or_null(row.time);
        item["cash_flow"] = number_or_null(row.cash_flow);
        item["discount_factor"] = number_or_null(row.discount_factor);
        item["present_value"] = number_or_null(row.present_value);
        item["cumulative_present_value"] = number_or_null(row.cumulative_present_value);
    });
}

}  // namespace

CalculationOutput evaluate_discounted_clv(InputReader& inputs) {
    auto input = read_discounted_clv_input(inputs);
    if (!input) return {};
    return encode_outcome(inputs, compute_discounted_clv(*input), [](const DiscountedClvResult& value) {
        nlohmann::json result{{"clv", optional_number(value.clv)},
                              {"timing", timing_name(value.timing)},
                              {"horizon", horizon_name(value.horizon)},
                              {"periods", optional_whole_number(value.periods)},
                              {"discount_rate_per_period", number_or_null(value.discount_rate_per_period)},
                              {"perpetuity_clv", optional_number(value.perpetuity_clv)},
                              {"period", period_name(value.period)}};
        result["table"] = table_json(value.table);
        return result;
    });
}

}  // namespace clv::api
