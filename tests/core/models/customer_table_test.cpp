// Checking and grouping the per-customer summary (src/core/models/customer_table.hpp).
#include <catch2/catch.hpp>

#include "core/models/customer_table.hpp"
#include "models_test_support.hpp"

using namespace clv::models;

TEST_CASE("Identical customers are merged and their weights added", "[models][customers]") {
    CustomerColumns c;
    c.frequency = {2, 0, 2, 1, 0};
    c.recency = {5, 0, 5, 3, 0};
    c.T = {9, 9, 9, 9, 8};
    c.weight = {1, 3, 2, 1, 1};
    const auto groups = group_customers(c, Model::bg_nbd);
    REQUIRE(groups.ok());
    const auto& g = *groups.value;
    CHECK(g.rows == 5);
    CHECK(g.size() == 4);
    CHECK(g.customers == 8);
    CHECK(g.frequency == std::vector<double>{0, 0, 1, 2});  // sorted by frequency, then recency, then T
    CHECK(g.T == std::vector<double>{8, 9, 9, 9});
    CHECK(g.weight == std::vector<double>{1, 3, 1, 3});
}

TEST_CASE("The Gamma-Gamma keeps the repeat buyers, grouped by frequency and spend", "[models][customers]") {
    const auto g = models_test::cdnow_groups(Model::gamma_gamma);
    CHECK(g.customers == 946);  // CDNOW's repeat buyers (/work/shared/data/README.md)
    for (double x : g.frequency) CHECK(x > 0);
}

TEST_CASE("At most 20 rows with problems are reported", "[models][customers]") {
    CustomerColumns c;
    c.frequency.assign(100, -1);
    c.recency.assign(100, 0);
    c.T.assign(100, 1);
    const auto groups = group_customers(c, Model::pareto_nbd);
    CHECK(groups.problems.size() == 20);
    CHECK(groups.problems.front().field == "customers.frequency[0]");
}
