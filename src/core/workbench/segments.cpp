#include "segments.hpp"

#include <algorithm>
#include <numeric>
#include <set>

#include "../evaluation_count.hpp"
#include "explanation_parts.hpp"
#include "segments_ranking.hpp"

namespace clv::workbench {

const std::vector<std::string>& lifecycle_stage_names() {
    static const std::vector<std::string> names = {"prospect", "new", "mature", "lapsed"};
    return names;
}

std::optional<LifecycleStage> lifecycle_stage_from_name(const std::string& name) {
    const auto& names = lifecycle_stage_names();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return LifecycleStage(i);
    return std::nullopt;
}

namespace {

CustomerValueInput customer_input(const SegmentsInput& input, const SegmentInput& segment) {
    CustomerValueInput in;
    in.acquisition_cost = segment.acquisition_cost;
    in.retention_cost_per_customer = segment.retention_cost_per_customer;
    in.average_order_value = segment.average_order_value;
    in.orders_per_period = segment.orders_per_period;
    in.gross_margin_rate = segment.gross_margin_rate;
    in.retention_rate = segment.retention_rate;
    in.discount_rate = input.discount_rate;
    in.discount_rate_period = input.discount_rate_period;
    in.period = input.period;
    in.horizon_periods = input.horizon_periods;
    in.convention = input.convention;
    return in;
}

void check_segment(ProblemList& problems, const SegmentInput& segment, const std::string& prefix) {
    if (segment.name.empty()) problems.add({prefix + "name", "missing_field"});
    problems.require_whole(prefix + "customers", segment.customers, 1, clv::limits::max_count);
    CustomerValueInput own;  // the segment's own fields, with valid shared ones
    own.acquisition_cost = segment.acquisition_cost;
    own.retention_cost_per_customer = segment.retention_cost_per_customer;
    own.average_order_value = segment.average_order_value;
    own.orders_per_period = segment.orders_per_period;
    own.gross_margin_rate = segment.gross_margin_rate;
    own.retention_rate = segment.retention_rate;
    for (auto& problem : validate_customer_value(own)) {
        problem.field = prefix + problem.field;
        problems.add(std::move(problem));
    }
}

std::vector<Problem> validate(const SegmentsInput& input) {
    ProblemList problems;
    if (input.segments.empty() || input.segments.size() > max_segments)
        problems.add({"segments", "wrong_length", 1.0, double(max_segments)});
    std::set<std::string> names;
    for (std::size_t i = 0; i < input.segments.size(); ++i) {
        const std::string prefix = "segments[" + std::to_string(i) + "].";
        check_segment(problems, input.segments[i], prefix);
        if (!input.segments[i].name.empty() && !names.insert(input.segments[i].name).second)
            problems.add({prefix + "name", "duplicate_name"});
    }
    problems.require_range("discount_rate", input.discount_rate, 0, clv::limits::max_discount_rate);
    if (input.horizon_periods)
        problems.require_whole("horizon_periods", *input.horizon_periods, 1, clv::limits::max_periods);
    problems.require_range("top_customer_share", input.top_customer_share, 0, 1);
    problems.require_range("tier_a_customer_share", input.tier_a_customer_share, 0, 1);
    problems.require_range("tier_b_customer_share", input.tier_b_customer_share, 0, 1);
    return problems.take();
}

// Loss reasons: every period loses money, or the lifetime's net value does not cover CAC.
std::optional<std::string> loss_reason(const SegmentValue& value, const CustomerValueResult& customer,
                                       const SegmentInput& segment) {
    if (value.profit_per_customer >= 0) return std::nullopt;
    if (segment.retention_cost_per_customer >= customer.margin_per_period) return "retention_cost_exceeds_margin";
    return "acquisition_cost_exceeds_net_value";
}

}  // namespace

Outcome<SegmentsResult> compute_segments(const SegmentsInput& input) {
    detail::count_calculation();
    auto problems = validate(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};

    SegmentsResult out;
    out.convention = input.convention;
    out.period = input.period;
    ProblemList diverging;
    double total_acquisition = 0;
    for (std::size_t i = 0; i < input.segments.size(); ++i) {
        const auto& segment = input.segments[i];
        auto customer = compute_customer_value(customer_input(input, segment));
        const auto& lead = customer.value->lead();
        if (!lead.clv || !lead.profit) {
            diverging.add({"segments[" + std::to_string(i) + "].retention_rate", "value_diverges"});
            continue;
        }
        SegmentValue value;
        value.name = segment.name;
        value.lifecycle_stage = segment.lifecycle_stage;
        value.customers = segment.customers;
        value.clv = *lead.clv;
        value.profit_per_customer = *lead.profit;
        value.total_profit = value.customers * value.profit_per_customer;
        value.ltv_to_cac = lead.ltv_to_cac;
        value.payback_period = lead.payback_period;
        value.loss_reason = loss_reason(value, *customer.value, segment);
        value.explanation = customer.value->explanation;
        value.explanation.record("total_profit", "unit_economics.total",
                                 {{"customers", value.customers, Unit::count},
                                  {"profit", value.profit_per_customer, Unit::money}},
                                 {"total_profit", value.total_profit, Unit::money});
        for (const auto& warning : customer.value->warnings)  // the model's caveats, not a group's
            if (warning.code == "rate_converted" || warning.code == "finite_horizon_truncates")
                add_warning_once(out.warnings, warning);
        total_acquisition += segment.customers * segment.acquisition_cost;
        out.segments.push_back(std::move(value));
    }
    if (!diverging.empty()) return {std::nullopt, diverging.take()};
    for (const auto& value : out.segments) {
        out.total_customers += value.customers;
        out.total_clv += value.customers * value.clv;
        out.total_profit += value.total_profit;
    }
    if (total_acquisition > 0) out.ltv_to_cac = out.total_clv / total_acquisition;
    rank_segments(input, out);
    return {out, {}};
}

}  // namespace clv::workbench
