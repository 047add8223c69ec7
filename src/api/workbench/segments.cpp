// "segments": a table of customer groups (a list of row objects) -> each group's CLV, profit per
// customer and in total, share of profit, rank, tier and loss reason; the Pareto curve, the top
// customers' share of profit and the A/B/C tiers.
#include "../../core/workbench/segments.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

using workbench::SegmentInput;
using workbench::SegmentsInput;
using workbench::SegmentsResult;

namespace {

std::optional<SegmentInput> read_segment(InputReader& row) {
    SegmentInput segment;
    std::optional<std::string> name;
    if (row.has("name")) name = row.text("name", "");
    else row.number("name");  // missing_field, said the usual way
    auto customers = row.number("customers");
    auto order_value = row.number("average_order_value");
    auto orders = row.number("orders_per_period");
    auto margin = row.number("gross_margin_rate");
    auto retention = row.number("retention_rate");
    auto acquisition = row.number("acquisition_cost");
    auto retention_cost = row.number_or("retention_cost_per_customer", 0);
    auto stage = row.choice("lifecycle_stage", workbench::lifecycle_stage_names(), "");
    row.reject_unknown_fields();
    if (!name || !customers || !order_value || !orders || !margin || !retention ||
        !acquisition || !retention_cost || !stage)
        return std::nullopt;
    segment.name = *name;
    segment.customers = *customers;
    segment.average_order_value = *order_value;
    segment.orders_per_period = *orders;
    segment.gross_margin_rate = *margin;
    segment.retention_rate = *retention;
    segment.acquisition_cost = *acquisition;
    segment.retention_cost_per_customer = *retention_cost;
    if (!stage->empty()) segment.lifecycle_stage = workbench::lifecycle_stage_from_name(*stage);
    return segment;
}

nlohmann::json segment_json(const workbench::SegmentValue& value) {
    nlohmann::json out = nlohmann::json::object();
    out["name"] = value.name;
    out["lifecycle_stage"] = value.lifecycle_stage
                                 ? nlohmann::json(workbench::lifecycle_stage_names()[std::size_t(*value.lifecycle_stage)])
                                 : nlohmann::json(nullptr);
    out["customers"] = number_or_null(value.customers);
    out["clv"] = number_or_null(value.clv);
    out["profit_per_customer"] = number_or_null(value.profit_per_customer);
    out["total_profit"] = number_or_null(value.total_profit);
    out["share_of_profit"] = optional_number(value.share_of_profit);
    out["ltv_to_cac"] = optional_number(value.ltv_to_cac);
    out["payback_period"] = optional_whole_number(value.payback_period);
    out["rank"] = value.rank;
    out["tier"] = std::string(1, value.tier);
    out["loss_reason"] = value.loss_reason ? nlohmann::json(*value.loss_reason) : nlohmann::json(nullptr);
    out["steps"] = to_json(value.explanation);
    return out;
}

nlohmann::json tiers_json(const SegmentsResult& value) {
    nlohmann::json tiers = nlohmann::json::array();
    for (const auto& tier : value.tiers)
        tiers.push_back({{"tier", std::string(1, tier.tier)},
                         {"customer_share_limit", number_or_null(tier.customer_share_limit)},
                         {"segments", tier.segments},
                         {"customers", number_or_null(tier.customers)},
                         {"total_profit", number_or_null(tier.total_profit)},
                         {"share_of_profit", optional_number(tier.share_of_profit)},
                         {"lowest_profit_per_customer", optional_number(tier.lowest_profit_per_customer)}});
    return tiers;
}

}  // namespace

std::optional<SegmentsInput> read_segments_input(InputReader& inputs) {
    SegmentsInput input;
    bool complete = true;
    if (auto rows = inputs.object_list("segments", workbench::max_segments)) {
        for (auto& row : *rows) {
            auto segment = read_segment(row);
            if (segment) input.segments.push_back(std::move(*segment));
            else complete = false;
        }
    } else {
        complete = false;
    }
    auto discount_rate = inputs.number("discount_rate");
    auto period = read_period(inputs, "period", Period::year);
    auto rate_period = read_period(inputs, "discount_rate_period", period.value_or(Period::year));
    input.horizon_periods = inputs.optional_number("horizon_periods", complete);
    auto convention = inputs.choice("convention", convention_names(), "end_retained");
    auto top = inputs.number_or("top_customer_share", 0.2);
    auto tier_a = inputs.number_or("tier_a_customer_share", 0.2);
    auto tier_b = inputs.number_or("tier_b_customer_share", 0.5);
    if (!complete || !discount_rate || !period || !rate_period || !convention || !top || !tier_a || !tier_b)
        return std::nullopt;
    input.discount_rate = *discount_rate;
    input.period = *period;
    input.discount_rate_period = *rate_period;
    input.convention = *convention_from_name(*convention);
    input.top_customer_share = *top;
    input.tier_a_customer_share = *tier_a;
    input.tier_b_customer_share = *tier_b;
    return input;
}

nlohmann::json segments_json(const SegmentsResult& value) {
    nlohmann::json segments = nlohmann::json::array();
    for (const auto& segment : value.segments) segments.push_back(segment_json(segment));
    nlohmann::json pareto = table_rows_json(value.pareto, [](nlohmann::json& item, const workbench::ParetoPoint& point) {
        item["customer_share"] = number_or_null(point.customer_share);
        item["profit_share"] = number_or_null(point.profit_share);
        item["cumulative_profit"] = number_or_null(point.cumulative_profit);
    });
    nlohmann::json out = nlohmann::json::object();
    out["segments"] = std::move(segments);
    out["total_customers"] = number_or_null(value.total_customers);
    out["total_clv"] = number_or_null(value.total_clv);
    out["total_profit"] = number_or_null(value.total_profit);
    out["average_clv"] = number_or_null(value.average_clv);
    out["average_profit"] = number_or_null(value.average_profit);
    out["ltv_to_cac"] = optional_number(value.ltv_to_cac);
    out["pareto"] = std::move(pareto);
    out["top_share_of_profit"] = optional_number(value.top_share_of_profit);
    out["tiers"] = tiers_json(value);
    out["convention"] = convention_name(value.convention);
    out["period"] = period_name(value.period);
    return out;
}

CalculationOutput evaluate_segments(InputReader& inputs) {
    auto input = read_segments_input(inputs);
    if (!input) return {};
    return encode_outcome(inputs, workbench::compute_segments(*input), segments_json);
}

}  // namespace clv::api
