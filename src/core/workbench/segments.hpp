// Customer groups side by side: each group's value per customer (customer_value.hpp) and in
// total, its share of the total profit, the cumulative-profit (Pareto) curve over customers
// ranked by profit per customer with the share the top customers bring, the groups that lose
// money and why, and A/B/C tiers by the share of customers ranked first.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "customer_value.hpp"

namespace clv::workbench {

// Where a group is in its life with the client (optional, echoed and counted).
enum class LifecycleStage { prospect, new_customers, mature, lapsed };
const std::vector<std::string>& lifecycle_stage_names();  // prospect, new, mature, lapsed
std::optional<LifecycleStage> lifecycle_stage_from_name(const std::string& name);

constexpr std::size_t max_segments = 1000;

struct SegmentInput {
    std::string name;
    double customers = 0;                 // whole >= 1
    double average_order_value = 0;       // money per order
    double orders_per_period = 0;
    double gross_margin_rate = 0;         // 0..1
    double retention_rate = 0;            // per period, 0..1
    double acquisition_cost = 0;          // per customer, money
    double retention_cost_per_customer = 0;  // per customer per period, money
    std::optional<LifecycleStage> lifecycle_stage;
};

struct SegmentsInput {
    std::vector<SegmentInput> segments;   // 1..max_segments, distinct names
    double discount_rate = 0;
    Period discount_rate_period = Period::year;
    Period period = Period::year;
    std::optional<double> horizon_periods;
    RetentionConvention convention = RetentionConvention::end_retained;
    double top_customer_share = 0.2;      // the Pareto statistic's "top 20 %"
    double tier_a_customer_share = 0.2;   // A: groups starting within the first 20 % of customers
    double tier_b_customer_share = 0.5;   // B: ... within the first 50 % (none below A's); C: the rest
};

struct SegmentValue {
    std::string name;
    std::optional<LifecycleStage> lifecycle_stage;
    double customers = 0;
    double clv = 0, profit_per_customer = 0, total_profit = 0;  // the lead convention's, money
    std::optional<double> ltv_to_cac;
    std::optional<int> payback_period;
    std::optional<double> share_of_profit;  // total profit / all groups' profit; null if that is <= 0
    int rank = 0;                           // 1 = highest profit per customer
    char tier = 'C';
    std::optional<std::string> loss_reason;  // retention_cost_exceeds_margin /
                                             // acquisition_cost_exceeds_net_value (profit < 0)
    Explanation explanation;                 // the group's customer_value steps
};

// A point of the cumulative-profit curve: after the first customers (ranked), their profit.
struct ParetoPoint {
    double customer_share = 0;   // customers so far / all customers
    double profit_share = 0;     // their profit / total profit (may pass 1 before losses)
    double cumulative_profit = 0;
};

struct Tier {
    char tier = 'A';
    double customer_share_limit = 0;        // groups starting below this share of customers
    std::vector<std::string> segments;      // in rank order
    double customers = 0, total_profit = 0;
    std::optional<double> share_of_profit;
    std::optional<double> lowest_profit_per_customer;  // the threshold shown; none when empty
};

struct SegmentsResult {
    std::vector<SegmentValue> segments;     // in input order
    double total_customers = 0, total_clv = 0, total_profit = 0;
    double average_clv = 0, average_profit = 0;  // per customer, customer-weighted
    std::optional<double> ltv_to_cac;       // total clv / total acquisition cost
    std::vector<ParetoPoint> pareto;        // (0, 0), then one point per group in rank order
    std::optional<double> top_share_of_profit;  // profit share of the top_customer_share
    std::vector<Tier> tiers;                // A, B, C
    RetentionConvention convention = RetentionConvention::end_retained;
    Period period = Period::year;
    Explanation explanation;
    std::vector<Warning> warnings;          // loss_making_segments, no_total_profit, ...
};

Outcome<SegmentsResult> compute_segments(const SegmentsInput& input);

}  // namespace clv::workbench
