// Calendar dates as day numbers, and the date formats a transaction log may use.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clv::data {

// Days since 1970-01-01 in the proleptic Gregorian calendar (negative before it).
using DayNumber = std::int32_t;

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
};

// Years a transaction date may have; outside them a date is taken as a typo.
constexpr int min_year = 1900;
constexpr int max_year = 2100;

// True when year-month-day names a real day (leap years by the Gregorian rule).
bool is_valid_date(int year, int month, int day);
// The day number of a valid civil date (Hinnant's days_from_civil, by era of 400 years).
DayNumber day_number(const CivilDate& date);
// The civil date of a day number (the inverse of day_number).
CivilDate civil_date(DayNumber day);
// "YYYY-MM-DD" of a day number, as ISO 8601 and SQL date literals write it.
std::string iso_date(DayNumber day);
// The month number year * 12 + (month - 1) of a day, so consecutive months differ by 1.
std::int32_t month_index(DayNumber day);
// The day number of the Monday starting the ISO week (Monday to Sunday) holding `day`.
DayNumber week_start(DayNumber day);

// How the date column writes a date. Each may be followed by a time of day, which is ignored.
enum class DateFormat {
    iso,       // year first: 1997-01-31, 1997/1/31, 1997.01.31, 1997年1月31日
    yyyymmdd,  // eight digits: 19970131
    dmy,       // day first: 31/01/1997, 31.1.97, 31-01-1997
    mdy,       // month first: 01/31/1997, 1/31/97
};

const char* date_format_name(DateFormat format);
std::optional<DateFormat> date_format_from_name(std::string_view name);
// Every format, in the order a guess prefers them.
const std::vector<DateFormat>& all_date_formats();

// The day of `text` read in `format`, or nullopt when it is not such a date (or its year is
// outside min_year..max_year). Two-digit years are 1970..2069 (POSIX strptime's %y pivot). A
// time after the date ("13:45", "1:05 PM", "T09:30:00.123Z", "+08:00") is accepted and ignored:
// the summary counts days.
std::optional<DayNumber> parse_date(std::string_view text, DateFormat format);

}  // namespace clv::data
