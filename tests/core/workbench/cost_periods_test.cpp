// Cost structure over two periods (src/core/workbench/cost_periods.hpp): the README example by
// hand, and growth's definition (each family's change over its previous total).
#include <catch2/catch.hpp>

#include "core/workbench/cost_periods.hpp"
#include "../core_test_support.hpp"

using namespace clv;
using namespace clv::workbench;
using namespace core_test;

namespace {

std::vector<CostFamily> families(double advertising, double loyalty, double storage) {
    std::vector<CostFamily> out;
    for (const auto& catalogue : cost_families()) {
        CostFamily family{catalogue.family, {}};
        for (const auto& item : catalogue.items) family.items.push_back({item, 0});
        out.push_back(family);
    }
    out[0].items = {{"advertising", advertising}, {"sales_team", 30000}};
    out[1].items = {{"customer_service", 20000}, {"loyalty_programme", loyalty}};
    out[2].items = {{"win_back_offers", 5000}};
    out[3].items = {{"storage", storage}};
    out[4].items = {{"courses", 2000}};
    return out;
}

}  // namespace

TEST_CASE("Cost structure over two periods, by hand", "[workbench][cost_periods]") {
    // This period 90000 + 40000 + 5000 + 3000 + 2000 = 140000 over 600 + 2000 customers = 53.846;
    // CAC 90000 / 600 = 150, retention 40000 / 2000 = 20. Previous 80000 + 32000 + 5000 + 2000 +
    // 2000 = 121000: growth 12.5 %, 25 %, 0, 50 %, 0; total 19000 / 121000. Exact to 1e-12.
    CostPeriodsInput input{families(60000, 20000, 3000), families(50000, 12000, 2000), 600, 2000};
    const auto result = computed(compute_cost_periods(input));
    CHECK(result.current.total == 140000);
    CHECK(result.current.cost_per_customer == Approx(140000.0 / 2600).epsilon(1e-12));
    CHECK(result.cost_per_new_customer == Approx(150));
    CHECK(result.cost_per_retained_customer == Approx(20));
    REQUIRE(result.growth.size() == 5);
    CHECK(*result.growth[0].growth == Approx(0.125));
    CHECK(*result.growth[1].growth == Approx(0.25));
    CHECK(*result.growth[3].growth == Approx(0.5));
    CHECK(*result.total_growth == Approx(19000.0 / 121000).epsilon(1e-12));
    CHECK(*result.fastest_growing == "data_management");
    for (const auto& growth : result.growth)
        CHECK(growth.change == Approx(*growth.growth * growth.previous_total).margin(1e-9));
}

TEST_CASE("Without a previous period there is no growth; a family new this period has none", "[workbench][cost_periods]") {
    CostPeriodsInput input{families(60000, 20000, 3000), std::nullopt, 600, 2000};
    auto result = computed(compute_cost_periods(input));
    CHECK(result.growth.empty());
    CHECK_FALSE(result.fastest_growing);
    input.previous_families = families(50000, 12000, 0);
    result = computed(compute_cost_periods(input));
    CHECK_FALSE(result.growth[3].growth);
    CHECK(*result.fastest_growing == "retention");
    input.previous_families->at(1).items[0].amount = -1;
    CHECK(problem_pairs(compute_cost_periods(input).problems) ==
          ProblemPairs{{"previous_families.retention.customer_service", "negative"}});
}
