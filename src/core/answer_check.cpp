#include "answer_check.hpp"

#include <cmath>

namespace clv {

namespace {

// Tolerance of a match (to the cent) and of a rounding slip (to the whole unit), per scale.
double exact_step(AnswerScale scale) { return scale == AnswerScale::money ? 0.01 : 0.0001; }
double whole_step(AnswerScale scale) { return scale == AnswerScale::money ? 1 : 0.01; }

double round_digits(double value, int digits) {
    const double scale = std::pow(10.0, digits);
    return std::round(value * scale) / scale;
}

bool matches_candidate(double answer, const Slip& slip, AnswerScale scale) {
    if (slip.code == "rounding")
        return std::fabs(answer - slip.value) <= whole_step(scale) / 2 * (1 + 1e-12);
    return same_to_step(answer, slip.value, exact_step(scale));
}

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
        cents += round_digits(term.present_value, 2);
        whole += round_digits(term.present_value, 0);
        factors_4 += term.amount * round_digits(term.factor, 4);
        factors_3 += term.amount * round_digits(term.factor, 3);
    }
    add(slips, "rounding", cents, "", "present_values_to_cents");
    add(slips, "rounding", whole, "", "present_values_to_whole_units");
    add(slips, "rounding", factors_4, "", "discount_factors_to_4_decimals");
    add(slips, "rounding", factors_3, "", "discount_factors_to_3_decimals");
    if (rate <= 0) return;
    add(slips, "finite_sum_divided_by_rate", sum / rate, "", "exact_sum");
    add(slips, "finite_sum_divided_by_rate", round_digits(sum, 2) / rate, "", "sum_rounded_to_cents");
    add(slips, "finite_sum_divided_by_rate", cents / rate, "", "present_values_rounded_to_cents");
}

// A per-period discount rate someone might have used instead of the exact conversion.
struct RateVariant {
    const char* code;
    const char* detail;
    double rate;
};

std::vector<RateVariant> rate_variants(double rate, Period rate_period, Period period) {
    if (rate_period == period) return {};
    const double converted = convert_discount_rate(rate, rate_period, period);
    const bool to_month = period == Period::month;
    return {{"period_mixup", "rate_not_converted", rate},
            {"period_mixup", to_month ? "simple_division" : "simple_multiplication",
             to_month ? rate / 12 : rate * 12},
            {"rounding", "rate_to_4_decimals", round_digits(converted, 4)},
            {"rounding", "rate_to_3_decimals", round_digits(converted, 3)}};
}

std::optional<DiscountedClvResult> discounted(const DiscountedClvInput& input) {
    auto outcome = compute_discounted_clv(input);
    if (!outcome.ok()) return std::nullopt;
    return std::move(*outcome.value);
}

std::optional<RetentionClvResult> retained(const RetentionClvInput& input) {
    auto outcome = compute_retention_clv(input);
    if (!outcome.ok()) return std::nullopt;
    return std::move(*outcome.value);
}

std::optional<double> clv_of(const std::optional<RetentionClvResult>& result,
                             RetentionConvention convention) {
    if (!result) return std::nullopt;
    for (const auto& value : result->conventions)
        if (value.convention == convention) return value.clv;
    return std::nullopt;
}

}  // namespace

bool same_to_step(double a, double b, double step) {
    if (std::fabs(a - b) < step / 2) return true;
    return std::round(a / step) == std::round(b / step);
}

Slip final_value_rounding(double value) { return {"rounding", value, "", "final_value"}; }

AnswerCheck check_answer(double answer, std::optional<double> expected,
                         const std::vector<Slip>& candidates, AnswerScale scale) {
    AnswerCheck out;
    out.answer = answer;
    if (expected && std::isfinite(*expected)) {
        out.expected = expected;
        out.difference = answer - *expected;
        out.matches = same_to_step(answer, *expected, exact_step(scale));
    }
    if (out.matches) return out;
    for (const auto& candidate : candidates) {
        if (!std::isfinite(candidate.value)) continue;
        if (candidate.code != "rounding" && out.expected &&
            same_to_step(candidate.value, *out.expected, exact_step(scale)))
            continue;  // gives the right value: explains no difference
        if (!matches_candidate(answer, candidate, scale)) continue;
        bool seen = false;
        for (auto& kept : out.slips) {
            if (kept.code != candidate.code || kept.convention != candidate.convention) continue;
            seen = true;
            if (std::fabs(answer - candidate.value) < std::fabs(answer - kept.value)) kept = candidate;
        }
        if (!seen) out.slips.push_back(candidate);
    }
    return out;
}

std::vector<Slip> simple_clv_slips(const SimpleClvInput& input) {
    auto outcome = compute_simple_clv(input);
    if (!outcome.ok()) return {};
    std::vector<Slip> slips = {final_value_rounding(outcome.value->clv)};
    if (input.gross_margin_rate)
        add(slips, "revenue_instead_of_margin", outcome.value->revenue_value, "", "revenue_value");
    return slips;
}

std::vector<Slip> discounted_clv_slips(const DiscountedClvInput& input) {
    auto full = input;  // every period in the table, for the rounded-terms slips
    if (input.cash_flows) full.table_periods = double(input.cash_flows->size());
    else if (input.periods) full.table_periods = *input.periods;
    auto base = discounted(full);
    if (!base) return {};
    std::vector<Slip> slips;
    if (base->clv) slips.push_back(final_value_rounding(*base->clv));

    auto other = input;
    other.timing = input.timing == Timing::end ? Timing::start : Timing::end;
    if (auto result = discounted(other))
        add(slips, "other_convention", result->clv, timing_name(other.timing), "timing");

    if (base->horizon == Horizon::finite && base->clv) {
        std::vector<Term> terms;
        for (const auto& row : base->table)
            terms.push_back({row.cash_flow, row.discount_factor, row.present_value});
        add_finite_sum_slips(slips, terms, *base->clv, base->discount_rate_per_period);
    }
    for (const auto& variant :
         rate_variants(input.discount_rate, input.discount_rate_period, input.period)) {
        auto changed = input;
        changed.discount_rate = variant.rate;
        changed.discount_rate_period = input.period;
        if (auto result = discounted(changed)) add(slips, variant.code, result->clv, "", variant.detail);
    }
    return slips;
}

std::vector<Slip> retention_clv_slips(const RetentionClvInput& input,
                                      RetentionConvention convention) {
    auto full = input;
    if (input.periods) full.table_periods = *input.periods;
    auto base = retained(full);
    if (!base) return {};
    std::vector<Slip> slips;
    const auto value = clv_of(base, convention);
    if (value) slips.push_back(final_value_rounding(*value));

    for (auto other : all_conventions())
        if (other != convention)
            add(slips, "other_convention", clv_of(base, other), convention_name(other),
                "retention_convention");

    if (base->horizon == Horizon::finite && value) {
        std::vector<Term> terms;
        for (const auto& item : base->conventions)
            if (item.convention == convention)
                for (const auto& row : item.table)
                    terms.push_back({row.expected_margin, row.discount_factor, row.present_value});
        add_finite_sum_slips(slips, terms, *value, base->discount_rate_per_period);
    }
    for (const auto& variant :
         rate_variants(input.discount_rate, input.discount_rate_period, input.period)) {
        auto changed = input;
        changed.discount_rate = variant.rate;
        changed.discount_rate_period = input.period;
        add(slips, variant.code, clv_of(retained(changed), convention), "", variant.detail);
    }
    return slips;
}

std::vector<Slip> rate_conversion_slips(const RateConversionInput& input) {
    if (!compute_rate_conversion(input).ok() || input.from_period == input.to_period) return {};
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

}  // namespace clv
