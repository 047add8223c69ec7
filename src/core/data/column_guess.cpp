#include "column_guess.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace clv::data {

namespace detail {

bool is_date_any_format(std::string_view text) {
    for (DateFormat format : all_date_formats())
        if (parse_date(text, format)) return true;
    return false;
}

bool is_number_any_separator(std::string_view text) {
    return parse_amount(text, DecimalSeparator::point) || parse_amount(text, DecimalSeparator::comma);
}

bool is_number_or_date(std::string_view text) { return is_date_any_format(text) || is_number_any_separator(text); }

// What one column's values look like.
struct ColumnProfile {
    std::size_t values = 0;        // non-empty
    std::size_t dates = 0;         // read as a date in some format
    std::size_t numbers = 0;       // read as a number with either separator
    std::size_t with_decimals = 0;
    std::size_t small_whole = 0;   // whole numbers 0..1000 without leading zeros
    std::size_t leading_zero = 0;  // digits starting with 0, as ids are padded ("0001")
    std::size_t distinct = 0;      // different values: a customer id repeats, an order id not
};

ColumnProfile profile(const Rows& rows, std::size_t column) {
    ColumnProfile p;
    std::set<std::string> seen;
    for (const auto& row : rows) {
        if (column >= row.size() || row[column].empty()) continue;
        const std::string& text = row[column];
        ++p.values;
        if (seen.insert(text).second) ++p.distinct;
        if (is_date_any_format(text)) ++p.dates;
        auto number = parse_amount(text, DecimalSeparator::point);
        if (!number) number = parse_amount(text, DecimalSeparator::comma);
        if (!number) continue;
        ++p.numbers;
        const bool digits_only = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits_only && text.size() > 1 && text[0] == '0') ++p.leading_zero;
        else if (*number != std::floor(*number)) ++p.with_decimals;
        else if (*number >= 0 && *number <= 1000) ++p.small_whole;
    }
    return p;
}

bool mostly(std::size_t count, std::size_t total, double share) { return total > 0 && double(count) >= share * double(total); }

std::string lower_ascii(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return text;
}

bool names(const std::string& header, std::initializer_list<const char*> words) {
    const std::string lower = lower_ascii(header);
    for (const char* word : words)
        if (lower.find(word) != std::string::npos) return true;
    return false;
}

const std::initializer_list<const char*> date_words = {"date", "time", "day", "日期", "时间", "日"};
const std::initializer_list<const char*> quantity_words = {"quantity", "qty", "units", "数量", "件数"};
const std::initializer_list<const char*> amount_words = {"amount", "value", "revenue", "sales", "spend", "total",
                                                         "price", "金额", "销售额", "消费", "收入", "总价",
                                                         "价格", "实付", "dollars"};
const std::initializer_list<const char*> customer_words = {"customer", "cust", "client", "user", "member", "buyer",
                                                           "客户", "会员", "用户", "顾客", "买家"};

struct RoleFinder {
    const std::vector<std::string>& header;
    std::vector<ColumnProfile> profiles;
    std::vector<bool> taken;

    std::optional<std::size_t> take(std::size_t column) {
        taken[column] = true;
        return column;
    }
    template <class Plausible>
    std::optional<std::size_t> by_name(std::initializer_list<const char*> words, Plausible plausible) {
        for (std::size_t c = 0; c < profiles.size() && c < header.size(); ++c)
            if (!taken[c] && names(header[c], words) && plausible(profiles[c])) return take(c);
        return std::nullopt;
    }
    // The untaken column scoring highest (ties: leftmost), when its score is above zero.
    template <class Score>
    std::optional<std::size_t> by_content(Score score) {
        std::optional<std::size_t> best;
        double best_score = 0;
        for (std::size_t c = 0; c < profiles.size(); ++c) {
            const double s = taken[c] ? 0 : score(profiles[c]);
            if (s > best_score) { best = c; best_score = s; }
        }
        return best ? take(*best) : best;
    }
};

}  // namespace detail

std::optional<Delimiter> guess_delimiter(const std::vector<std::string_view>& records) {
    struct Fit { Delimiter delimiter; double share; std::size_t fields; };
    std::vector<Fit> fits;
    SplitRecord split;
    for (Delimiter delimiter : all_delimiters()) {
        std::map<std::size_t, std::size_t> counts;
        for (std::string_view record : records) {
            split_fields(record, delimiter, split);
            ++counts[split.field_count];
        }
        auto mode = std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; });
        if (mode == counts.end() || mode->first < 2) continue;
        const double share = double(mode->second) / double(records.size());
        if (share >= 0.9) fits.push_back({delimiter, share, mode->first});
    }
    // White space only when no real delimiter fits.
    const bool real = std::any_of(fits.begin(), fits.end(), [](const Fit& f) { return f.delimiter != Delimiter::whitespace; });
    std::optional<Fit> best;
    for (const Fit& fit : fits) {
        if (real && fit.delimiter == Delimiter::whitespace) continue;
        if (!best || fit.share > best->share || (fit.share == best->share && fit.fields > best->fields)) best = fit;
    }
    if (!best) return std::nullopt;
    return best->delimiter;
}

bool guess_header(const Rows& rows) {
    if (rows.empty()) return false;
    const auto& first = rows.front();
    if (std::any_of(first.begin(), first.end(), [](const std::string& f) { return detail::is_number_or_date(f); }))
        return false;
    if (rows.size() == 1) return true;
    // Two of the words a header uses ("customer", "日期", ...) settle it, bad rows below or not.
    std::size_t named = 0;
    for (const auto& field : first)
        named += detail::names(field, detail::date_words) || detail::names(field, detail::amount_words) ||
                 detail::names(field, detail::quantity_words) || detail::names(field, detail::customer_words);
    if (named >= 2) return true;
    for (std::size_t c = 0; c < first.size(); ++c) {
        std::size_t typed = 0, total = 0;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            if (c >= rows[r].size()) continue;
            ++total;
            typed += detail::is_number_or_date(rows[r][c]) ? 1 : 0;
        }
        if (detail::mostly(typed, total, 0.5)) return true;
    }
    return false;
}

ColumnRoles guess_roles(const std::vector<std::string>& header, const Rows& data_rows) {
    std::size_t columns = header.size();
    for (const auto& row : data_rows) columns = std::max(columns, row.size());
    detail::RoleFinder finder{header, {}, std::vector<bool>(columns, false)};
    for (std::size_t c = 0; c < columns; ++c) finder.profiles.push_back(detail::profile(data_rows, c));
    using detail::ColumnProfile;
    using detail::mostly;
    const auto dates = [](const ColumnProfile& p) { return mostly(p.dates, p.values, 0.5); };
    const auto numbers = [](const ColumnProfile& p) { return mostly(p.numbers, p.values, 0.5); };
    ColumnRoles roles;
    roles.date = finder.by_name(detail::date_words, dates);
    roles.quantity = finder.by_name(detail::quantity_words, numbers);
    roles.amount = finder.by_name(detail::amount_words, numbers);
    roles.customer = finder.by_name(detail::customer_words, [](const ColumnProfile& p) { return p.values > 0; });
    if (!roles.date)
        roles.date = finder.by_content([](const ColumnProfile& p) { return mostly(p.dates, p.values, 0.5) ? double(p.dates) : 0.0; });
    if (!roles.amount)
        roles.amount = finder.by_content([](const ColumnProfile& p) {
            return mostly(p.numbers, p.values, 0.6) && p.with_decimals > 0 ? double(p.with_decimals) : 0.0;
        });
    if (!roles.quantity && header.empty())
        roles.quantity = finder.by_content([](const ColumnProfile& p) { return mostly(p.small_whole, p.values, 1.0) ? 1.0 : 0.0; });
    // The most repeated of the columns left (ties: leftmost).
    if (!roles.customer)
        roles.customer = finder.by_content([](const ColumnProfile& p) { return p.values > 0 ? double(p.values - p.distinct) + 1 : 0.0; });
    return roles;
}

DateFormatGuess guess_date_format(const std::vector<std::string_view>& values) {
    DateFormatGuess guess;
    std::size_t total = 0, read_by_some = 0, best = 0;
    std::vector<std::size_t> read(all_date_formats().size(), 0);
    for (std::string_view value : values) {
        if (value.empty()) continue;
        ++total;
        bool some = false;
        for (std::size_t f = 0; f < read.size(); ++f)
            if (parse_date(value, all_date_formats()[f])) { ++read[f]; some = true; }
        read_by_some += some ? 1 : 0;
    }
    for (std::size_t count : read) best = std::max(best, count);
    if (best == 0) return guess;
    for (std::size_t f = 0; f < read.size(); ++f)
        if (read[f] == best) guess.candidates.push_back(all_date_formats()[f]);
    guess.format = guess.candidates.front();
    const auto has = [&](DateFormat format) {
        return std::find(guess.candidates.begin(), guess.candidates.end(), format) != guess.candidates.end();
    };
    guess.ambiguous = has(DateFormat::dmy) && has(DateFormat::mdy);
    guess.mixed = best < total && read_by_some > best;
    return guess;
}

DecimalGuess guess_decimal_separator(const std::vector<std::string_view>& values, Delimiter delimiter) {
    std::size_t point = 0, comma = 0;
    bool differ = false;
    for (std::string_view value : values) {
        auto p = parse_amount(value, DecimalSeparator::point);
        auto c = parse_amount(value, DecimalSeparator::comma);
        point += p ? 1 : 0;
        comma += c ? 1 : 0;
        differ = differ || (p && c && *p != *c);
    }
    DecimalGuess guess;
    if (comma != point) {
        guess.separator = comma > point ? DecimalSeparator::comma : DecimalSeparator::point;
        return guess;
    }
    guess.separator = delimiter == Delimiter::semicolon ? DecimalSeparator::comma : DecimalSeparator::point;
    guess.ambiguous = differ;
    return guess;
}

}  // namespace clv::data
