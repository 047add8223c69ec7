#include "dates.hpp"

#include <cstdio>

namespace clv::data {

namespace detail {

// Reads 1..max_digits ASCII digits at text[pos]; advances pos. nullopt when fewer than min_digits.
std::optional<int> read_digits(std::string_view text, std::size_t& pos, int min_digits,
                               int max_digits) {
    int value = 0, count = 0;
    while (pos < text.size() && count < max_digits && text[pos] >= '0' && text[pos] <= '9') {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    if (count < min_digits) return std::nullopt;
    return value;
}

bool is_digit_at(std::string_view text, std::size_t pos) {
    return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

bool read_literal(std::string_view text, std::size_t& pos, std::string_view literal) {
    if (text.substr(pos, literal.size()) != literal) return false;
    pos += literal.size();
    return true;
}

void skip_spaces(std::string_view text, std::size_t& pos) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
}

// A UTC offset after a time: Z, +08, +0800, +08:00 (or with a minus sign).
bool read_zone(std::string_view text, std::size_t& pos) {
    if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
        ++pos;
        return true;
    }
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return true;
    ++pos;
    auto hours = read_digits(text, pos, 2, 2);
    if (!hours || *hours > 14) return false;
    if (pos < text.size() && text[pos] == ':') ++pos;
    if (is_digit_at(text, pos)) {
        auto minutes = read_digits(text, pos, 2, 2);
        if (!minutes || *minutes > 59) return false;
    }
    return true;
}

// The time of day after a date: H:MM[:SS[.fraction]] [AM|PM] [zone]. True when `text` from `pos`
// is empty or exactly such a time, introduced by 'T' or spaces.
bool is_time_or_nothing(std::string_view text, std::size_t pos) {
    if (pos == text.size()) return true;
    if (text[pos] == 'T' || text[pos] == 't') {
        ++pos;
    } else if (text[pos] == ' ') {
        skip_spaces(text, pos);
    } else {
        return false;
    }
    auto hours = read_digits(text, pos, 1, 2);
    if (!hours || *hours > 24 || !read_literal(text, pos, ":")) return false;
    auto minutes = read_digits(text, pos, 2, 2);
    if (!minutes || *minutes > 59) return false;
    if (read_literal(text, pos, ":")) {
        auto seconds = read_digits(text, pos, 2, 2);
        if (!seconds || *seconds > 60) return false;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            if (!read_digits(text, pos, 1, 9)) return false;
        }
    }
    skip_spaces(text, pos);
    for (std::string_view meridiem : {"AM", "PM", "am", "pm"}) {
        if (read_literal(text, pos, meridiem)) {
            if (*hours > 12) return false;
            skip_spaces(text, pos);
            break;
        }
    }
    return read_zone(text, pos) && pos == text.size();
}

int expand_year(int year, int digits) {
    if (digits == 4) return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

std::optional<DayNumber> checked_day(int year, int month, int day) {
    if (year < min_year || year > max_year || !is_valid_date(year, month, day)) return std::nullopt;
    return day_number({year, month, day});
}

// 1997-01-31, 1997/1/31, 1997.01.31, 1997年1月31日
std::optional<DayNumber> parse_iso(std::string_view text, std::size_t& pos) {
    auto year = read_digits(text, pos, 4, 4);
    if (!year || pos >= text.size()) return std::nullopt;
    const bool chinese = read_literal(text, pos, "年");
    const char separator = chinese ? '\0' : text[pos];
    if (!chinese) {
        if (separator != '-' && separator != '/' && separator != '.') return std::nullopt;
        ++pos;
    }
    auto month = read_digits(text, pos, 1, 2);
    if (!month) return std::nullopt;
    if (chinese ? !read_literal(text, pos, "月") : !read_literal(text, pos, {&separator, 1}))
        return std::nullopt;
    auto day = read_digits(text, pos, 1, 2);
    if (!day) return std::nullopt;
    if (chinese) read_literal(text, pos, "日");
    return checked_day(*year, *month, *day);
}

std::optional<DayNumber> parse_yyyymmdd(std::string_view text, std::size_t& pos) {
    auto digits = read_digits(text, pos, 8, 8);
    if (!digits || is_digit_at(text, pos)) return std::nullopt;
    return checked_day(*digits / 10000, *digits / 100 % 100, *digits % 100);
}

// 31/01/1997 (day first) or 01/31/1997 (month first), with '/', '-' or '.' twice.
std::optional<DayNumber> parse_day_month(std::string_view text, std::size_t& pos, bool day_first) {
    auto first = read_digits(text, pos, 1, 2);
    if (!first || pos >= text.size()) return std::nullopt;
    const char separator = text[pos];
    if (separator != '/' && separator != '-' && separator != '.') return std::nullopt;
    ++pos;
    auto second = read_digits(text, pos, 1, 2);
    if (!second || !read_literal(text, pos, {&separator, 1})) return std::nullopt;
    const std::size_t year_start = pos;
    auto year = read_digits(text, pos, 2, 4);
    const int year_digits = int(pos - year_start);
    if (!year || year_digits == 3) return std::nullopt;
    const int full_year = expand_year(*year, year_digits);
    return day_first ? checked_day(full_year, *second, *first) : checked_day(full_year, *first, *second);
}

}  // namespace detail

bool is_valid_date(int year, int month, int day) {
    static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= month_days[month - 1] + (month == 2 && leap ? 1 : 0);
}

DayNumber day_number(const CivilDate& date) {
    const int year = date.year - (date.month <= 2 ? 1 : 0);
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int year_of_era = year - era * 400;
    const int month_from_march = date.month + (date.month > 2 ? -3 : 9);
    const int day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
    const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

CivilDate civil_date(DayNumber day) {
    const int shifted = day + 719468;
    const int era = (shifted >= 0 ? shifted : shifted - 146096) / 146097;
    const int day_of_era = shifted - era * 146097;
    const int year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const int month_from_march = (5 * day_of_year + 2) / 153;
    CivilDate date;
    date.day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    date.month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
    date.year = year_of_era + era * 400 + (date.month <= 2 ? 1 : 0);
    return date;
}

std::string iso_date(DayNumber day) {
    const CivilDate date = civil_date(day);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

std::int32_t month_index(DayNumber day) {
    const CivilDate date = civil_date(day);
    return date.year * 12 + date.month - 1;
}

DayNumber week_start(DayNumber day) {
    // 1970-01-01 was a Thursday, three days after a Monday.
    const int days_since_monday = ((day + 3) % 7 + 7) % 7;
    return day - days_since_monday;
}

const char* date_format_name(DateFormat format) {
    switch (format) {
        case DateFormat::iso: return "iso";
        case DateFormat::yyyymmdd: return "yyyymmdd";
        case DateFormat::dmy: return "dmy";
        case DateFormat::mdy: return "mdy";
    }
    return "iso";
}

std::optional<DateFormat> date_format_from_name(std::string_view name) {
    for (DateFormat format : all_date_formats())
        if (name == date_format_name(format)) return format;
    return std::nullopt;
}

const std::vector<DateFormat>& all_date_formats() {
    static const std::vector<DateFormat> formats = {DateFormat::iso, DateFormat::yyyymmdd,
                                                    DateFormat::dmy, DateFormat::mdy};
    return formats;
}

std::optional<DayNumber> parse_date(std::string_view text, DateFormat format) {
    // The common case first: exactly YYYY-MM-DD.
    if (format == DateFormat::iso && text.size() == 10 && text[4] == '-' && text[7] == '-') {
        int value[3] = {0, 0, 0};
        const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
        bool digits = true;
        for (int part = 0; part < 3; ++part)
            for (int k = 0; k < lengths[part]; ++k) {
                const char c = text[std::size_t(starts[part] + k)];
                digits = digits && c >= '0' && c <= '9';
                value[part] = value[part] * 10 + (c - '0');
            }
        if (digits) return detail::checked_day(value[0], value[1], value[2]);
    }
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    std::size_t pos = 0;
    std::optional<DayNumber> day;
    switch (format) {
        case DateFormat::iso: day = detail::parse_iso(text, pos); break;
        case DateFormat::yyyymmdd: day = detail::parse_yyyymmdd(text, pos); break;
        case DateFormat::dmy: day = detail::parse_day_month(text, pos, true); break;
        case DateFormat::mdy: day = detail::parse_day_month(text, pos, false); break;
    }
    if (!day || !detail::is_time_or_nothing(text, pos)) return std::nullopt;
    return day;
}

}  // namespace clv::data
