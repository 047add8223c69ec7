// The summary's repeat purchases period by period, for tracking plots (src/core/data/tracking.hpp).
#include <catch2/catch.hpp>

#include <numeric>

#include "../core_test_support.hpp"
#include "core/data/summary.hpp"
#include "data_test_support.hpp"

using namespace clv;
using namespace clv::data;
using namespace core_test;
using namespace data_test;
using Catch::Detail::Approx;

namespace {

DayNumber date(int year, int month, int day) { return day_number({year, month, day}); }

double sum(const std::vector<double>& v, std::size_t from, std::size_t to) {
    return std::accumulate(v.begin() + std::ptrdiff_t(from), v.begin() + std::ptrdiff_t(to), 0.0);
}

}  // namespace

TEST_CASE("tracking by hand: weeks from the first purchase, repeats only, a dropped return counts nothing", "[data][tracking]") {
    // README's summary example. First purchase Mon 2 Jan 2023 (A); A again 16 Jan (day 14:
    // week 2) and 6 Feb (day 35: week 5); B's first on 9 Jan is no repeat and its -8 on 13 Feb
    // is dropped. Observation end 28 Feb = day 57: weeks 0..8, the last cut at day 57.
    ReadOptions read;
    read.columns = {0, 1, 2, std::nullopt};
    const auto log = computed(read_whole("customer,date,amount\nA,2023-01-02,10\nA,2023-01-02,5\nA,2023-01-16,20\n"
                                         "B,2023-01-09,8\nA,2023-02-06,30\nB,2023-02-13,-8\n", read));
    SummaryOptions options;
    options.calibration_end = date(2023, 1, 31);
    options.observation_end = date(2023, 2, 28);
    const auto summary = computed(summarise_transactions(log, options));
    const RepeatTracking& t = summary.tracking;
    CHECK(t.repeat_purchases == std::vector<double>{0, 0, 1, 0, 0, 1, 0, 0, 0});
    REQUIRE(t.time.size() == 9);
    for (std::size_t k = 0; k < 8; ++k) CHECK(t.time[k] == Approx((7.0 * double(k + 1) - 1) / 7));  // each week's last day
    CHECK(t.time[8] == Approx(57.0 / 7));
    CHECK(t.calibration_end == Approx(29.0 / 7));  // 2 Jan → 31 Jan
    CHECK(t.observation_end == Approx(57.0 / 7));
}

TEST_CASE("CDNOW tracking: 78 weeks, the calibration's repeats then the holdout's", "[data][tracking]") {
    // Fader, Hardie & Lee (2005) fig. 3–4 track weeks 1–78 from 1 Jan 1997, calibration weeks 1–39.
    const auto log = computed(read_whole(cdnow_text(), cdnow_options()));
    SummaryOptions options;
    options.observation_end = date(1998, 6, 30);
    options.calibration_end = date(1997, 9, 30);
    const auto summary = computed(summarise_transactions(log, options));
    const RepeatTracking& t = summary.tracking;
    REQUIRE(t.time.size() == 78);
    CHECK(t.time[38] == Approx(t.calibration_end));  // 30 Sep 1997 closes week 39
    CHECK(t.calibration_end == Approx(272.0 / 7));
    CHECK(t.observation_end == Approx(545.0 / 7));
    const auto& c = summary.customers;
    CHECK(sum(t.repeat_purchases, 0, 39) == sum(c.frequency, 0, c.frequency.size()));
    CHECK(sum(t.repeat_purchases, 39, 78) == sum(c.frequency_holdout, 0, c.frequency_holdout.size()));
    // Each customer's first purchase (calibration end − T) is in the first 12 weeks (the sample's cohort).
    for (double T : c.T) CHECK(t.calibration_end - T < 12);
}

TEST_CASE("tracking in calendar months counts whole months", "[data][tracking]") {
    // A: 15 Jan, 3 Feb, 28 Feb (same month as 3 Feb: merged), 1 Apr. Months Jan..Apr: 0, 1, 0, 1.
    ReadOptions read;
    read.columns = {0, 1, 2, std::nullopt};
    const auto log = computed(read_whole("c,d,a\nA,2023-01-15,1\nA,2023-02-03,1\nA,2023-02-28,1\nA,2023-04-01,1\n", read));
    SummaryOptions options;
    options.time_unit = TimeUnit::month;
    options.grouping = PurchaseGrouping::period;
    const auto summary = computed(summarise_transactions(log, options));
    CHECK(summary.tracking.repeat_purchases == std::vector<double>{0, 1, 0, 1});
    CHECK(summary.tracking.time == std::vector<double>{0, 1, 2, 3});
    CHECK(summary.tracking.calibration_end == 3);  // no split: the observation end
}
