#include "slips.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

#include "rounding.hpp"

namespace clv {

namespace {

void add(std::vector<Slip>& slips, const char* code, std::optional<double> value,
         const std::string& convention, const std::string& detail) {
    if (value && std::isfinite(*value)) slips.push_back({code, *value, convention, detail});
}

// One term of a finite sum: the amount discounted, its factor and its present value.
struct Term {
    double amount = 0;
    double factor = 0;
    double present_value = 0;
};

// Slips of a finite sum of present values: terms rounded before summing (to the cent, to the
// whole unit; factors to 4 or 3 decimals, as printed in textbook tables), and the sum divided
// by the rate as if it were a perpetuity (the sum exact, or rounded to the cent first).
void add_finite_sum_slips(std::vector<Slip>& slips, const std::vector<Term>& terms, double sum,
                          double rate) {
    double cents = 0, whole = 0, factors_4 = 0, factors_3 = 0;
    for (const auto& term : terms) {
        cents += round_half_away(term.present_value, 2);
        whole += round_half_away(term.present_value, 0);
        factors_4 += term.amount * round_half_away(term.factor, 4);
        factors_3 += term.amount * round_half_away(term.factor, 3);
    }
    add(slips, "rounding", cents, "", "present_values_to_cents");
    add(slips, "rounding", whole, "", "present_values_to_whole_units");
    add(slips, "rounding", factors_4, "", "discount_factors_to_4_decimals");
    add(slips, "rounding", factors_3, "", "discount_factors_to_3_decimals");
    if (rate <= 0) return;
    add(slips, "finite_sum_divided_by_rate", sum / rate, "", "exact_sum");
    add(slips, "finite_sum_divided_by_rate", round_half_away(sum, 2) / rate, "", "sum_rounded_to_cents");
    add(slips, "finite_sum_divided_by_rate", cents / rate, "", "present_values_rounded_to_cents");
}

// A per-period discount rate someone might have used instead of the one the engine used.
struct RateVariant {
    const char* code;
    const char* detail;
    double rate;
};

std::vector<RateVariant> rate_variants(double rate, Period rate_period, Period period) {
    if (rate_period == period) {
        if (period != Period::month) return {};
        // A monthly rate that the exercise may have quoted per year: the answer then used it
        // divided by 12 or converted, and the request says the rate is per month.
        return {{"period_mixup", "annual_rate_divided_by_12", rate / 12},
                {"period_mixup", "annual_rate_converted",
                 convert_discount_rate(rate, Period::year, Period::month)}};
    }
    const double converted = convert_discount_rate(rate, rate_period, period);
    const bool to_month = period == Period::month;
    return {{"period_mixup", "rate_not_converted", rate},
            {"period_mixup", to_month ? "simple_division" : "simple_multiplication",
             to_month ? rate / 12 : rate * 12},
            {"rounding", "rate_to_4_decimals", round_half_away(converted, 4)},
            {"rounding", "rate_to_3_decimals", round_half_away(converted, 3)}};
}

// The same horizon one period longer and, above one period, one shorter: a sum over
// t = 0..T or t = 2..T where the convention's runs over T periods.
void add_horizon_slips(std::vector<Slip>& slips, int periods, bool can_grow,
                       const std::string& convention,
                       const std::function<std::optional<double>(int)>& value_over) {
    if (can_grow) add(slips, "horizon_off_by_one", value_over(periods + 1), convention, "one_period_more");
    if (periods > 1) add(slips, "horizon_off_by_one", value_over(periods - 1), convention, "one_period_less");
}

}  // namespace

std::vector<Slip> simple_clv_slips(const SimpleClvInput& input, const SimpleClvResult& result) {
    std::vector<Slip> slips = {final_value_rounding(result.clv)};
    if (input.gross_margin_rate)
        add(slips, "revenue_instead_of_margin", result.revenue_value, "", "revenue_value");
    return slips;
}

std::vector<Slip> simple_clv_totals_slips(const SimpleClvTotalsInput& input,
                                          const SimpleClvTotalsResult& result) {
    std::vector<Slip> slips = {final_value_rounding(result.clv)};
    if (input.gross_margin_rate)
        add(slips, "revenue_instead_of_margin", result.revenue_value, "", "revenue_value");
    // Each step's number rounded to the cent before the next step uses it.
    const double average_purchase = round_half_away(result.average_purchase, 2);
    const double frequency = round_half_away(result.purchase_frequency, 2);
    const double customer_value = round_half_away(average_purchase * frequency, 2);
    const double revenue =
        round_half_away(customer_value * round_half_away(result.average_lifespan_periods, 2), 2);
    add(slips, "rounding", input.gross_margin_rate ? revenue * *input.gross_margin_rate : revenue,
        "", "intermediates_to_cents");
    return slips;
}

std::vector<Slip> discounted_clv_slips(const DiscountedClvInput& input,
                                       const DiscountedClvResult& result) {
    std::vector<Slip> slips;
    const double d = result.discount_rate_per_period;
    const Timing other = input.timing == Timing::end ? Timing::start : Timing::end;
    if (result.clv) {
        const double clv = *result.clv;
        slips.push_back(final_value_rounding(clv));
        // The other timing discounts every flow one period less (start) or more (end).
        add(slips, "other_convention", other == Timing::start ? clv * (1 + d) : clv / (1 + d),
            timing_name(other), "timing");
    }
    if (result.horizon == Horizon::finite && result.clv && result.periods) {
        const int n = *result.periods;
        const double shift = input.timing == Timing::start ? 1 : 0;
        std::vector<Term> terms;
        terms.reserve(std::size_t(n));
        for (int t = 1; t <= n; ++t) {
            const double flow = input.cash_flows ? (*input.cash_flows)[std::size_t(t - 1)]
                                                 : input.cash_flow_per_period.value_or(0);
            const double factor = discount_factor(d, t - shift);
            terms.push_back({flow, factor, flow * factor});
        }
        add_finite_sum_slips(slips, terms, *result.clv, d);
        const bool can_grow = !input.cash_flows;  // a list has no flow after its last
        for (Timing timing : {input.timing, other})
            add_horizon_slips(slips, n, can_grow, timing == input.timing ? "" : timing_name(timing),
                              [&](int periods) { return discounted_value(input, d, timing, periods); });
    }
    for (const auto& variant :
         rate_variants(input.discount_rate, input.discount_rate_period, input.period))
        add(slips, variant.code, discounted_value(input, variant.rate, input.timing, result.periods),
            "", variant.detail);
    return slips;
}

const std::vector<std::string>& retention_check_names() {
    static const std::vector<std::string> names = {"clv", "limit", "net_clv", "margin_multiple"};
    return names;
}

namespace {

std::optional<double> number_of(const ConventionValue& value, const std::string& name) {
    if (name == "clv") return value.clv;
    if (name == "limit") return value.limit;
    if (name == "net_clv") return value.net_clv;
    if (name == "margin_multiple") return value.margin_multiple;
    return std::nullopt;
}

// The terms of a convention's finite sum, for the rounded-terms slips.
std::vector<Term> retention_terms(const RetentionClvInput& input, double margin, double rate,
                                  RetentionConvention convention, int periods) {
    const auto rates = retention_rates_of(input);
    std::vector<Term> terms;
    terms.reserve(std::size_t(periods));
    double survival = 1;
    int index = 0;
    for (int k = 1; k <= periods; ++k) {
        while (index < survival_index(convention, k)) survival *= rates.at(++index);
        const double factor = discount_factor(rate, term_time(convention, k));
        terms.push_back({margin * survival, factor, margin * survival * factor});
    }
    return terms;
}

// The mean lifetime L = the sum of survival (1 / (1 - r) for one rate), and the margin paid
// over it as a flat annuity (end or start of period) or undiscounted, instead of the retention
// sum; less `cost` for a net value.
void add_mean_lifetime_slips(std::vector<Slip>& slips, const RetentionClvInput& input,
                             double margin, double rate, double cost) {
    const auto lifetime = lifetime_multiple(retention_rates_of(input), 0, RetentionConvention::start);
    if (!lifetime) return;
    add(slips, "mean_lifetime_annuity", margin * annuity_factor(rate, *lifetime, Timing::end) - cost,
        "", "end");
    add(slips, "mean_lifetime_annuity", margin * annuity_factor(rate, *lifetime, Timing::start) - cost,
        "", "start");
    add(slips, "mean_lifetime_annuity", margin * *lifetime - cost, "", "undiscounted");
}

}  // namespace

std::vector<Slip> retention_clv_slips(const RetentionClvInput& input,
                                      const RetentionClvResult& result,
                                      RetentionConvention convention, const std::string& name) {
    std::vector<Slip> slips;
    const auto& names = retention_check_names();
    if (std::find(names.begin(), names.end(), name) == names.end()) return slips;
    const ConventionValue* checked = nullptr;
    for (const auto& value : result.conventions)
        if (value.convention == convention) checked = &value;
    if (!checked) return slips;
    const auto expected = number_of(*checked, name);
    const bool is_multiple = name == "margin_multiple";
    const double m = result.net_margin_per_period;
    const double d = result.discount_rate_per_period;
    const std::optional<double> cost = input.acquisition_cost;
    // `name`'s value for another convention, rate or horizon, from the closed forms.
    auto variant = [&](RetentionConvention which, double rate,
                       std::optional<int> periods) -> std::optional<double> {
        if (name == "limit") periods.reset();
        auto value = retention_value(input, is_multiple ? 1.0 : m, rate, which, periods);
        if (name == "net_clv") {
            if (!value || !cost) return std::nullopt;
            *value -= *cost;
        }
        return value;
    };

    if (expected && !is_multiple) slips.push_back(final_value_rounding(*expected));
    for (const auto& value : result.conventions)
        if (value.convention != convention)
            add(slips, "other_convention", number_of(value, name), convention_name(value.convention),
                "retention_convention");
    if (name == "net_clv") add(slips, "cost_left_out", checked->clv, "", "acquisition_cost");

    if (result.periods && name != "limit") {
        const int periods = *result.periods;
        if (name == "clv" && checked->clv)
            add_finite_sum_slips(slips, retention_terms(input, m, d, convention, periods),
                                 *checked->clv, d);
        for (auto which : all_conventions())
            add_horizon_slips(slips, periods, true, which == convention ? "" : convention_name(which),
                              [&](int horizon) { return variant(which, d, horizon); });
    }
    if (!is_multiple && (name != "net_clv" || cost))
        add_mean_lifetime_slips(slips, input, m, d, name == "net_clv" ? *cost : 0.0);
    for (const auto& variant_rate :
         rate_variants(input.discount_rate, input.discount_rate_period, input.period))
        add(slips, variant_rate.code, variant(convention, variant_rate.rate, result.periods), "",
            variant_rate.detail);
    return slips;
}

std::vector<Slip> rate_conversion_slips(const RateConversionInput& input) {
    if (input.from_period == input.to_period) return {};
    const double rate = input.rate;
    const bool to_month = input.to_period == Period::month;
    std::vector<Slip> slips;
    add(slips, "period_mixup", rate, "", "rate_not_converted");
    if (input.rate_kind == RateKind::discount) {
        add(slips, "period_mixup", to_month ? rate / 12 : rate * 12, "",
            to_month ? "simple_division" : "simple_multiplication");
        add(slips, "period_mixup", convert_discount_rate(rate, input.to_period, input.from_period),
            "", "wrong_direction");
    } else {
        // Churn scaled linearly: 1 - (1 - R) / 12 for a month, 1 - 12 (1 - r) for a year.
        add(slips, "period_mixup", to_month ? 1 - (1 - rate) / 12 : 1 - 12 * (1 - rate), "",
            to_month ? "churn_divided" : "churn_multiplied");
        add(slips, "period_mixup", convert_retention_rate(rate, input.to_period, input.from_period),
            "", "wrong_direction");
    }
    return slips;
}

std::vector<Slip> profitability_slips(const ProfitabilityInput& input,
                                      const ProfitabilityResult& result, const std::string& name) {
    std::vector<Slip> slips;
    const double cac = input.acquisition_cost;
    if (name == "profit" && result.profit && input.lifetime_value) {
        slips.push_back(final_value_rounding(*result.profit));
        if (input.retention_cost > 0)
            add(slips, "cost_left_out", *input.lifetime_value - cac, "", "retention_cost");
        if (cac > 0)
            add(slips, "cost_left_out", *input.lifetime_value - input.retention_cost, "",
                "acquisition_cost");
    } else if (name == "ltv_to_cac" && result.ltv_to_cac) {
        slips.push_back(final_value_rounding(*result.ltv_to_cac));
        if (*input.lifetime_value > 0) add(slips, "ratio_inverted", cac / *input.lifetime_value, "", "cac_to_ltv");
    } else if (name == "payback_periods" && result.payback_periods) {
        slips.push_back(final_value_rounding(*result.payback_periods));
        add(slips, "rounding", std::ceil(round_half_away(*result.payback_periods, 6)), "",
            "up_to_whole_periods");
        if (input.gross_margin_rate && input.revenue_per_period && *input.revenue_per_period > 0)
            add(slips, "revenue_instead_of_margin", cac / *input.revenue_per_period, "", "revenue_per_period");
    } else if (name == "margin_per_period" && result.margin_per_period) {
        slips.push_back(final_value_rounding(*result.margin_per_period));
        if (input.gross_margin_rate)
            add(slips, "revenue_instead_of_margin", input.revenue_per_period, "", "revenue_per_period");
    }
    return slips;
}

}  // namespace clv
