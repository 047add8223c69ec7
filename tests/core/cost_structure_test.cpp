// The cost structure of customer management by family and item (src/core/cost_structure.hpp).
#include <catch2/catch.hpp>

#include <limits>
#include <map>
#include <string>

#include "core/cost_structure.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

namespace {

// Every family of the catalogue with the given amounts ("family.item" -> amount), others 0.
CostStructureInput structure(const std::map<std::string, double>& amounts, double customers) {
    CostStructureInput input;
    for (const auto& catalogue : cost_families()) {
        CostFamily family{catalogue.family, {}};
        for (const auto& item : catalogue.items) {
            auto it = amounts.find(catalogue.family + "." + item);
            family.items.push_back({item, it == amounts.end() ? 0.0 : it->second});
        }
        input.families.push_back(family);
    }
    input.customers = customers;
    return input;
}

// A hand-made structure (tests/fuzz/corpus/cost_structure.json). Family totals by hand:
// acquisition 30000 + 45000 = 75000, retention 8000 + 100 = 8100, churn management
// 2000 + 3000 + 1000 = 6000, data management 500 + 200 + 900 = 1600, training
// 1000 + 100 + 2000 = 3100; total 93800; per customer 93800 / 1000 = 93.8.
CostStructureInput example() {
    return structure({{"acquisition.advertising", 30000}, {"acquisition.sales_team", 45000},
                      {"retention.customer_service", 8000}, {"retention.other", 100},
                      {"churn_management.churn_analysis", 2000},
                      {"churn_management.win_back_offers", 3000},
                      {"churn_management.reactivation", 1000}, {"data_management.collection", 500},
                      {"data_management.storage", 200}, {"data_management.analysis", 900},
                      {"training.courses", 1000}, {"training.materials", 100},
                      {"training.trainers", 2000}},
                     1000);
}
}  // namespace

TEST_CASE("The cost catalogue lists the README's families and items in order", "[cost_structure]") {
    const auto& families = cost_families();
    REQUIRE(families.size() == 5);
    CHECK(families[0].family == "acquisition");
    CHECK(families[0].items == std::vector<std::string>{"advertising", "marketing_events", "sales_team", "sales_tools", "other"});
    CHECK(families[1].family == "retention");
    CHECK(families[1].items == std::vector<std::string>{"customer_service", "loyalty_programme", "satisfaction_surveys", "other"});
    CHECK(families[2].family == "churn_management");
    CHECK(families[2].items == std::vector<std::string>{"churn_analysis", "win_back_offers", "reactivation", "other"});
    CHECK(families[3].family == "data_management");
    CHECK(families[3].items == std::vector<std::string>{"collection", "storage", "analysis", "other"});
    CHECK(families[4].family == "training");
    CHECK(families[4].items == std::vector<std::string>{"courses", "materials", "trainers", "other"});
    CHECK(cost_family_items("retention") == families[1].items);
    CHECK(cost_family_items("marketing").empty());
}

TEST_CASE("Cost structure totals families, then everything, then per customer", "[cost_structure]") {
    auto outcome = compute_cost_structure(example());
    REQUIRE(outcome.ok());
    const auto& value = *outcome.value;
    CHECK(value.total == Approx(93800));
    CHECK(value.cost_per_customer == Approx(93.8));
    REQUIRE(value.families.size() == 5);
    const double totals[] = {75000, 8100, 6000, 1600, 3100};
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(value.families[i].family == cost_families()[i].family);
        CHECK(value.families[i].total == Approx(totals[i]));
        CHECK(value.families[i].share == Approx(totals[i] / 93800));
        CHECK(value.families[i].cost_per_customer == Approx(totals[i] / 1000));
    }
    SECTION("item shares of family and of total, by hand") {
        const auto& sales_team = value.families[0].items[2];
        CHECK(sales_team.item == "sales_team");
        CHECK(sales_team.amount == 45000);
        CHECK(sales_team.share_of_family == Approx(0.6));  // 45000 / 75000
        CHECK(sales_team.share_of_total == Approx(45000.0 / 93800));
        CHECK(value.families[0].items[1].share_of_family == 0);  // marketing_events not given
    }
    SECTION("steps: one per family, the total, the cost per customer") {
        const auto& steps = value.explanation.steps();
        REQUIRE(steps.size() == 7);
        CHECK(steps[0].id == "acquisition_total");
        CHECK(steps[0].formula == "cost_structure.family_total");
        CHECK(steps[0].values.size() == 5);
        CHECK(steps[0].values[0].name == "advertising");
        CHECK(steps[0].result.name == "acquisition");
        CHECK(steps[0].result.value == Approx(75000));
        CHECK(steps[4].id == "training_total");
        CHECK(steps[5].formula == "cost_structure.total");
        REQUIRE(steps[5].values.size() == 5);
        CHECK(steps[5].values[3].name == "data_management");
        CHECK(steps[5].values[3].value == Approx(1600));
        CHECK(steps[6].formula == "cost_structure.per_customer");
        CHECK(steps[6].values[1].name == "customers");
        CHECK(steps[6].values[1].unit == Unit::count);
        CHECK(steps[6].result.name == "cost_per_customer");
    }
}

TEST_CASE("Cost structure shares add up to one", "[cost_structure][property]") {
    auto outcome = compute_cost_structure(example());
    REQUIRE(outcome.ok());
    double family_shares = 0, item_shares_of_total = 0;
    for (const auto& family : outcome.value->families) {
        family_shares += family.share;
        double of_family = 0;
        for (const auto& item : family.items) {
            of_family += item.share_of_family;
            item_shares_of_total += item.share_of_total;
        }
        CHECK(of_family == Approx(1.0).margin(1e-12));
    }
    CHECK(family_shares == Approx(1.0).margin(1e-12));
    CHECK(item_shares_of_total == Approx(1.0).margin(1e-12));
}

TEST_CASE("Cost per customer times customers is the total", "[cost_structure][property]") {
    auto input = example();
    for (double customers : {1.0, 3.0, 7.0, 1000.0, 1e12}) {
        input.customers = customers;
        auto outcome = compute_cost_structure(input);
        REQUIRE(outcome.ok());
        CHECK(outcome.value->cost_per_customer * customers == Approx(outcome.value->total));
        double family_sum = 0;
        for (const auto& family : outcome.value->families) family_sum += family.cost_per_customer;
        CHECK(family_sum == Approx(outcome.value->cost_per_customer));
    }
}

TEST_CASE("An empty cost structure lists every family with zeros", "[cost_structure]") {
    auto outcome = compute_cost_structure(structure({}, 5));
    REQUIRE(outcome.ok());
    CHECK(outcome.value->total == 0);
    CHECK(outcome.value->cost_per_customer == 0);
    REQUIRE(outcome.value->families.size() == 5);
    for (const auto& family : outcome.value->families) {
        CHECK(family.share == 0);
        for (const auto& item : family.items) {
            CHECK(item.share_of_family == 0);
            CHECK(item.share_of_total == 0);
        }
    }
}

TEST_CASE("Cost structure rejects bad input with the item's path", "[cost_structure][validation]") {
    SECTION("negative, infinite and too large items, and zero customers, all reported") {
        auto input = structure({{"training.courses", -1},
                                {"retention.loyalty_programme", std::numeric_limits<double>::infinity()},
                                {"data_management.other", limits::max_money * 2}},
                               0);
        auto outcome = compute_cost_structure(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"families.retention.loyalty_programme", "not_finite"},
                                                               {"families.data_management.other", "out_of_range"},
                                                               {"families.training.courses", "negative"},
                                                               {"customers", "out_of_range"}});
        CHECK(*outcome.problems[3].min == 1);
    }
    SECTION("a fraction of a customer") {
        auto outcome = compute_cost_structure(structure({}, 10.5));
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"customers", "not_whole_number"}});
    }
    SECTION("NaN customers") {
        auto outcome = compute_cost_structure(structure({}, std::numeric_limits<double>::quiet_NaN()));
        REQUIRE(outcome.problems.size() == 1);
        CHECK(outcome.problems[0].code == "not_finite");
    }
}
