// Names and units of the summary's choices (src/core/data/summary_options.hpp).
#include <catch2/catch.hpp>

#include "core/data/summary_options.hpp"

using namespace clv::data;

TEST_CASE("choice names round-trip and unknown names are refused", "[data][summary_options]") {
    for (TimeUnit unit : {TimeUnit::day, TimeUnit::week, TimeUnit::month})
        CHECK(time_unit_from_name(time_unit_name(unit)) == unit);
    for (PurchaseGrouping grouping : {PurchaseGrouping::day, PurchaseGrouping::period})
        CHECK(purchase_grouping_from_name(purchase_grouping_name(grouping)) == grouping);
    for (ReturnsPolicy policy : {ReturnsPolicy::drop, ReturnsPolicy::subtract, ReturnsPolicy::keep})
        CHECK(returns_policy_from_name(returns_policy_name(policy)) == policy);
    CHECK_FALSE(time_unit_from_name("year"));
    CHECK_FALSE(returns_policy_from_name("net"));
}

TEST_CASE("a week is 7 days and a month 365.25 / 12 days", "[data][summary_options]") {
    CHECK(days_per_unit(TimeUnit::day) == 1);
    CHECK(days_per_unit(TimeUnit::week) == 7);
    CHECK(days_per_unit(TimeUnit::month) == 30.4375);
}
