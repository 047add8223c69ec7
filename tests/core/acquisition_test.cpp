#include <catch2/catch.hpp>

#include "core/acquisition.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

namespace {
AcquisitionCostInput example_input() {
    // Worked example "acquisition_cost.per_customer" (../shared/formulas/worked-examples.json).
    const auto& inputs = shared_example("acquisition_cost.per_customer").at("inputs");
    AcquisitionCostInput input;
    for (const char* name : {"advertising", "marketing_events", "sales_team", "sales_tools"})
        input.items.push_back({name, inputs.at(name).get<double>()});
    input.new_customers = inputs.at("new_customers").get<double>();
    return input;
}
}  // namespace

TEST_CASE("CAC reproduces the shared worked example", "[acquisition]") {
    const auto& example = shared_example("acquisition_cost.per_customer");
    const double tolerance = example.at("tolerance").get<double>();
    auto outcome = compute_acquisition_cost(example_input());
    REQUIRE(outcome.ok());
    CHECK(outcome.value->acquisition_spend ==
          Approx(example.at("expected").at("acquisition_spend").get<double>()).margin(tolerance));
    CHECK(outcome.value->cac == Approx(example.at("expected").at("cac").get<double>()).margin(tolerance));
}

TEST_CASE("CAC explains its two steps with the substituted values", "[acquisition]") {
    auto outcome = compute_acquisition_cost(example_input());
    REQUIRE(outcome.ok());
    const auto& steps = outcome.value->explanation.steps();
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].formula == "acquisition.spend");
    CHECK(steps[0].values.size() == 4);
    CHECK(steps[1].formula == "acquisition.cac");
    CHECK(steps[1].values[1].name == "new_customers");
    CHECK(steps[1].values[1].value == 600);
    CHECK(steps[1].result.value == Approx(150));
}

TEST_CASE("CAC item shares add up to one", "[acquisition][property]") {
    auto outcome = compute_acquisition_cost(example_input());
    REQUIRE(outcome.ok());
    double sum = 0;
    for (const auto& share : outcome.value->shares) sum += share.share;
    CHECK(sum == Approx(1.0).margin(1e-12));
    CHECK(outcome.value->shares[2].name == "sales_team");
    CHECK(outcome.value->shares[2].share == Approx(0.5));
}

TEST_CASE("CAC falls as new customers rise", "[acquisition][property]") {
    auto input = example_input();
    double previous = 1e300;
    for (double customers : {1.0, 2.0, 10.0, 600.0, 1e6}) {
        input.new_customers = customers;
        auto outcome = compute_acquisition_cost(input);
        REQUIRE(outcome.ok());
        CHECK(outcome.value->cac < previous);
        previous = outcome.value->cac;
    }
}

TEST_CASE("CAC rejects bad input with one problem per field", "[acquisition][validation]") {
    auto input = example_input();
    SECTION("zero customers") {
        input.new_customers = 0;
        auto outcome = compute_acquisition_cost(input);
        REQUIRE_FALSE(outcome.ok());
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"new_customers", "out_of_range"}});
        CHECK(*outcome.problems[0].min == 1);
    }
    SECTION("fractional customers") {
        input.new_customers = 2.5;
        auto outcome = compute_acquisition_cost(input);
        REQUIRE(outcome.problems.size() == 1);
        CHECK(outcome.problems[0].code == "not_whole_number");
    }
    SECTION("negative and non-finite items are all reported") {
        input.items[0].amount = -1;
        input.items[1].amount = std::numeric_limits<double>::infinity();
        auto outcome = compute_acquisition_cost(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"advertising", "negative"},
                                                               {"marketing_events", "not_finite"}});
    }
}
