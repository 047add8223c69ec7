// The per-customer summary: frequency, recency, T, monetary_value, holdout
// (src/core/data/summary.hpp).
#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <sstream>

#include "../core_test_support.hpp"
#include "core/data/summary.hpp"
#include "data_test_support.hpp"

using namespace clv;
using namespace clv::data;
using namespace core_test;
using namespace data_test;

namespace {

TransactionLog log_of(const std::string& rows) {
    ReadOptions options;
    options.columns = {0, 1, 2, std::nullopt};
    return computed(read_whole(rows, options));
}

DayNumber date(int year, int month, int day) { return day_number({year, month, day}); }

// The summary row of customer `id`.
struct Row { double frequency, recency, T, monetary_value, total_spend; };
Row row_of(const TransactionLog& log, const TransactionSummary& summary, const std::string& id) {
    const auto& c = summary.customers;
    for (std::size_t i = 0; i < c.customer.size(); ++i)
        if (log.customers.id(c.customer[i]) == id) return {c.frequency[i], c.recency[i], c.T[i], c.monetary_value[i], c.total_spend[i]};
    FAIL("no customer " << id);
    return {};
}

SummaryOptions in_days(std::optional<DayNumber> observation_end = std::nullopt) {
    SummaryOptions options;
    options.time_unit = TimeUnit::day;
    options.observation_end = observation_end;
    return options;
}

}  // namespace

TEST_CASE("the CDNOW calibration summary equals the one lifetimes publishes", "[data][summary]") {
    // tests/data/cdnow_customers_summary_with_transactions.csv (lifetimes): x, t_x, T, zbar in
    // weeks to 1997-09-30, rounded to 2 decimals, so each value must agree within 0.005.
    const TransactionLog log = computed(read_whole(cdnow_text(), cdnow_options()));
    SummaryOptions options;
    options.time_unit = TimeUnit::week;
    options.calibration_end = date(1997, 9, 30);
    options.observation_end = date(1998, 6, 30);
    const TransactionSummary summary = computed(summarise_transactions(log, options));
    REQUIRE(summary.customers.customer.size() == 2357);
    std::map<int, std::size_t> position;
    for (std::size_t i = 0; i < summary.customers.customer.size(); ++i)
        position[std::stoi(std::string(log.customers.id(summary.customers.customer[i])))] = i;

    std::istringstream published(read_repo_file("tests/data/cdnow_customers_summary_with_transactions.csv"));
    std::string line;
    std::getline(published, line);
    REQUIRE(line.rfind("ID,x,t_x,T,zbar", 0) == 0);  // the file has CRLF line ends
    int rows = 0, repeat_buyers = 0;
    while (std::getline(published, line)) {
        int id;
        double x, t_x, T, zbar;
        char comma;
        std::istringstream fields(line);
        fields >> id >> comma >> x >> comma >> t_x >> comma >> T >> comma >> zbar;
        INFO("customer " << id);
        REQUIRE(position.count(id) == 1);
        const std::size_t i = position[id];
        REQUIRE(summary.customers.frequency[i] == x);
        REQUIRE(std::abs(summary.customers.recency[i] - t_x) <= 0.005 + 1e-9);
        REQUIRE(std::abs(summary.customers.T[i] - T) <= 0.005 + 1e-9);
        REQUIRE(std::abs(summary.customers.monetary_value[i] - zbar) <= 0.005 + 1e-9);
        ++rows;
        repeat_buyers += x > 0;
    }
    CHECK(rows == 2357);
    CHECK(repeat_buyers == 946);  // data/README.md: 946 customers have x > 0
    CHECK(summary.statistics.repeat_customers == 946);
    CHECK(summary.duration_holdout == Approx(273.0 / 7));  // 1997-10-01 .. 1998-06-30
    CHECK(summary.days_per_unit == 7);
    SECTION("customer 0001 by hand: purchases on 1 Jan, 18 Jan, 2 Aug in calibration, 12 Dec in holdout") {
        const auto& c = summary.customers;
        const std::size_t i = position[1];
        CHECK(c.frequency[i] == 2);
        CHECK(c.recency[i] == Approx(213.0 / 7));      // 1997-01-01 to 1997-08-02
        CHECK(c.T[i] == Approx(272.0 / 7));            // to 1997-09-30
        CHECK(c.monetary_value[i] == Approx((29.73 + 14.96) / 2));  // the first, 29.33, excluded
        CHECK(c.total_spend[i] == Approx(29.33 + 29.73 + 14.96));
        CHECK(c.frequency_holdout[i] == 1);
        CHECK(c.spend_holdout[i] == Approx(26.48));
    }
}

TEST_CASE("calibration and holdout add up to the whole observation", "[data][summary]") {
    // Grouping by day, no purchase straddles the calibration end: purchases over the whole
    // period = calibration purchases + holdout purchases, for every customer.
    const TransactionLog log = computed(read_whole(cdnow_text(), cdnow_options()));
    SummaryOptions whole;
    whole.observation_end = date(1998, 6, 30);
    SummaryOptions split = whole;
    split.calibration_end = date(1997, 9, 30);
    const TransactionSummary a = computed(summarise_transactions(log, whole));
    const TransactionSummary b = computed(summarise_transactions(log, split));
    REQUIRE(a.customers.customer == b.customers.customer);  // every CDNOW customer started by March 1997
    for (std::size_t i = 0; i < a.customers.customer.size(); ++i) {
        REQUIRE(a.customers.frequency[i] == b.customers.frequency[i] + b.customers.frequency_holdout[i]);
        REQUIRE(a.customers.total_spend[i] == Approx(b.customers.total_spend[i] + b.customers.spend_holdout[i]));
        REQUIRE(a.customers.recency[i] >= b.customers.recency[i]);
        REQUIRE(a.customers.T[i] == Approx(b.customers.T[i] + b.duration_holdout));
    }
    CHECK(a.statistics.rows_used == 6919);
    CHECK(a.statistics.purchases + a.statistics.rows_merged == 6919);
    CHECK(b.statistics.holdout_purchases == a.statistics.purchases - b.statistics.purchases);
}

TEST_CASE("purchases on the same day are merged into one", "[data][summary]") {
    const TransactionLog log = log_of("c,d,a\nA,2023-01-01,10\nA,2023-01-01,5\nA,2023-01-03,7\nA,2023-01-03,1\nA,2023-01-08,2\n");
    const TransactionSummary summary = computed(summarise_transactions(log, in_days()));
    const Row a = row_of(log, summary, "A");
    CHECK(a.frequency == 2);                // three days
    CHECK(a.recency == 7);
    CHECK(a.T == 7);                        // observation end defaults to the last day
    CHECK(a.monetary_value == (8.0 + 2.0) / 2);  // days 3 and 8; day 1 (15) excluded
    CHECK(a.total_spend == 25);
    CHECK(summary.statistics.rows_merged == 2);
}

TEST_CASE("time units and grouping by calendar period", "[data][summary]") {
    // 2023-01-02 is a Monday. A buys Mon 2 Jan, Sun 8 Jan (same week), Mon 9 Jan, 15 Feb.
    const TransactionLog log = log_of("c,d,a\nA,2023-01-02,1\nA,2023-01-08,2\nA,2023-01-09,4\nA,2023-02-15,8\n");
    SummaryOptions options;
    options.observation_end = date(2023, 3, 31);
    SECTION("weeks of 7 days, merged by day (lifetimes freq='D', freq_multiplier=7)") {
        options.time_unit = TimeUnit::week;
        const Row a = row_of(log, computed(summarise_transactions(log, options)), "A");
        CHECK(a.frequency == 3);
        CHECK(a.recency == Approx(44.0 / 7));
        CHECK(a.T == Approx(88.0 / 7));
    }
    SECTION("months of 30.4375 days") {
        options.time_unit = TimeUnit::month;
        const TransactionSummary summary = computed(summarise_transactions(log, options));
        CHECK(row_of(log, summary, "A").T == Approx(88.0 / 30.4375));
        CHECK(summary.days_per_unit == 30.4375);
    }
    SECTION("calendar weeks, Monday to Sunday (lifetimes freq='W')") {
        options.time_unit = TimeUnit::week;
        options.grouping = PurchaseGrouping::period;
        const TransactionSummary summary = computed(summarise_transactions(log, options));
        const Row a = row_of(log, summary, "A");
        CHECK(a.frequency == 2);        // weeks of 2 Jan, 9 Jan, 13 Feb
        CHECK(a.recency == 6);          // 13 Feb is 6 weeks after 2 Jan
        CHECK(a.T == 12);               // 31 Mar is in the week of 27 Mar, 12 weeks on
        CHECK(a.monetary_value == (4.0 + 8.0) / 2);  // the first week's 1 + 2 excluded
        CHECK(summary.days_per_unit == 0);
    }
    SECTION("calendar months (lifetimes freq='M')") {
        options.time_unit = TimeUnit::month;
        options.grouping = PurchaseGrouping::period;
        const Row a = row_of(log, computed(summarise_transactions(log, options)), "A");
        CHECK(a.frequency == 1);
        CHECK(a.recency == 1);
        CHECK(a.T == 2);
        CHECK(a.monetary_value == 8);
    }
}

TEST_CASE("returns follow the chosen policy", "[data][summary]") {
    // B buys 10 on day 1, 20 and returns 5 on day 2, returns 3 on day 3 (no purchase that day).
    const TransactionLog log = log_of("c,d,a\nB,2023-01-01,10\nB,2023-01-02,20\nB,2023-01-02,-5\nB,2023-01-03,-3\n");
    SummaryOptions options = in_days(date(2023, 1, 3));
    SECTION("drop: returns are left out") {
        options.returns = ReturnsPolicy::drop;
        const TransactionSummary summary = computed(summarise_transactions(log, options));
        const Row b = row_of(log, summary, "B");
        CHECK(b.frequency == 1);
        CHECK(b.monetary_value == 20);
        CHECK(summary.statistics.returns_dropped == 2);
        CHECK(summary.statistics.return_rows == 2);
    }
    SECTION("subtract: netted against the same day's spend; a day of returns only is unmatched") {
        options.returns = ReturnsPolicy::subtract;
        const TransactionSummary summary = computed(summarise_transactions(log, options));
        const Row b = row_of(log, summary, "B");
        CHECK(b.frequency == 1);
        CHECK(b.monetary_value == 15);
        CHECK(b.total_spend == 25);
        CHECK(summary.statistics.returns_subtracted == 1);
        CHECK(summary.statistics.returns_unmatched == 1);
        CHECK(has_warning(summary, "returns_unmatched"));
    }
    SECTION("keep: a return is a purchase of negative value") {
        options.returns = ReturnsPolicy::keep;
        const TransactionSummary summary = computed(summarise_transactions(log, options));
        const Row b = row_of(log, summary, "B");
        CHECK(b.frequency == 2);
        CHECK(b.monetary_value == Approx((15.0 - 3.0) / 2));
        CHECK(b.total_spend == 22);
    }
}

TEST_CASE("the observation end cuts later rows, the holdout starts after the calibration end", "[data][summary]") {
    const TransactionLog log = log_of("c,d,a\nA,2023-01-01,1\nA,2023-01-05,2\nB,2023-01-06,3\nA,2023-01-09,4\nA,2023-02-01,5\n");
    SummaryOptions options = in_days(date(2023, 1, 10));
    options.calibration_end = date(2023, 1, 5);
    const TransactionSummary summary = computed(summarise_transactions(log, options));
    REQUIRE(summary.customers.customer.size() == 1);  // B first bought in the holdout
    CHECK(summary.statistics.customers_first_seen_in_holdout == 1);
    CHECK(summary.statistics.rows_after_observation_end == 1);
    CHECK(has_warning(summary, "rows_after_observation_end"));
    CHECK(summary.customers.frequency[0] == 1);
    CHECK(summary.customers.T[0] == 4);
    CHECK(summary.customers.frequency_holdout[0] == 1);
    CHECK(summary.customers.monetary_value_holdout[0] == 4);
    CHECK(summary.duration_holdout == 5);
    CHECK(has_warning(summary, "one_customer"));
}

TEST_CASE("impossible ends are problems, thin data warnings", "[data][summary]") {
    const TransactionLog log = log_of("c,d,a\nA,2023-01-05,1\nB,2023-01-06,2\n");
    SummaryOptions options = in_days(date(2023, 1, 4));
    CHECK(problem_pairs(summarise_transactions(log, options).problems) ==
          ProblemPairs{{"observation_end", "before_first_purchase"}});
    options = in_days(date(2023, 1, 6));
    options.calibration_end = date(2023, 1, 6);
    CHECK(problem_pairs(summarise_transactions(log, options).problems) ==
          ProblemPairs{{"calibration_end", "not_before_observation_end"}});
    options.calibration_end = date(2023, 1, 1);
    CHECK(problem_pairs(summarise_transactions(log, options).problems) ==
          ProblemPairs{{"calibration_end", "before_first_purchase"}});
    SECTION("returns only: no purchases") {
        const TransactionLog returns = log_of("c,d,a\nA,2023-01-05,-1\n");
        CHECK(problem_pairs(summarise_transactions(returns, in_days()).problems) == ProblemPairs{{"file", "no_purchases"}});
    }
    SECTION("nobody bought twice") {
        const TransactionSummary summary = computed(summarise_transactions(log, in_days()));
        CHECK(warning_codes(summary) == std::vector<std::string>{"no_repeat_customers"});
    }
    SECTION("a repeat purchase worth nothing") {
        const TransactionLog free = log_of("c,d,a\nA,2023-01-05,1\nA,2023-01-06,0\nB,2023-01-06,2\n");
        CHECK(has_warning(computed(summarise_transactions(free, in_days())), "nonpositive_monetary_value"));
    }
}

TEST_CASE("rows out of date order summarise as if sorted", "[data][summary]") {
    std::string sorted = "c,d,a\n", shuffled = "c,d,a\n";
    for (int d = 1; d <= 60; ++d) sorted += "A,2023-03-" + std::string(d < 10 ? "0" : "") + std::to_string(d % 31 + 1) + "," + std::to_string(d) + "\n";
    std::vector<std::string> lines;
    std::istringstream in(sorted.substr(6));
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    for (std::size_t i = 0; i < lines.size(); ++i) shuffled += lines[(i * 37) % lines.size()] + "\n";
    const TransactionLog a = log_of(sorted), b = log_of(shuffled);
    const Row ra = row_of(a, computed(summarise_transactions(a, in_days())), "A");
    const Row rb = row_of(b, computed(summarise_transactions(b, in_days())), "A");
    CHECK(ra.frequency == rb.frequency);
    CHECK(ra.recency == rb.recency);
    CHECK(ra.monetary_value == Approx(rb.monetary_value));
}
