#include "summary_options.hpp"

namespace clv::data {

namespace detail {

template <class Enum, std::size_t N>
std::optional<Enum> from_name(std::string_view name, const Enum (&values)[N], const char* (*name_of)(Enum)) {
    for (Enum value : values)
        if (name == name_of(value)) return value;
    return std::nullopt;
}

}  // namespace detail

const char* time_unit_name(TimeUnit unit) {
    switch (unit) {
        case TimeUnit::day: return "day";
        case TimeUnit::week: return "week";
        case TimeUnit::month: return "month";
    }
    return "week";
}

std::optional<TimeUnit> time_unit_from_name(std::string_view name) {
    static const TimeUnit values[] = {TimeUnit::day, TimeUnit::week, TimeUnit::month};
    return detail::from_name(name, values, time_unit_name);
}

const char* purchase_grouping_name(PurchaseGrouping grouping) {
    return grouping == PurchaseGrouping::period ? "period" : "day";
}

std::optional<PurchaseGrouping> purchase_grouping_from_name(std::string_view name) {
    static const PurchaseGrouping values[] = {PurchaseGrouping::day, PurchaseGrouping::period};
    return detail::from_name(name, values, purchase_grouping_name);
}

const char* returns_policy_name(ReturnsPolicy policy) {
    switch (policy) {
        case ReturnsPolicy::drop: return "drop";
        case ReturnsPolicy::subtract: return "subtract";
        case ReturnsPolicy::keep: return "keep";
    }
    return "drop";
}

std::optional<ReturnsPolicy> returns_policy_from_name(std::string_view name) {
    static const ReturnsPolicy values[] = {ReturnsPolicy::drop, ReturnsPolicy::subtract, ReturnsPolicy::keep};
    return detail::from_name(name, values, returns_policy_name);
}

double days_per_unit(TimeUnit unit) {
    switch (unit) {
        case TimeUnit::day: return 1;
        case TimeUnit::week: return 7;
        case TimeUnit::month: return 365.25 / 12;
    }
    return 7;
}

}  // namespace clv::data
