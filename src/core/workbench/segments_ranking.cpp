#include "segments_ranking.hpp"

#include <algorithm>
#include <numeric>

#include "explanation_parts.hpp"

namespace clv::workbench {

namespace {

// Group indices from the highest profit per customer down (ties keep the input order).
std::vector<std::size_t> ranked(const SegmentsResult& out) {
    std::vector<std::size_t> order(out.segments.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return out.segments[a].profit_per_customer > out.segments[b].profit_per_customer;
    });
    return order;
}

void add_totals(SegmentsResult& out) {
    std::vector<NamedValue> profits;
    for (const auto& value : out.segments) profits.push_back({value.name, value.total_profit, Unit::money});
    out.explanation.record("total_profit", "segments.total_profit", profits,
                           {"total_profit", out.total_profit, Unit::money});
    const NamedValue customers{"total_customers", out.total_customers, Unit::count};
    out.average_clv = out.explanation.record("average_clv", "segments.average",
                                             {{"total_clv", out.total_clv, Unit::money}, customers},
                                             {"average_clv", out.total_clv / out.total_customers, Unit::money});
    out.average_profit = out.explanation.record(
        "average_profit", "segments.average", {{"total_profit", out.total_profit, Unit::money}, customers},
        {"average_profit", out.total_profit / out.total_customers, Unit::money});
}

// The profit share of the first `share` of customers: whole groups, then the part of the next
// group that reaches the share (its customers are alike, so the part is linear).
void add_top_share(const SegmentsInput& input, const std::vector<std::size_t>& order, SegmentsResult& out) {
    const double wanted = input.top_customer_share * out.total_customers;
    double customers = 0, profit = 0;
    for (std::size_t index : order) {
        const auto& value = out.segments[index];
        const double taken = std::min(value.customers, wanted - customers);
        if (taken <= 0) break;
        customers += taken;
        profit += taken * value.profit_per_customer;
    }
    if (out.total_profit <= 0) return;
    out.top_share_of_profit = out.explanation.record(
        "top_share_of_profit", "segments.top_share",
        {{"top_customer_share", input.top_customer_share, Unit::share},
         {"top_customers_profit", profit, Unit::money}, {"total_profit", out.total_profit, Unit::money}},
        {"top_share_of_profit", profit / out.total_profit, Unit::share});
}

void add_tiers(const SegmentsInput& input, const std::vector<std::size_t>& order, SegmentsResult& out) {
    out.tiers = {{'A', input.tier_a_customer_share, {}, 0, 0, std::nullopt, std::nullopt},
                 {'B', input.tier_b_customer_share, {}, 0, 0, std::nullopt, std::nullopt},
                 {'C', 1.0, {}, 0, 0, std::nullopt, std::nullopt}};
    double before = 0;
    for (std::size_t index : order) {
        auto& value = out.segments[index];
        const double start = before / out.total_customers;
        const int tier = start < input.tier_a_customer_share ? 0 : start < input.tier_b_customer_share ? 1 : 2;
        value.tier = out.tiers[tier].tier;
        auto& bucket = out.tiers[tier];
        bucket.segments.push_back(value.name);
        bucket.customers += value.customers;
        bucket.total_profit += value.total_profit;
        bucket.lowest_profit_per_customer = value.profit_per_customer;  // rank order: the last is lowest
        before += value.customers;
    }
    for (auto& bucket : out.tiers)
        if (out.total_profit > 0) bucket.share_of_profit = bucket.total_profit / out.total_profit;
}

}  // namespace

void rank_segments(const SegmentsInput& input, SegmentsResult& out) {
    add_totals(out);
    const auto order = ranked(out);
    out.pareto.push_back({0, 0, 0});
    double customers = 0, profit = 0;
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        auto& value = out.segments[order[rank]];
        value.rank = int(rank) + 1;
        if (out.total_profit > 0) value.share_of_profit = value.total_profit / out.total_profit;
        customers += value.customers;
        profit += value.total_profit;
        out.pareto.push_back({customers / out.total_customers,
                              out.total_profit > 0 ? profit / out.total_profit : 0.0, profit});
    }
    out.pareto.back().customer_share = 1;  // exactly, whatever the rounding of the sums
    if (out.total_profit > 0) out.pareto.back().profit_share = 1;
    add_top_share(input, order, out);
    add_tiers(input, order, out);
    Warning losses{"loss_making_segments", {}};
    for (const auto& value : out.segments)
        if (value.loss_reason) losses.values.push_back({value.name, value.total_profit, Unit::money});
    if (!losses.values.empty()) out.warnings.push_back(std::move(losses));
    if (out.total_profit <= 0)
        out.warnings.push_back({"no_total_profit", {{"total_profit", out.total_profit, Unit::money}}});
}

}  // namespace clv::workbench
