// Retention cost per customer, retention and churn rates from counts, and the expected lifetime
// a retention rate implies (src/core/retention.hpp).
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "core/retention.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;

namespace {

const double not_a_number = std::numeric_limits<double>::quiet_NaN();
const double inf = std::numeric_limits<double>::infinity();

// The four retention items, all 0, as the JSON adapter passes them when none is given.
std::vector<CostItem> zero_items() {
    return {{"customer_service", 0}, {"loyalty_programme", 0}, {"satisfaction_surveys", 0}, {"other", 0}};
}

// Worked example "retention_cost.per_customer": a total spend of 20000 and 400 customers kept.
RetentionCostInput example_total() {
    const auto& inputs = shared_example("retention_cost.per_customer").at("inputs");
    RetentionCostInput input;
    input.items = zero_items();
    input.retention_spend = inputs.at("retention_spend").get<double>();
    input.customers_retained = inputs.at("customers_retained").get<double>();
    return input;
}

// The same spend by item (by hand: 8000 + 10000 + 1500 + 500 = 20000), 400 customers kept.
RetentionCostInput example_items() {
    RetentionCostInput input;
    input.items = {{"customer_service", 8000}, {"loyalty_programme", 10000},
                   {"satisfaction_surveys", 1500}, {"other", 500}};
    input.items_given = true;
    input.customers_retained = 400;
    return input;
}

RetentionRateInput counts(double start, double added, double end) {
    RetentionRateInput input;
    input.customers_at_start = start;
    input.new_customers = added;
    input.customers_at_end = end;
    return input;
}

ExpectedLifetimeInput retention(double rate) {
    ExpectedLifetimeInput input;
    input.retention_rate = rate;
    return input;
}
}  // namespace

// ---- retention cost -------------------------------------------------------------------------

TEST_CASE("Retention cost per customer reproduces the shared worked example", "[retention_cost]") {
    const auto& example = shared_example("retention_cost.per_customer");
    const double tolerance = example.at("tolerance").get<double>();
    auto outcome = compute_retention_cost(example_total());
    REQUIRE(outcome.ok());
    CHECK(outcome.value->retention_cost_per_customer ==
          Approx(example.at("expected").at("retention_cost_per_customer").get<double>()).margin(tolerance));
    CHECK(outcome.value->retention_spend == 20000);
    SECTION("a total has no item shares and one step") {
        CHECK(outcome.value->shares.empty());
        const auto& steps = outcome.value->explanation.steps();
        REQUIRE(steps.size() == 1);
        CHECK(steps[0].id == "retention_cost_per_customer");
        CHECK(steps[0].formula == "retention_cost.per_customer");
        REQUIRE(steps[0].values.size() == 2);
        CHECK(steps[0].values[0].name == "retention_spend");
        CHECK(steps[0].values[0].value == 20000);
        CHECK(steps[0].values[0].unit == Unit::money);
        CHECK(steps[0].values[1].name == "customers_retained");
        CHECK(steps[0].values[1].value == 400);
        CHECK(steps[0].values[1].unit == Unit::count);
        CHECK(steps[0].result.name == "retention_cost_per_customer");
        CHECK(steps[0].result.unit == Unit::money);
    }
}

TEST_CASE("Retention cost from items sums them first and gives each item's share", "[retention_cost]") {
    auto outcome = compute_retention_cost(example_items());
    REQUIRE(outcome.ok());
    // By hand: 20000 / 400 = 50, the same as the worked example's total.
    CHECK(outcome.value->retention_spend == Approx(20000));
    CHECK(outcome.value->retention_cost_per_customer == Approx(50));
    const auto& steps = outcome.value->explanation.steps();
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].formula == "retention_cost.spend");
    CHECK(steps[0].values.size() == 4);
    CHECK(steps[0].values[1].name == "loyalty_programme");
    CHECK(steps[0].values[1].value == 10000);
    CHECK(steps[0].result.name == "retention_spend");
    CHECK(steps[1].formula == "retention_cost.per_customer");
    SECTION("shares by hand: 8000/20000, 10000/20000, 1500/20000, 500/20000") {
        const auto& shares = outcome.value->shares;
        REQUIRE(shares.size() == 4);
        CHECK(shares[0].name == "customer_service");
        CHECK(shares[0].share == Approx(0.4));
        CHECK(shares[1].share == Approx(0.5));
        CHECK(shares[2].share == Approx(0.075));
        CHECK(shares[3].name == "other");
        CHECK(shares[3].share == Approx(0.025));
    }
}

TEST_CASE("Retention cost item shares add up to one", "[retention_cost][property]") {
    auto input = example_items();
    for (double service : {1.0, 123.45, 8000.0, 1e12}) {
        input.items[0].amount = service;
        auto outcome = compute_retention_cost(input);
        REQUIRE(outcome.ok());
        double sum = 0;
        for (const auto& share : outcome.value->shares) sum += share.share;
        CHECK(sum == Approx(1.0).margin(1e-12));
    }
}

TEST_CASE("Nothing spent costs nothing per customer, with zero shares", "[retention_cost]") {
    RetentionCostInput input;
    input.items = zero_items();
    input.customers_retained = 10;
    auto outcome = compute_retention_cost(input);
    REQUIRE(outcome.ok());
    CHECK(outcome.value->retention_cost_per_customer == 0);
    for (const auto& share : outcome.value->shares) CHECK(share.share == 0);
}

TEST_CASE("Retention cost per customer falls as customers retained rise", "[retention_cost][property]") {
    auto input = example_total();
    double previous = inf;
    for (double customers : {1.0, 2.0, 10.0, 400.0, 1e6, 1e12}) {
        input.customers_retained = customers;
        auto outcome = compute_retention_cost(input);
        REQUIRE(outcome.ok());
        CHECK(outcome.value->retention_cost_per_customer < previous);
        previous = outcome.value->retention_cost_per_customer;
        // cost per customer × customers retained = the spend
        CHECK(outcome.value->retention_cost_per_customer * customers == Approx(20000).epsilon(1e-12));
    }
}

TEST_CASE("Retention cost rejects bad input, reporting every problem", "[retention_cost][validation]") {
    SECTION("a total together with an item conflicts") {
        auto input = example_items();
        input.retention_spend = 20000;
        auto outcome = compute_retention_cost(input);
        REQUIRE_FALSE(outcome.ok());
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"retention_spend", "conflicting_fields"}});
    }
    SECTION("zero customers retained") {
        auto input = example_total();
        input.customers_retained = 0;
        auto outcome = compute_retention_cost(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"customers_retained", "out_of_range"}});
        CHECK(*outcome.problems[0].min == 1);
        CHECK(*outcome.problems[0].max == limits::max_count);
    }
    SECTION("a fraction of a customer") {
        auto input = example_total();
        input.customers_retained = 2.5;
        auto outcome = compute_retention_cost(input);
        REQUIRE(outcome.problems.size() == 1);
        CHECK(outcome.problems[0].code == "not_whole_number");
    }
    SECTION("negative, NaN and infinite items, and NaN customers, all reported in order") {
        auto input = example_items();
        input.items[0].amount = -1;
        input.items[2].amount = not_a_number;
        input.items[3].amount = inf;
        input.customers_retained = not_a_number;
        auto outcome = compute_retention_cost(input);
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"customer_service", "negative"},
                                                               {"satisfaction_surveys", "not_finite"},
                                                               {"other", "not_finite"},
                                                               {"customers_retained", "not_finite"}});
    }
    SECTION("a negative or too large total") {
        auto input = example_total();
        input.retention_spend = -0.01;
        auto negative = compute_retention_cost(input);
        REQUIRE(problem_pairs(negative.problems) == ProblemPairs{{"retention_spend", "negative"}});
        input.retention_spend = limits::max_money * 2;
        auto too_large = compute_retention_cost(input);
        REQUIRE(too_large.problems.size() == 1);
        CHECK(too_large.problems[0].code == "out_of_range");
        CHECK(*too_large.problems[0].max == limits::max_money);
    }
}

// ---- retention rate -------------------------------------------------------------------------

TEST_CASE("Retention rate leaves new customers out of those retained", "[retention_rate]") {
    // By hand: S = 1000, N = 200, E = 1000: retained 800, r = 0.8, churn 0.2, lifetime 1/0.2 = 5
    // (the lifetime agrees with worked example "lifetime.from_retention").
    auto outcome = compute_retention_rate(counts(1000, 200, 1000));
    REQUIRE(outcome.ok());
    const auto& value = *outcome.value;
    CHECK(value.customers_retained == 800);
    CHECK(value.retention_rate == Approx(0.8));
    CHECK(value.churn_rate == Approx(0.2));
    REQUIRE(value.expected_lifetime_periods);
    CHECK(*value.expected_lifetime_periods == Approx(5).epsilon(1e-9));
    CHECK(value.warnings.empty());
    SECTION("four steps, each naming its values") {
        const auto& steps = value.explanation.steps();
        REQUIRE(steps.size() == 4);
        CHECK(steps[0].formula == "retention_rate.customers_retained");
        CHECK(steps[0].values[0].name == "customers_at_end");
        CHECK(steps[0].values[1].name == "new_customers");
        CHECK(steps[0].result.unit == Unit::count);
        CHECK(steps[1].formula == "retention_rate.rate");
        CHECK(steps[1].values[0].name == "customers_retained");
        CHECK(steps[1].values[1].name == "customers_at_start");
        CHECK(steps[1].values[1].value == 1000);
        CHECK(steps[1].result.unit == Unit::rate);
        CHECK(steps[2].formula == "lifetime.churn");
        CHECK(steps[3].formula == "lifetime.expected");
        CHECK(steps[3].result.unit == Unit::periods);
    }
}

TEST_CASE("Retention rate echoes its period", "[retention_rate]") {
    auto input = counts(10, 0, 9);
    input.period = Period::month;
    auto outcome = compute_retention_rate(input);
    REQUIRE(outcome.ok());
    CHECK(outcome.value->period == Period::month);
}

TEST_CASE("Retention rate at the ends of the consistent range", "[retention_rate]") {
    SECTION("everyone kept: zero churn, no finite lifetime, a warning") {
        auto outcome = compute_retention_rate(counts(100, 20, 120));
        REQUIRE(outcome.ok());
        CHECK(outcome.value->retention_rate == 1);
        CHECK(outcome.value->churn_rate == 0);
        CHECK_FALSE(outcome.value->expected_lifetime_periods);
        REQUIRE(outcome.value->warnings.size() == 1);
        CHECK(outcome.value->warnings[0].code == "zero_churn_infinite_lifetime");
        CHECK(outcome.value->explanation.steps().size() == 3);
    }
    SECTION("nobody kept: churn 1, a lifetime of one period") {
        auto outcome = compute_retention_rate(counts(100, 20, 20));
        REQUIRE(outcome.ok());
        CHECK(outcome.value->retention_rate == 0);
        CHECK(outcome.value->churn_rate == 1);
        CHECK(*outcome.value->expected_lifetime_periods == 1);
    }
}

TEST_CASE("Retention rate rises and churn falls as more customers remain", "[retention_rate][property]") {
    double previous_rate = -1;
    for (double end : {50.0, 60.0, 99.0, 120.0, 149.0}) {
        auto outcome = compute_retention_rate(counts(100, 50, end));
        REQUIRE(outcome.ok());
        CHECK(outcome.value->retention_rate > previous_rate);
        CHECK(outcome.value->retention_rate + outcome.value->churn_rate == Approx(1.0).margin(1e-15));
        CHECK(*outcome.value->expected_lifetime_periods * outcome.value->churn_rate == Approx(1.0));
        previous_rate = outcome.value->retention_rate;
    }
}

TEST_CASE("Retention rate rejects counts that do not fit together", "[retention_rate][validation]") {
    SECTION("fewer at the end than were won: E − N < 0") {
        auto outcome = compute_retention_rate(counts(100, 50, 40));
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"customers_at_end", "inconsistent_counts"}});
        CHECK(*outcome.problems[0].min == 50);
        CHECK(*outcome.problems[0].max == 150);
    }
    SECTION("more kept than there were: E − N > S") {
        auto outcome = compute_retention_rate(counts(100, 0, 101));
        REQUIRE(outcome.problems.size() == 1);
        CHECK(outcome.problems[0].code == "inconsistent_counts");
        CHECK(*outcome.problems[0].min == 0);
        CHECK(*outcome.problems[0].max == 100);
    }
}

TEST_CASE("Retention rate rejects bad counts, reporting every problem", "[retention_rate][validation]") {
    SECTION("zero customers at the start") {
        auto outcome = compute_retention_rate(counts(0, 0, 0));
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"customers_at_start", "out_of_range"}});
        CHECK(*outcome.problems[0].min == 1);
    }
    SECTION("a fraction, a negative and a NaN, each reported; counts are not compared") {
        auto outcome = compute_retention_rate(counts(not_a_number, 2.5, -3));
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"customers_at_start", "not_finite"},
                                                               {"new_customers", "not_whole_number"},
                                                               {"customers_at_end", "negative"}});
    }
    SECTION("more than the largest count") {
        auto outcome = compute_retention_rate(counts(limits::max_count + 1, 0, 1));
        REQUIRE(outcome.problems.size() == 1);
        CHECK(outcome.problems[0].code == "out_of_range");
        CHECK(*outcome.problems[0].max == limits::max_count);
    }
    SECTION("an infinite count") {
        auto outcome = compute_retention_rate(counts(10, 0, inf));
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"customers_at_end", "not_finite"}});
    }
}

// ---- expected lifetime ----------------------------------------------------------------------

TEST_CASE("Expected lifetime reproduces the shared worked example", "[lifetime]") {
    const auto& example = shared_example("lifetime.from_retention");
    const double tolerance = example.at("tolerance").get<double>();
    auto outcome = compute_expected_lifetime(
        retention(example.at("inputs").at("retention_rate").get<double>()));
    REQUIRE(outcome.ok());
    REQUIRE(outcome.value->expected_lifetime_periods);
    CHECK(*outcome.value->expected_lifetime_periods ==
          Approx(example.at("expected").at("expected_lifetime_periods").get<double>()).margin(tolerance));
    CHECK(outcome.value->churn_rate == Approx(0.2));  // by hand: 1 − 0.8
    const auto& steps = outcome.value->explanation.steps();
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].id == "churn_rate");
    CHECK(steps[0].formula == "lifetime.churn");
    CHECK(steps[0].values[0].name == "retention_rate");
    CHECK(steps[0].values[0].value == 0.8);
    CHECK(steps[0].values[0].unit == Unit::rate);
    CHECK(steps[1].id == "expected_lifetime_periods");
    CHECK(steps[1].formula == "lifetime.expected");
    CHECK(steps[1].values[0].name == "churn_rate");
    CHECK(steps[1].result.unit == Unit::periods);
}

TEST_CASE("Expected lifetime rises with retention", "[lifetime][property]") {
    double previous = 0;
    for (double rate : {0.0, 0.1, 0.5, 0.8, 0.9, 0.99, 0.999999}) {
        auto outcome = compute_expected_lifetime(retention(rate));
        REQUIRE(outcome.ok());
        const double lifetime = *outcome.value->expected_lifetime_periods;
        CHECK(lifetime > previous);
        CHECK(lifetime * *outcome.value->churn_rate == Approx(1.0));
        previous = lifetime;
    }
    // By hand: r = 0 means everyone leaves after the first period, a lifetime of 1.
    CHECK(*compute_expected_lifetime(retention(0)).value->expected_lifetime_periods == 1);
}

TEST_CASE("Full retention has no finite lifetime and says why", "[lifetime]") {
    auto input = retention(1);
    input.period = Period::month;
    auto outcome = compute_expected_lifetime(input);
    REQUIRE(outcome.ok());
    CHECK(outcome.value->churn_rate == 0);
    CHECK_FALSE(outcome.value->expected_lifetime_periods);
    CHECK(outcome.value->period == Period::month);
    REQUIRE(outcome.value->warnings.size() == 1);
    CHECK(outcome.value->warnings[0].code == "zero_churn_infinite_lifetime");
    CHECK(outcome.value->explanation.steps().size() == 1);
}

TEST_CASE("Expected lifetime takes a retention rate between 0 and 1", "[lifetime][validation]") {
    SECTION("negative") {
        auto outcome = compute_expected_lifetime(retention(-0.1));
        REQUIRE(problem_pairs(outcome.problems) == ProblemPairs{{"retention_rate", "negative"}});
    }
    SECTION("above 1, with the bounds") {
        auto outcome = compute_expected_lifetime(retention(1.01));
        REQUIRE(outcome.problems.size() == 1);
        CHECK(outcome.problems[0].code == "out_of_range");
        CHECK(*outcome.problems[0].min == 0);
        CHECK(*outcome.problems[0].max == 1);
    }
    SECTION("NaN and infinity") {
        for (double bad : {not_a_number, inf, -inf}) {
            auto outcome = compute_expected_lifetime(retention(bad));
            REQUIRE(outcome.problems.size() == 1);
            CHECK(outcome.problems[0].code == "not_finite");
        }
    }
}

TEST_CASE("Expected lifetime from a changing churn: the list's last rate repeats", "[lifetime]") {
    // Issue 14 item 10, by hand: retention 0.6 in the first period, then 0.85 for ever.
    // Survival S = 1, 0.6, 0.51, 0.4335, ...: the lifetime sum is 1 + 0.6 / (1 - 0.85) = 5
    // periods (also 1 + 0.6 + 0.51 / 0.15).
    ExpectedLifetimeInput input;
    input.retention_rates = std::vector<double>{0.6, 0.85};
    auto outcome = compute_expected_lifetime(input);
    REQUIRE(outcome.ok());
    const auto& result = *outcome.value;
    REQUIRE(result.expected_lifetime_periods);
    CHECK(*result.expected_lifetime_periods == Approx(5).epsilon(1e-12));
    CHECK_FALSE(result.churn_rate);  // a list has no single churn rate
    CHECK(result.warnings.empty());
    const auto& steps = result.explanation.steps();
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].formula == "lifetime.expected_from_rates");
    CHECK(steps[0].result.unit == Unit::periods);
    // One rate in a list is the geometric lifetime 1 / (1 - r).
    input.retention_rates = std::vector<double>{0.8};
    CHECK(*compute_expected_lifetime(input).value->expected_lifetime_periods == Approx(5).epsilon(1e-12));
    // A customer surely lost after two periods stays 1 + 0.5 = 1.5 periods, whatever follows.
    input.retention_rates = std::vector<double>{0.5, 0.0, 1.0};
    CHECK(*compute_expected_lifetime(input).value->expected_lifetime_periods == Approx(1.5).epsilon(1e-12));
    // Ending in full retention with the customer still there: infinite, and said so.
    input.retention_rates = std::vector<double>{0.9, 1.0};
    auto forever = compute_expected_lifetime(input);
    REQUIRE(forever.ok());
    CHECK_FALSE(forever.value->expected_lifetime_periods);
    CHECK(warning_codes(*forever.value) == std::vector<std::string>{"zero_churn_infinite_lifetime"});
}

TEST_CASE("Expected lifetime capped at a number of periods", "[lifetime]") {
    // Issue 14 item 10: r = 0.8 counted over 3 periods at most: 1 + 0.8 + 0.64 = 2.44
    // = (1 - 0.8^3) / (1 - 0.8); without the cap it is 5, which the warning gives.
    ExpectedLifetimeInput input;
    input.retention_rate = 0.8;
    input.max_periods = 3;
    auto outcome = compute_expected_lifetime(input);
    REQUIRE(outcome.ok());
    const auto& result = *outcome.value;
    CHECK(*result.expected_lifetime_periods == Approx(2.44).epsilon(1e-12));
    CHECK(*result.churn_rate == Approx(0.2));
    CHECK(*result.max_periods == 3);
    const auto& steps = result.explanation.steps();
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].formula == "lifetime.churn");
    CHECK(steps[1].formula == "lifetime.expected_capped");
    CHECK(steps[1].values[1].name == "max_periods");
    REQUIRE(warning_codes(result) == std::vector<std::string>{"finite_horizon_truncates"});
    CHECK(result.warnings[0].values[0].name == "expected_lifetime_periods");
    CHECK(result.warnings[0].values[0].value == Approx(5).epsilon(1e-12));
    // Full retention capped at 12 periods lasts exactly 12; the uncapped lifetime has no value.
    input.retention_rate = 1;
    input.max_periods = 12;
    auto full = compute_expected_lifetime(input);
    CHECK(*full.value->expected_lifetime_periods == 12);
    REQUIRE(warning_codes(*full.value) == std::vector<std::string>{"finite_horizon_truncates"});
    CHECK(full.value->warnings[0].values.empty());
    // A list capped: 0.6 then 0.85 over 2 periods is 1 + 0.6.
    input.retention_rate.reset();
    input.retention_rates = std::vector<double>{0.6, 0.85};
    input.max_periods = 2;
    auto list = compute_expected_lifetime(input);
    CHECK(*list.value->expected_lifetime_periods == Approx(1.6).epsilon(1e-12));
    CHECK(list.value->explanation.steps()[0].formula == "lifetime.expected_from_rates_capped");
    // A cap that cuts nothing off warns of nothing: r = 0 lasts 1 period, capped at 5.
    ExpectedLifetimeInput one_period;
    one_period.retention_rate = 0;
    one_period.max_periods = 5;
    auto nothing_cut = compute_expected_lifetime(one_period);
    CHECK(*nothing_cut.value->expected_lifetime_periods == 1);
    CHECK(nothing_cut.value->warnings.empty());
}

TEST_CASE("A capped lifetime rises with the cap towards the uncapped one", "[lifetime][property]") {
    for (double r : {0.0, 0.5, 0.8, 0.97}) {
        ExpectedLifetimeInput input;
        input.retention_rate = r;
        const double uncapped = *compute_expected_lifetime(input).value->expected_lifetime_periods;
        double previous = 0;
        for (double cap : {1.0, 2.0, 10.0, 100.0, 1200.0}) {
            input.max_periods = cap;
            const double capped = *compute_expected_lifetime(input).value->expected_lifetime_periods;
            CHECK(capped >= previous);
            CHECK(capped <= uncapped * (1 + 1e-12));
            CHECK(capped == Approx((1 - std::pow(r, cap)) / (1 - r)).epsilon(1e-12));
            previous = capped;
        }
        CHECK(previous == Approx(uncapped).epsilon(1e-9));
    }
}

TEST_CASE("Expected lifetime takes one rate or a list, and a whole cap", "[lifetime][validation]") {
    ExpectedLifetimeInput input;
    SECTION("neither") {
        REQUIRE(problem_pairs(compute_expected_lifetime(input).problems) ==
                ProblemPairs{{"retention_rate", "missing_field"}});
    }
    SECTION("both") {
        input.retention_rate = 0.5;
        input.retention_rates = std::vector<double>{0.5};
        REQUIRE(problem_pairs(compute_expected_lifetime(input).problems) ==
                ProblemPairs{{"retention_rates", "conflicting_fields"}});
    }
    SECTION("a bad list and a bad cap, every problem") {
        input.retention_rates = std::vector<double>{0.5, 1.5, -0.1};
        input.max_periods = 2.5;
        REQUIRE(problem_pairs(compute_expected_lifetime(input).problems) ==
                ProblemPairs{{"retention_rates[1]", "out_of_range"},
                             {"retention_rates[2]", "negative"},
                             {"max_periods", "not_whole_number"}});
    }
    SECTION("an empty list, a cap beyond 1200") {
        input.retention_rates = std::vector<double>{};
        input.max_periods = 1201;
        auto outcome = compute_expected_lifetime(input);
        REQUIRE(problem_pairs(outcome.problems) ==
                ProblemPairs{{"retention_rates", "wrong_length"}, {"max_periods", "out_of_range"}});
        CHECK(*outcome.problems[1].max == 1200);
    }
}
