// The repeat purchases of a summary's customers period by period, over the calibration and
// the holdout: what a tracking plot (actual against a model's expectation) draws. Periods are
// one time unit long and start at the earliest first purchase of the customers summarised.
#pragma once

#include <cstdint>
#include <vector>

namespace clv::data {

struct RepeatTracking {
    std::vector<double> time;              // end of each period, time units since the first purchase
    std::vector<double> repeat_purchases;  // repeat purchases in the period (first purchases left out), count
    double calibration_end = 0;            // time units since the first purchase (observation end without a split)
    double observation_end = 0;            // time units since the first purchase
};

// Collects purchase keys (day, or calendar period, numbers) one customer at a time, then bins
// their repeat purchases into periods of `keys_per_unit` keys (7 days for weeks by day, 1 for
// calendar periods). A customer's time t (as T and recency count it) is key offset / keys_per_unit.
class RepeatTrackingBuilder {
public:
    RepeatTrackingBuilder(std::int64_t lowest_key, std::int64_t observation_end_key, double keys_per_unit);
    void add_first_purchase(std::int64_t key);
    void add_repeat_purchase(std::int64_t key);
    // Period k holds key offsets o from the earliest first purchase with floor(o / keys_per_unit) = k;
    // its time is its last key's offset (capped at the observation end) / keys_per_unit.
    RepeatTracking table(std::int64_t calibration_end_key) const;

private:
    std::int64_t lowest_key_, observation_end_key_, first_key_;
    double keys_per_unit_;
    std::vector<double> repeats_by_key_;  // index: key − lowest_key
};

}  // namespace clv::data
