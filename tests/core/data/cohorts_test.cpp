// The cohort retention table by first-purchase month (src/core/data/cohorts.hpp).
#include <catch2/catch.hpp>

#include "../core_test_support.hpp"
#include "core/data/cohorts.hpp"
#include "core/data/summary.hpp"
#include "data_test_support.hpp"

using namespace clv;
using namespace clv::data;
using namespace core_test;
using namespace data_test;

namespace {
std::int32_t month(int year, int month_of_year) { return year * 12 + month_of_year - 1; }
}  // namespace

TEST_CASE("cohorts count who bought again in each later month", "[data][cohorts]") {
    // By hand: two January customers (one back in February and April, one in March) and one
    // February customer who never came back; table to April.
    CohortBuilder builder;
    builder.add_customer({month(2023, 1), month(2023, 2), month(2023, 4)});
    builder.add_customer({month(2023, 1), month(2023, 3)});
    builder.add_customer({month(2023, 2)});
    const CohortTable table = builder.table(month(2023, 4));
    REQUIRE(table.cohorts.size() == 2);
    const Cohort& january = table.cohorts[0];
    CHECK(january.first_day == day_number({2023, 1, 1}));
    CHECK(january.customers == 2);
    CHECK(january.active == std::vector<std::uint64_t>{2, 1, 1, 1});
    CHECK(january.retention == std::vector<double>{1.0, 0.5, 0.5, 0.5});
    const Cohort& february = table.cohorts[1];
    CHECK(february.first_day == day_number({2023, 2, 1}));
    CHECK(february.active == std::vector<std::uint64_t>{1, 0, 0});
    CHECK(table.cohorts_left_out == 0);
}

TEST_CASE("only the latest 240 cohorts are kept, and the rest counted", "[data][cohorts]") {
    CohortBuilder builder;
    for (int m = 0; m < 250; ++m) builder.add_customer({month(2000, 1) + m});
    const CohortTable table = builder.table(month(2000, 1) + 249);
    CHECK(table.cohorts.size() == max_cohorts);
    CHECK(table.cohorts_left_out == 10);
    CHECK(table.cohorts.front().first_day == day_number({2000, 11, 1}));
}

TEST_CASE("the CDNOW cohorts are the three acquisition months of early 1997", "[data][cohorts]") {
    // data/README.md: the sample's customers all made their first purchase in the first quarter
    // of 1997; the table runs to June 1998 (18 months).
    const TransactionLog log = computed(read_whole(cdnow_text(), cdnow_options()));
    const TransactionSummary summary = computed(summarise_transactions(log, SummaryOptions{}));
    const CohortTable& table = summary.cohorts;
    REQUIRE(table.cohorts.size() == 3);
    std::uint64_t customers = 0;
    for (const Cohort& cohort : table.cohorts) {
        customers += cohort.customers;
        CHECK(cohort.active.front() == cohort.customers);
        for (std::uint64_t active : cohort.active) CHECK(active <= cohort.customers);
    }
    CHECK(customers == 2357);
    CHECK(table.cohorts[0].first_day == day_number({1997, 1, 1}));
    CHECK(table.cohorts[0].active.size() == 18);
    CHECK(table.cohorts[2].active.size() == 16);
}
