// The distribution of the customers' predicted value: a histogram, the A/B/C tiers by value
// (the top share of customers is A, the next B, the rest C, as the workbench's segments tier
// them) with each tier's lowest value (its threshold), size and share of the value, and the
// customers with the highest value. A row of weight w stands for w customers.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "../problems.hpp"

namespace clv::models {

struct ValueTierOptions {
    double tier_a_customer_share = 0.2;  // the top 20 % of customers by value are A
    double tier_b_customer_share = 0.5;  // the top 50 % less A are B; the rest C
    int bins = 20;                       // histogram bins
    std::size_t top = 15;                // rows in the top list
};

// Per-row facts summed into each tier's means (any may be absent: an empty column).
struct ValueRowFacts {
    std::vector<double> expected_purchases, p_alive, expected_spend;
};

struct ValueTier {
    char tier = 'A';
    double customer_share_limit = 0;  // the cumulative share of customers this tier ends at
    double customers = 0;             // Σ weight
    std::size_t rows = 0;
    std::optional<double> threshold;  // the lowest value in the tier; none when it is empty
    double total_value = 0;           // Σ weight · value
    std::optional<double> share_of_value;  // of the whole; none when the whole is 0
    std::optional<double> mean_value, mean_expected_purchases, mean_p_alive, mean_expected_spend;
};

struct ValueDistribution {
    std::vector<double> bin_edges;  // increasing; bin k is [edge k, edge k+1), the last one closed
    std::vector<double> counts;     // Σ weight in each bin; they add up to the customers
    std::vector<ValueTier> tiers;   // A, B, C
    std::vector<char> tier_of;      // each row's tier
    std::vector<std::size_t> top;   // rows by value, highest first (ties: the earlier row first)
    double customers = 0;
    double total_value = 0;
};

// Rows are ranked by value, highest first; a row is in the tier in which its first customer
// falls (a row's customers are never split, so a tier's share can exceed its limit by one row).
// The histogram: equal bins from the lowest value to the 99th percentile of customers, and a
// last bin from there to the highest (the few largest values would otherwise squeeze everyone
// into the first bin); one bin of width 0 when all values are equal.
// Problems: values empty (no_customers), weight of another length (customers.weight,
// wrong_length), a value or weight not finite or a weight ≤ 0, a tier share outside 0..1
// (tier_a_customer_share / tier_b_customer_share, out_of_range; as the workbench's segments,
// A is empty at 0 and B is empty when b ≤ a).
Outcome<ValueDistribution> distribute_value(const std::vector<double>& value, const std::vector<double>& weight,
                                            const ValueRowFacts& facts, const ValueTierOptions& options);

}  // namespace clv::models
