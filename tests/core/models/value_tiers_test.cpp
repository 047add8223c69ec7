// The distribution of predicted value (src/core/models/value_tiers.hpp): histogram and A/B/C
// tiers. Worked examples by hand (exact); properties over a generated population.
#include <catch2/catch.hpp>

#include <numeric>
#include <random>

#include "core/models/value_tiers.hpp"

using namespace clv::models;
using Catch::Detail::Approx;

namespace {

std::vector<double> ten_values() { return {5, 1, 9, 3, 7, 2, 10, 4, 8, 6}; }

}  // namespace

TEST_CASE("Ten customers valued 1..10 are tiered 2 / 3 / 5 with their thresholds and shares", "[models][tiers]") {
    const auto outcome = distribute_value(ten_values(), {}, {}, ValueTierOptions{});
    REQUIRE(outcome.ok());
    const auto& d = *outcome.value;
    // By hand: A = {10, 9} (top 20 %), B = {8, 7, 6} (to 50 %), C = {5, 4, 3, 2, 1}; total 55.
    REQUIRE(d.tiers.size() == 3);
    CHECK(d.tiers[0].customers == 2);
    CHECK(*d.tiers[0].threshold == 9);
    CHECK(d.tiers[0].total_value == 19);
    CHECK(*d.tiers[0].share_of_value == Approx(19.0 / 55).epsilon(1e-12));
    CHECK(d.tiers[1].customers == 3);
    CHECK(*d.tiers[1].threshold == 6);
    CHECK(*d.tiers[1].mean_value == Approx(7).epsilon(1e-12));
    CHECK(d.tiers[2].customers == 5);
    CHECK(*d.tiers[2].threshold == 1);
    CHECK(d.tier_of[6] == 'A');  // the 10
    CHECK(d.tier_of[1] == 'C');  // the 1
    // Top list: the 10 (row 6), the 9 (row 2), the 8 (row 8).
    CHECK(std::vector<std::size_t>(d.top.begin(), d.top.begin() + 3) == std::vector<std::size_t>{6, 2, 8});
    // Histogram: the 99th percentile is the top value, so 20 equal bins over [1, 10].
    REQUIRE(d.bin_edges.size() == 21);
    CHECK(d.bin_edges.front() == 1);
    CHECK(d.bin_edges.back() == 10);
    CHECK(std::accumulate(d.counts.begin(), d.counts.end(), 0.0) == 10);
    CHECK(d.counts.back() == 1);  // 10 is in the last (closed) bin
}

TEST_CASE("Weighted rows count as that many customers and are never split", "[models][tiers]") {
    // 1 customer worth 100, 4 worth 10, 5 worth 1: A = the 100 (1 of 10 ≤ 20 %) and the 10s'
    // row (it starts at 10 %, inside A); B empty; C = the 1s.
    ValueRowFacts facts{{3, 2, 1}, {0.9, 0.5, 0.1}, {}};
    const auto outcome = distribute_value({100, 10, 1}, {1, 4, 5}, facts, ValueTierOptions{});
    REQUIRE(outcome.ok());
    const auto& d = *outcome.value;
    CHECK(d.customers == 10);
    CHECK(d.total_value == 145);
    CHECK(d.tiers[0].customers == 5);
    CHECK(*d.tiers[0].mean_expected_purchases == Approx((3 + 4 * 2) / 5.0).epsilon(1e-12));
    CHECK(*d.tiers[0].mean_p_alive == Approx((0.9 + 4 * 0.5) / 5.0).epsilon(1e-12));
    CHECK_FALSE(d.tiers[0].mean_expected_spend.has_value());
    CHECK(d.tiers[1].customers == 0);
    CHECK_FALSE(d.tiers[1].threshold.has_value());
    CHECK(d.tiers[2].customers == 5);
    CHECK(std::accumulate(d.counts.begin(), d.counts.end(), 0.0) == 10);
}

TEST_CASE("Tiers partition the customers, rank them by value, and the histogram counts them all", "[models][tiers]") {
    std::mt19937 random(7);
    std::lognormal_distribution<double> value_of(2, 1.5);
    std::uniform_int_distribution<int> weight_of(1, 5);
    std::vector<double> value(2000), weight(2000);
    for (std::size_t i = 0; i < value.size(); ++i) { value[i] = value_of(random); weight[i] = weight_of(random); }
    const auto outcome = distribute_value(value, weight, {}, ValueTierOptions{});
    REQUIRE(outcome.ok());
    const auto& d = *outcome.value;
    const double customers = std::accumulate(weight.begin(), weight.end(), 0.0);
    double in_tiers = 0, value_in_tiers = 0, shares = 0;
    std::size_t rows = 0;
    for (const auto& t : d.tiers) { in_tiers += t.customers; value_in_tiers += t.total_value; shares += *t.share_of_value; rows += t.rows; }
    CHECK(in_tiers == customers);
    CHECK(rows == value.size());
    CHECK(value_in_tiers == Approx(d.total_value).epsilon(1e-12));
    CHECK(shares == Approx(1).epsilon(1e-12));
    CHECK(std::accumulate(d.counts.begin(), d.counts.end(), 0.0) == customers);
    // Every A is worth at least every B, every B at least every C; A's share of value ≥ its share of customers.
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (d.tier_of[i] == 'B') CHECK(value[i] <= *d.tiers[0].threshold);
        if (d.tier_of[i] == 'C') CHECK(value[i] <= *d.tiers[1].threshold);
    }
    CHECK(*d.tiers[0].share_of_value >= d.tiers[0].customers / customers);
    // A holds its share of customers to within one row (at most 5 customers).
    CHECK(d.tiers[0].customers >= 0.2 * customers);
    CHECK(d.tiers[0].customers <= 0.2 * customers + 5);
    // The skewed tail goes to one last bin: the edges rise, and the last bin holds about 1 %.
    for (std::size_t k = 1; k < d.bin_edges.size(); ++k) CHECK(d.bin_edges[k] > d.bin_edges[k - 1]);
    CHECK(d.counts.back() <= 0.011 * customers + 5);
    for (std::size_t k = 1; k < d.top.size(); ++k) CHECK(value[d.top[k]] <= value[d.top[k - 1]]);
}

TEST_CASE("Equal values make one bin; bad tier shares and weights are problems", "[models][tiers]") {
    const auto same = distribute_value({3, 3, 3}, {}, {}, ValueTierOptions{});
    REQUIRE(same.ok());
    CHECK(same.value->counts == std::vector<double>{3});
    ValueTierOptions wrong;
    wrong.tier_b_customer_share = 1.5;
    const auto bad = distribute_value({1, 2}, {}, {}, wrong);
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].field == "tier_b_customer_share");
    // B ≤ A leaves B empty (as the workbench's segments): 0.6 of 5 customers are A, the rest C.
    ValueTierOptions no_b;
    no_b.tier_a_customer_share = 0.6;
    const auto two = distribute_value({5, 4, 3, 2, 1}, {}, {}, no_b);
    REQUIRE(two.ok());
    CHECK(two.value->tiers[0].customers == 3);
    CHECK(two.value->tiers[1].customers == 0);
    CHECK(two.value->tiers[2].customers == 2);
    CHECK(distribute_value({}, {}, {}, ValueTierOptions{}).problems[0].code == "no_customers");
    CHECK(distribute_value({1, 2}, {1, 0}, {}, ValueTierOptions{}).problems[0].field == "customers.weight[1]");
}
