// "retention_clv": margin kept while the customer is retained, in all three conventions.
#include "../../core/retention_clv.hpp"
#include "../answer_check_json.hpp"
#include "../calculation.hpp"

namespace clv::api {

std::optional<RetentionClvInput> read_retention_clv_input(InputReader& inputs) {
    RetentionClvInput input;
    bool complete = true;
    auto margin = inputs.number("margin_per_period");
    input.retention_rate = inputs.optional_number("retention_rate", complete);
    input.retention_rates =
        inputs.optional_number_list("retention_rates", limits::max_periods, complete);
    auto discount_rate = inputs.number("discount_rate");
    auto period = read_period(inputs, "period", Period::year);
    auto rate_period = read_period(inputs, "discount_rate_period", period.value_or(Period::year));
    input.periods = inputs.optional_number("periods", complete);
    input.retention_spend_per_period =
        inputs.optional_number("retention_spend_per_period", complete);
    input.table_periods = inputs.optional_number("table_periods", complete);
    if (!complete || !margin || !discount_rate || !period || !rate_period) return std::nullopt;
    input.margin_per_period = *margin;
    input.discount_rate = *discount_rate;
    input.period = *period;
    input.discount_rate_period = *rate_period;
    return input;
}

namespace {

nlohmann::json table_json(const std::vector<RetentionRow>& table) {
    return table_rows_json(table, [](nlohmann::json& item, const RetentionRow& row) {
        item["period"] = row.period;
        item["time"] = number_or_null(row.time);
        item["retention_rate"] = optional_number(row.retention_rate);
        item["survival"] = number_or_null(row.survival);
        item["discount_factor"] = number_or_null(row.discount_factor);
        item["expected_margin"] = number_or_null(row.expected_margin);
        item["present_value"] = number_or_null(row.present_value);
        item["cumulative_present_value"] = number_or_null(row.cumulative_present_value);
    });
}

}  // namespace

CalculationOutput evaluate_retention_clv(InputReader& inputs) {
    auto input = read_retention_clv_input(inputs);
    if (!input) return {};
    return encode_outcome(inputs, compute_retention_clv(*input), [](const RetentionClvResult& value) {
        nlohmann::json conventions = nlohmann::json::array();
        for (const auto& convention : value.conventions) {
            nlohmann::json item = nlohmann::json::object();
            item["convention"] = convention_name(convention.convention);
            item["clv"] = optional_number(convention.clv);
            item["limit"] = optional_number(convention.limit);
            item["steps"] = to_json(convention.explanation);
            item["table"] = table_json(convention.table);
            conventions.push_back(std::move(item));
        }
        nlohmann::json result{{"net_margin_per_period", number_or_null(value.net_margin_per_period)},
                              {"discount_rate_per_period", number_or_null(value.discount_rate_per_period)},
                              {"horizon", horizon_name(value.horizon)},
                              {"periods", optional_whole_number(value.periods)},
                              {"period", period_name(value.period)}};
        result["conventions"] = std::move(conventions);
        return result;
    });
}

}  // namespace clv::api
