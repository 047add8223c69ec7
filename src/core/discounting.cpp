#include "discounting.hpp"

#include <cmath>

#include "evaluation_count.hpp"

namespace clv {

const char* period_name(Period period) { return period == Period::month ? "month" : "year"; }

std::optional<Period> period_from_name(const std::string& name) {
    if (name == "year") return Period::year;
    if (name == "month") return Period::month;
    return std::nullopt;
}

const std::vector<std::string>& period_names() {
    static const std::vector<std::string> names = {"year", "month"};
    return names;
}

const char* horizon_name(Horizon horizon) {
    return horizon == Horizon::finite ? "finite" : "infinite";
}

const char* rate_kind_name(RateKind kind) {
    return kind == RateKind::retention ? "retention" : "discount";
}

std::optional<RateKind> rate_kind_from_name(const std::string& name) {
    if (name == "discount") return RateKind::discount;
    if (name == "retention") return RateKind::retention;
    return std::nullopt;
}

const std::vector<std::string>& rate_kind_names() {
    static const std::vector<std::string> names = {"discount", "retention"};
    return names;
}

double discount_factor(double rate_per_period, double time) {
    if (time == 0) return 1;
    return std::exp(-time * std::log1p(rate_per_period));
}

namespace {
constexpr double months_per_year = 12;
}

double convert_discount_rate(double rate, Period from, Period to) {
    if (from == to) return rate;
    // expm1/log1p keep the digits of small rates that 1 + rate would round away.
    if (from == Period::year) return std::expm1(std::log1p(rate) / months_per_year);
    return std::expm1(std::log1p(rate) * months_per_year);
}

double convert_retention_rate(double rate, Period from, Period to) {
    if (from == to) return rate;
    if (from == Period::month) return std::pow(rate, months_per_year);
    return std::pow(rate, 1 / months_per_year);
}

namespace {

// The name of a rate of this kind per this period, e.g. "discount_rate_annual".
std::string rate_value_name(RateKind kind, Period period) {
    return std::string(rate_kind_name(kind)) + "_rate_" +
           (period == Period::year ? "annual" : "monthly");
}

// The step converting `rate` from one period to another, named for the rate kind.
void record_conversion(Explanation& explanation, const std::string& step_id, RateKind kind,
                       double rate, Period from, Period to, double converted) {
    if (from == to) {
        explanation.record(step_id, "rate.unchanged", {{"rate", rate, Unit::rate}},
                           {"converted_rate", converted, Unit::rate});
        return;
    }
    explanation.record(step_id,
                       std::string(rate_kind_name(kind)) + ".convert_" + period_name(from) +
                           "_to_" + period_name(to),
                       {{rate_value_name(kind, from), rate, Unit::rate}},
                       {rate_value_name(kind, to), converted, Unit::rate});
}

}  // namespace

double discount_rate_per_period(double rate, Period rate_period, Period period,
                                Explanation& explanation, std::vector<Warning>& warnings) {
    const double converted = convert_discount_rate(rate, rate_period, period);
    if (rate_period == period) return converted;
    record_conversion(explanation, "discount_rate_per_period", RateKind::discount, rate,
                      rate_period, period, converted);
    warnings.push_back({"rate_converted",
                        {{rate_value_name(RateKind::discount, rate_period), rate, Unit::rate},
                         {rate_value_name(RateKind::discount, period), converted, Unit::rate}}});
    return converted;
}

Outcome<RateConversionResult> compute_rate_conversion(const RateConversionInput& input) {
    detail::count_calculation();
    ProblemList problems;
    if (input.rate_kind == RateKind::discount)
        problems.require_range("rate", input.rate, 0, limits::max_discount_rate);
    else
        problems.require_range("rate", input.rate, 0, 1);
    if (!problems.empty()) return {std::nullopt, problems.take()};

    RateConversionResult out;
    out.rate_kind = input.rate_kind;
    out.from_period = input.from_period;
    out.to_period = input.to_period;
    out.converted_rate =
        input.rate_kind == RateKind::discount
            ? convert_discount_rate(input.rate, input.from_period, input.to_period)
            : convert_retention_rate(input.rate, input.from_period, input.to_period);
    record_conversion(out.explanation, "converted_rate", input.rate_kind, input.rate,
                      input.from_period, input.to_period, out.converted_rate);
    return {out, {}};
}

}  // namespace clv
