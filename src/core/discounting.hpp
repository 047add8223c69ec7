// Periods and rates: the period a rate is quoted for, discount factors, and the exact
// conversions of discount and retention rates between months and years (the "convert_rate"
// calculation). Every CLV calculation that discounts takes its per-period rate from here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "explanation.hpp"
#include "problems.hpp"

namespace clv {

// The length of one period of a rate, a cash flow or a horizon.
enum class Period { year, month };

const char* period_name(Period period);                               // "year" / "month"
std::optional<Period> period_from_name(const std::string& name);      // nullopt for other words
const std::vector<std::string>& period_names();                       // {"year", "month"}

// Whether a sum runs over a fixed number of periods or for ever.
enum class Horizon { finite, infinite };
const char* horizon_name(Horizon horizon);  // "finite" / "infinite"

// Which kind of rate is converted: a discount (interest) rate or a retention rate.
enum class RateKind { discount, retention };
const char* rate_kind_name(RateKind kind);                           // "discount" / "retention"
std::optional<RateKind> rate_kind_from_name(const std::string& name);
const std::vector<std::string>& rate_kind_names();

// The present-value factor 1 / (1 + d)^time for a per-period rate d, computed as
// exp(-time * log1p(d)) so that tiny rates keep their precision. 1 when time is 0.
double discount_factor(double rate_per_period, double time);

// The discount rate for one `to` period equivalent to `rate` per `from` period, by compounding:
// year -> month (1 + a)^(1/12) - 1, month -> year (1 + m)^12 - 1; unchanged when equal.
double convert_discount_rate(double rate, Period from, Period to);

// The retention rate for one `to` period equivalent to `rate` per `from` period, as a survival
// probability: month -> year r^12, year -> month r^(1/12); unchanged when equal.
double convert_retention_rate(double rate, Period from, Period to);

// convert_discount_rate, recording the conversion when the periods differ: as a step with id
// "discount_rate_per_period" (formula "discount.convert_year_to_month" or
// "discount.convert_month_to_year") and as warning rate_converted, whose values are the given
// and the converted rate (discount_rate_annual and discount_rate_monthly, the given one first),
// so that a converted rate is never silent. Returns the discount rate per `period`.
double discount_rate_per_period(double rate, Period rate_period, Period period,
                                Explanation& explanation, std::vector<Warning>& warnings);

// Input of the "convert_rate" calculation.
struct RateConversionInput {
    RateKind rate_kind = RateKind::discount;
    double rate = 0;  // fraction per from_period
    Period from_period = Period::year;
    Period to_period = Period::month;
};

struct RateConversionResult {
    double converted_rate = 0;  // fraction per to_period
    RateKind rate_kind = RateKind::discount;
    Period from_period = Period::year;
    Period to_period = Period::month;
    Explanation explanation;
    std::vector<Warning> warnings;
};

// A discount rate (0..10) or a retention rate (0..1) per from_period, converted to to_period
// with convert_discount_rate / convert_retention_rate.
Outcome<RateConversionResult> compute_rate_conversion(const RateConversionInput& input);

}  // namespace clv
