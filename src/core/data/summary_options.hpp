// The choices a transaction summary is made under: time unit, how purchases are grouped, what
// a return does, and where observation and calibration end. The SQL generator takes the same.
#pragma once

#include <optional>
#include <string_view>

#include "dates.hpp"

namespace clv::data {

enum class TimeUnit { day, week, month };
// day: durations are days / days_per_unit (weeks of 7 days, months of 365.25 / 12 days), as
// lifetimes with freq='D' and freq_multiplier; period: purchases merged per calendar week
// (Monday to Sunday) or month and durations counted in whole periods, as lifetimes' freq='W'/'M'.
enum class PurchaseGrouping { day, period };
// What a negative amount (a return) does: drop it; subtract it from that customer's spend in the
// same day or period (a day of returns only is no purchase: those returns are unmatched, left
// out); or keep it as a purchase of negative value.
enum class ReturnsPolicy { drop, subtract, keep };

const char* time_unit_name(TimeUnit unit);
std::optional<TimeUnit> time_unit_from_name(std::string_view name);
const char* purchase_grouping_name(PurchaseGrouping grouping);
std::optional<PurchaseGrouping> purchase_grouping_from_name(std::string_view name);
const char* returns_policy_name(ReturnsPolicy policy);
std::optional<ReturnsPolicy> returns_policy_from_name(std::string_view name);

// Days in one time unit when grouping by day: 1, 7, 30.4375 (an average Gregorian month).
double days_per_unit(TimeUnit unit);

struct SummaryOptions {
    TimeUnit time_unit = TimeUnit::week;
    PurchaseGrouping grouping = PurchaseGrouping::day;
    ReturnsPolicy returns = ReturnsPolicy::drop;
    std::optional<DayNumber> observation_end;  // last day observed; default: the log's last day
    std::optional<DayNumber> calibration_end;  // when given: calibration to it, holdout after
};

}  // namespace clv::data
