#include "value_tiers.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

namespace clv::models {

namespace {

void check(const std::vector<double>& value, const std::vector<double>& weight, const ValueTierOptions& options,
           ProblemList& problems) {
    if (value.empty()) problems.add({"customers", "no_customers"});
    if (!weight.empty() && weight.size() != value.size())
        problems.add({"customers.weight", "wrong_length", double(value.size()), double(value.size())});
    for (std::size_t i = 0; i < value.size(); ++i)
        if (!std::isfinite(value[i])) problems.add({"value[" + std::to_string(i) + "]", "not_finite"});
    if (weight.size() == value.size())
        for (std::size_t i = 0; i < weight.size(); ++i)
            problems.require_positive("customers.weight[" + std::to_string(i) + "]", weight[i], limits::max_count);
    // As the workbench's segments: each share 0..1; A empty at 0, B empty when b ≤ a.
    problems.require_range("tier_a_customer_share", options.tier_a_customer_share, 0, 1);
    problems.require_range("tier_b_customer_share", options.tier_b_customer_share, 0, 1);
}

// The value below which `share` of the customers fall, walking the rows from the lowest.
double weighted_quantile(const std::vector<std::size_t>& ascending, const std::vector<double>& value,
                         const std::vector<double>& w, double total, double share) {
    double seen = 0;
    for (std::size_t i : ascending) {
        seen += w[i];
        if (seen >= share * total) return value[i];
    }
    return value[ascending.back()];
}

void fill_histogram(const std::vector<double>& value, const std::vector<double>& w, int bins, ValueDistribution& out) {
    std::vector<std::size_t> ascending(value.size());
    std::iota(ascending.begin(), ascending.end(), 0);
    std::stable_sort(ascending.begin(), ascending.end(), [&](std::size_t i, std::size_t j) { return value[i] < value[j]; });
    const double low = value[ascending.front()], high = value[ascending.back()];
    if (low == high) {
        out.bin_edges = {low, high};
        out.counts = {out.customers};
        return;
    }
    double upper = weighted_quantile(ascending, value, w, out.customers, 0.99);
    const bool tail = upper > low && upper < high && bins > 1;
    const int equal = tail ? bins - 1 : bins;
    if (!tail) upper = high;
    for (int k = 0; k <= equal; ++k) out.bin_edges.push_back(k == equal ? upper : low + (upper - low) * k / equal);
    if (tail) out.bin_edges.push_back(high);
    out.counts.assign(out.bin_edges.size() - 1, 0);
    for (std::size_t i = 0; i < value.size(); ++i) {
        // The bin whose [edge k, edge k+1) holds the value; the highest value goes to the last.
        const auto above = std::upper_bound(out.bin_edges.begin(), out.bin_edges.end(), value[i]);
        const std::size_t k = std::min<std::size_t>(std::size_t(above - out.bin_edges.begin()) - 1, out.counts.size() - 1);
        out.counts[k] += w[i];
    }
}

void add_mean(std::optional<double>& mean, const std::vector<double>& column, const std::vector<std::size_t>& rows,
              const std::vector<double>& w, double customers) {
    if (column.empty() || rows.empty()) return;
    double sum = 0;
    for (std::size_t i : rows) sum += w[i] * column[i];
    mean = sum / customers;
}

ValueTier tier_of_rows(char name, double limit, const std::vector<std::size_t>& rows, const std::vector<double>& value,
                       const std::vector<double>& w, const ValueRowFacts& facts, double whole) {
    ValueTier tier;
    tier.tier = name;
    tier.customer_share_limit = limit;
    tier.rows = rows.size();
    for (std::size_t i : rows) {
        tier.customers += w[i];
        tier.total_value += w[i] * value[i];
        tier.threshold = tier.threshold ? std::min(*tier.threshold, value[i]) : value[i];
    }
    if (whole != 0) tier.share_of_value = tier.total_value / whole;
    if (rows.empty()) return tier;
    tier.mean_value = tier.total_value / tier.customers;
    add_mean(tier.mean_expected_purchases, facts.expected_purchases, rows, w, tier.customers);
    add_mean(tier.mean_p_alive, facts.p_alive, rows, w, tier.customers);
    add_mean(tier.mean_expected_spend, facts.expected_spend, rows, w, tier.customers);
    return tier;
}

void fill_tiers(const std::vector<double>& value, const std::vector<double>& w, const ValueRowFacts& facts,
                const ValueTierOptions& options, ValueDistribution& out) {
    std::vector<std::size_t> descending(value.size());
    std::iota(descending.begin(), descending.end(), 0);
    std::stable_sort(descending.begin(), descending.end(), [&](std::size_t i, std::size_t j) { return value[i] > value[j]; });
    out.top.assign(descending.begin(), descending.begin() + std::ptrdiff_t(std::min(options.top, descending.size())));
    const double limits[3] = {options.tier_a_customer_share, options.tier_b_customer_share, 1.0};
    std::vector<std::size_t> rows[3];
    out.tier_of.assign(value.size(), 'C');
    double before = 0;  // customers ranked above the row
    for (std::size_t i : descending) {
        int t = 0;
        while (t < 2 && before >= limits[t] * out.customers) ++t;
        rows[t].push_back(i);
        out.tier_of[i] = char('A' + t);
        before += w[i];
    }
    for (int t = 0; t < 3; ++t) out.tiers.push_back(tier_of_rows(char('A' + t), limits[t], rows[t], value, w, facts, out.total_value));
}

}  // namespace

Outcome<ValueDistribution> distribute_value(const std::vector<double>& value, const std::vector<double>& weight,
                                            const ValueRowFacts& facts, const ValueTierOptions& options) {
    ProblemList problems;
    check(value, weight, options, problems);
    if (!problems.empty()) return {std::nullopt, problems.take()};
    const std::vector<double> w = weight.empty() ? std::vector<double>(value.size(), 1.0) : weight;
    ValueDistribution out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        out.customers += w[i];
        out.total_value += w[i] * value[i];
    }
    fill_histogram(value, w, std::max(1, options.bins), out);
    fill_tiers(value, w, facts, options, out);
    return {std::move(out), {}};
}

}  // namespace clv::models
