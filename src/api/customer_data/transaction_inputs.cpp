#include "transaction_inputs.hpp"

#include "../../core/data/dates.hpp"
#include "../../core/data/fields.hpp"
#include "../../core/data/numbers.hpp"
#include "../../core/data/sql_dialect.hpp"

namespace clv::api {

namespace {

// The value of one base64 character, -1 for any other byte.
int base64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

// RFC 4648 base64 (padding optional, no line breaks); nullopt when malformed.
std::optional<std::string> decode_base64(const std::string& text) {
    std::size_t length = text.size();
    while (length > 0 && text[length - 1] == '=' && text.size() - length < 2) --length;
    if (length % 4 == 1) return std::nullopt;
    std::string bytes;
    bytes.reserve(length / 4 * 3 + 2);
    std::uint32_t bits = 0;
    int count = 0;
    for (std::size_t i = 0; i < length; ++i) {
        const int value = base64_value(text[i]);
        if (value < 0) return std::nullopt;
        bits = (bits << 6) | std::uint32_t(value);
        if (++count == 4) {
            bytes.push_back(char(bits >> 16));
            bytes.push_back(char(bits >> 8 & 0xFF));
            bytes.push_back(char(bits & 0xFF));
            bits = 0;
            count = 0;
        }
    }
    if (count == 2) bytes.push_back(char(bits >> 4));
    if (count == 3) {
        bytes.push_back(char(bits >> 10));
        bytes.push_back(char(bits >> 2 & 0xFF));
    }
    return bytes;
}

template <class Enum>
std::vector<std::string> names_of(std::initializer_list<Enum> values, const char* (*name)(Enum), bool with_auto) {
    std::vector<std::string> words;
    if (with_auto) words.emplace_back("auto");
    for (Enum value : values) words.emplace_back(name(value));
    return words;
}

}  // namespace

std::optional<FileInput> read_file_input(InputReader& inputs, std::vector<Problem>& problems) {
    if (inputs.has("text") && inputs.has("base64")) {  // whatever their types
        problems.push_back({"base64", "conflicting_fields"});
        return std::nullopt;
    }
    bool ok = true;
    auto text = inputs.optional_long_text("text", ok);
    auto base64 = inputs.optional_long_text("base64", ok);
    if (!ok) return std::nullopt;
    if (!text && !base64) {
        problems.push_back({"text", "missing_field"});
        return std::nullopt;
    }
    if (text) return FileInput{std::move(*text), "text"};
    auto bytes = decode_base64(*base64);
    if (!bytes) {
        problems.push_back({"base64", "invalid_base64"});
        return std::nullopt;
    }
    return FileInput{std::move(*bytes), "base64"};
}

std::optional<data::DayNumber> read_date(InputReader& inputs, const std::string& name, std::vector<Problem>& problems,
                                         bool& ok) {
    if (!inputs.has(name)) return std::nullopt;
    auto text = inputs.text(name, "");
    if (!text) {
        ok = false;
        return std::nullopt;
    }
    // Exactly YYYY-MM-DD: the ISO reader would also take 1997/9/30 or a time of day.
    auto day = text->size() == 10 ? data::parse_date(*text, data::DateFormat::iso) : std::nullopt;
    if (!day || (*text)[4] != '-') {
        problems.push_back({name, "not_a_date"});
        ok = false;
        return std::nullopt;
    }
    return day;
}

std::optional<data::SummaryOptions> read_summary_options(InputReader& inputs, std::vector<Problem>& problems) {
    auto unit = inputs.choice("time_unit", time_unit_choices(), "week");
    auto grouping = inputs.choice("grouping", grouping_choices(), "day");
    auto returns = inputs.choice("returns", returns_choices(), "drop");
    bool ok = true;
    data::SummaryOptions options;
    options.observation_end = read_date(inputs, "observation_end", problems, ok);
    options.calibration_end = read_date(inputs, "calibration_end", problems, ok);
    if (!unit || !grouping || !returns || !ok) return std::nullopt;
    options.time_unit = *data::time_unit_from_name(*unit);
    options.grouping = *data::purchase_grouping_from_name(*grouping);
    options.returns = *data::returns_policy_from_name(*returns);
    return options;
}

std::vector<Problem> named_for_input(std::vector<Problem> problems, const std::string& file_field) {
    for (auto& problem : problems)
        if (problem.field == "file") problem.field = file_field;
    return problems;
}

const std::vector<std::string>& delimiter_choices() {
    static const auto words = names_of({data::Delimiter::comma, data::Delimiter::tab, data::Delimiter::semicolon,
                                        data::Delimiter::pipe, data::Delimiter::whitespace},
                                       data::delimiter_name, true);
    return words;
}

const std::vector<std::string>& header_choices() {
    static const std::vector<std::string> words = {"auto", "yes", "no"};
    return words;
}

const std::vector<std::string>& date_format_choices() {
    static const auto words = names_of({data::DateFormat::iso, data::DateFormat::yyyymmdd, data::DateFormat::dmy,
                                        data::DateFormat::mdy},
                                       data::date_format_name, true);
    return words;
}

const std::vector<std::string>& decimal_separator_choices() {
    static const auto words = names_of({data::DecimalSeparator::point, data::DecimalSeparator::comma},
                                       data::decimal_separator_name, true);
    return words;
}

const std::vector<std::string>& text_is_choices() {
    static const std::vector<std::string> words = {"whole_file", "start_of_file"};
    return words;
}

const std::vector<std::string>& time_unit_choices() {
    static const auto words = names_of({data::TimeUnit::day, data::TimeUnit::week, data::TimeUnit::month},
                                       data::time_unit_name, false);
    return words;
}

const std::vector<std::string>& grouping_choices() {
    static const auto words = names_of({data::PurchaseGrouping::day, data::PurchaseGrouping::period},
                                       data::purchase_grouping_name, false);
    return words;
}

const std::vector<std::string>& returns_choices() {
    static const auto words = names_of({data::ReturnsPolicy::drop, data::ReturnsPolicy::subtract, data::ReturnsPolicy::keep},
                                       data::returns_policy_name, false);
    return words;
}

const std::vector<std::string>& sql_dialect_choices() {
    static const std::vector<std::string> words = [] {
        std::vector<std::string> names;
        for (data::SqlDialect dialect : data::all_sql_dialects()) names.emplace_back(data::sql_dialect_name(dialect));
        return names;
    }();
    return words;
}

}  // namespace clv::api
