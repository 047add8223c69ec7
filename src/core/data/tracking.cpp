#include "tracking.hpp"

#include <algorithm>
#include <cmath>

namespace clv::data {

RepeatTrackingBuilder::RepeatTrackingBuilder(std::int64_t lowest_key, std::int64_t observation_end_key, double keys_per_unit)
    : lowest_key_(lowest_key), observation_end_key_(observation_end_key), first_key_(observation_end_key),
      keys_per_unit_(keys_per_unit),
      repeats_by_key_(std::size_t(std::max<std::int64_t>(observation_end_key - lowest_key + 1, 1)), 0.0) {}

void RepeatTrackingBuilder::add_first_purchase(std::int64_t key) { first_key_ = std::min(first_key_, key); }

void RepeatTrackingBuilder::add_repeat_purchase(std::int64_t key) {
    if (key >= lowest_key_ && key <= observation_end_key_) repeats_by_key_[std::size_t(key - lowest_key_)] += 1;
}

RepeatTracking RepeatTrackingBuilder::table(std::int64_t calibration_end_key) const {
    RepeatTracking out;
    const double s = keys_per_unit_;
    const std::int64_t last_offset = observation_end_key_ - first_key_;
    out.calibration_end = double(calibration_end_key - first_key_) / s;
    out.observation_end = double(last_offset) / s;
    const auto periods = std::size_t(std::floor(double(last_offset) / s)) + 1;
    out.time.resize(periods);
    out.repeat_purchases.assign(periods, 0.0);
    for (std::size_t k = 0; k < periods; ++k) {
        // The period's last key: the one before the next period's first, ceil((k + 1) s) − 1.
        const double last = std::min(std::ceil(double(k + 1) * s) - 1, double(last_offset));
        out.time[k] = last / s;
    }
    for (std::int64_t offset = 0; offset <= last_offset; ++offset) {
        const double count = repeats_by_key_[std::size_t(first_key_ + offset - lowest_key_)];
        if (count > 0) out.repeat_purchases[std::min(std::size_t(std::floor(double(offset) / s)), periods - 1)] += count;
    }
    return out;
}

}  // namespace clv::data
