// Day numbers and the date formats of a transaction log (src/core/data/dates.hpp).
#include <catch2/catch.hpp>

#include "core/data/dates.hpp"

using namespace clv::data;

namespace {
DayNumber day(int year, int month, int day_of_month) { return day_number({year, month, day_of_month}); }
}  // namespace

TEST_CASE("day numbers count days from 1970-01-01", "[data][dates]") {
    SECTION("known dates (by hand: 1997-01-01 is 27 years + 7 leap days after 1970-01-01)") {
        CHECK(day(1970, 1, 1) == 0);
        CHECK(day(1969, 12, 31) == -1);
        CHECK(day(1997, 1, 1) == 27 * 365 + 7);
        CHECK(day(2000, 3, 1) - day(2000, 2, 28) == 2);  // 2000 is a leap year
        CHECK(day(1900, 3, 1) - day(1900, 2, 28) == 1);  // 1900 is not
    }
    SECTION("the CDNOW calibration period is 272 days, 38.86 weeks (lifetimes' T of a 1 January customer)") {
        CHECK(day(1997, 9, 30) - day(1997, 1, 1) == 272);
    }
    SECTION("civil_date inverts day_number over every day of 1900..2100") {
        for (DayNumber n = day(1900, 1, 1); n <= day(2100, 12, 31); ++n) {
            const CivilDate date = civil_date(n);
            REQUIRE(is_valid_date(date.year, date.month, date.day));
            REQUIRE(day_number(date) == n);
        }
    }
    SECTION("consecutive days follow each other in the calendar") {
        CivilDate previous = civil_date(day(1999, 12, 31));
        for (DayNumber n = day(2000, 1, 1); n < day(2001, 1, 1); ++n) {
            const CivilDate date = civil_date(n);
            const bool next_day = date.day == previous.day + 1 && date.month == previous.month;
            const bool next_month = date.day == 1 && (date.month == previous.month + 1 ||
                                                      (date.month == 1 && previous.month == 12));
            REQUIRE((next_day || next_month));
            previous = date;
        }
    }
    SECTION("iso_date writes YYYY-MM-DD") {
        CHECK(iso_date(day(1997, 9, 30)) == "1997-09-30");
        CHECK(iso_date(0) == "1970-01-01");
    }
}

TEST_CASE("weeks start on Monday and months are numbered consecutively", "[data][dates]") {
    SECTION("1997-01-01 was a Wednesday: its week started on Monday 1996-12-30") {
        CHECK(week_start(day(1997, 1, 1)) == day(1996, 12, 30));
        CHECK(week_start(day(1996, 12, 30)) == day(1996, 12, 30));
        CHECK(week_start(day(1997, 1, 5)) == day(1996, 12, 30));  // Sunday
        CHECK(week_start(day(1997, 1, 6)) == day(1997, 1, 6));
        CHECK(week_start(day(1969, 12, 31)) == day(1969, 12, 29));  // before day 0
    }
    SECTION("month_index steps by one across a year end") {
        CHECK(month_index(day(1998, 1, 15)) - month_index(day(1997, 12, 31)) == 1);
        CHECK(month_index(day(1997, 9, 30)) - month_index(day(1997, 1, 1)) == 8);
    }
}

TEST_CASE("validity follows the Gregorian calendar", "[data][dates]") {
    CHECK(is_valid_date(2024, 2, 29));
    CHECK_FALSE(is_valid_date(2023, 2, 29));
    CHECK_FALSE(is_valid_date(2100, 2, 29));
    CHECK(is_valid_date(2000, 2, 29));
    CHECK_FALSE(is_valid_date(1997, 4, 31));
    CHECK_FALSE(is_valid_date(1997, 13, 1));
    CHECK_FALSE(is_valid_date(1997, 0, 1));
    CHECK_FALSE(is_valid_date(1997, 1, 0));
}

TEST_CASE("each date format reads its own spellings", "[data][dates]") {
    const DayNumber jan31 = day(1997, 1, 31);
    SECTION("iso: year first, with -, / or . or the Chinese 年月日") {
        for (const char* text : {"1997-01-31", "1997/1/31", "1997.01.31", "1997-1-31", "1997年1月31日",
                                 "1997年01月31", "  1997-01-31  "})
            CHECK(parse_date(text, DateFormat::iso) == jan31);
        for (const char* text : {"1997-01/31", "97-01-31", "1997-001-31", "1997-02-30", "1997年1-31",
                                 "19970131", "31/01/1997", "", "1997-01-31x"})
            CHECK_FALSE(parse_date(text, DateFormat::iso));
    }
    SECTION("yyyymmdd: exactly eight digits") {
        CHECK(parse_date("19970131", DateFormat::yyyymmdd) == jan31);
        CHECK_FALSE(parse_date("199701310", DateFormat::yyyymmdd));
        CHECK_FALSE(parse_date("1997013", DateFormat::yyyymmdd));
        CHECK_FALSE(parse_date("19970231", DateFormat::yyyymmdd));
    }
    SECTION("dmy and mdy: the same separator twice, a year of 2 or 4 digits") {
        CHECK(parse_date("31/01/1997", DateFormat::dmy) == jan31);
        CHECK(parse_date("31.1.1997", DateFormat::dmy) == jan31);
        CHECK(parse_date("31-01-97", DateFormat::dmy) == jan31);
        CHECK(parse_date("01/31/1997", DateFormat::mdy) == jan31);
        CHECK(parse_date("1/31/97", DateFormat::mdy) == jan31);
        CHECK_FALSE(parse_date("31/01/1997", DateFormat::mdy));
        CHECK_FALSE(parse_date("31/01-1997", DateFormat::dmy));
        CHECK_FALSE(parse_date("31/01/997", DateFormat::dmy));
        CHECK(parse_date("05/04/2023", DateFormat::dmy) == day(2023, 4, 5));
        CHECK(parse_date("05/04/2023", DateFormat::mdy) == day(2023, 5, 4));
    }
    SECTION("two-digit years: 00..69 are 2000..2069, 70..99 are 1970..1999") {
        CHECK(parse_date("1/2/69", DateFormat::dmy) == day(2069, 2, 1));
        CHECK(parse_date("1/2/70", DateFormat::dmy) == day(1970, 2, 1));
    }
    SECTION("years outside 1900..2100 are refused as typos") {
        CHECK_FALSE(parse_date("0997-01-31", DateFormat::iso));
        CHECK_FALSE(parse_date("21970131", DateFormat::yyyymmdd));
        CHECK(parse_date("2100-12-31", DateFormat::iso));
    }
}

TEST_CASE("a time of day after the date is accepted and ignored", "[data][dates]") {
    const DayNumber jan31 = day(1997, 1, 31);
    for (const char* text : {"1997-01-31 13:45", "1997-01-31 13:45:07", "1997-01-31T13:45:07.123Z",
                             "1997-01-31T13:45:07+08:00", "1997-01-31 01:05 PM", "1997-01-31  0:00:00",
                             "1997-01-31T23:59:59-0500", "1997年1月31日 8:30"})
        CHECK(parse_date(text, DateFormat::iso) == jan31);
    CHECK(parse_date("19970131 09:30", DateFormat::yyyymmdd) == jan31);
    CHECK(parse_date("1/31/1997 9:30 am", DateFormat::mdy) == jan31);
    SECTION("but not something else after it") {
        for (const char* text : {"1997-01-31 25:00", "1997-01-31 13:60", "1997-01-31 13", "1997-01-31 13:45 PM",
                                 "1997-01-31 morning", "1997-01-31T", "1997-01-31 13:45:07.", "1997-01-31 1:05 XM"})
            CHECK_FALSE(parse_date(text, DateFormat::iso));
    }
}

TEST_CASE("date format names round-trip", "[data][dates]") {
    for (DateFormat format : all_date_formats())
        CHECK(date_format_from_name(date_format_name(format)) == format);
    CHECK_FALSE(date_format_from_name("ymd"));
}
