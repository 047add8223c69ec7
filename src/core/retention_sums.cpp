#include "retention_sums.hpp"

#include <algorithm>
#include <cmath>

#include "discounting.hpp"

namespace clv {

const char* convention_name(RetentionConvention convention) {
    switch (convention) {
        case RetentionConvention::end_retained: return "end_retained";
        case RetentionConvention::start: return "start";
        case RetentionConvention::end_first_certain: return "end_first_certain";
    }
    return "end_retained";
}

std::optional<RetentionConvention> convention_from_name(const std::string& name) {
    for (auto convention : all_conventions())
        if (name == convention_name(convention)) return convention;
    return std::nullopt;
}

const std::vector<std::string>& convention_names() {
    static const std::vector<std::string> names = {"end_retained", "start", "end_first_certain"};
    return names;
}

const std::vector<RetentionConvention>& all_conventions() {
    static const std::vector<RetentionConvention> conventions = {
        RetentionConvention::end_retained, RetentionConvention::start,
        RetentionConvention::end_first_certain};
    return conventions;
}

double RetentionRates::at(int t) const {
    if (!list) return constant.value_or(0);
    return (*list)[std::min<std::size_t>(std::size_t(t), list->size()) - 1];
}

double RetentionRates::repeating() const { return list ? list->back() : constant.value_or(0); }

int RetentionRates::listed() const { return list ? int(list->size()) : 0; }

double RetentionRates::survival(int t) const {
    double survival = 1;
    for (int i = 1; i <= t; ++i) survival *= at(i);
    return survival;
}

int survival_index(RetentionConvention convention, int k) {
    return convention == RetentionConvention::end_retained ? k : k - 1;
}

int term_time(RetentionConvention convention, int k) {
    return convention == RetentionConvention::start ? k - 1 : k;
}

double closed_form_numerator(RetentionConvention convention, double retention, double rate) {
    switch (convention) {
        case RetentionConvention::end_retained: return retention;
        case RetentionConvention::start: return 1 + rate;
        case RetentionConvention::end_first_certain: return 1;
    }
    return 1;
}

double horizon_multiple(const RetentionRates& rates, double rate_per_period,
                        RetentionConvention convention, int periods) {
    double sum = 0;
    double survival = 1;  // S_index, advanced one rate at a time as the terms need it
    int index = 0;
    for (int k = 1; k <= periods; ++k) {
        for (const int needed = survival_index(convention, k); index < needed;)
            survival *= rates.at(++index);
        sum += survival * discount_factor(rate_per_period, term_time(convention, k));
    }
    return sum;
}

std::optional<double> tail_multiple(const RetentionRates& rates, double rate_per_period,
                                    RetentionConvention convention) {
    const int n = rates.listed();
    const double survival_at_end = rates.survival(n);
    if (survival_at_end == 0) return 0.0;  // a customer surely lost by then brings nothing more
    const double rho = rates.repeating();
    const double denominator = (1 - rho) + rate_per_period;  // 1 + d - r without losing a tiny d
    if (denominator <= 0) return std::nullopt;
    return survival_at_end * discount_factor(rate_per_period, n) *
           closed_form_numerator(convention, rho, rate_per_period) / denominator;
}

std::optional<double> lifetime_multiple(const RetentionRates& rates, double rate_per_period,
                                        RetentionConvention convention) {
    std::optional<double> value;
    if (!rates.list) {
        const double rho = rates.repeating();
        const double denominator = (1 - rho) + rate_per_period;
        if (denominator <= 0) return std::nullopt;
        value = closed_form_numerator(convention, rho, rate_per_period) / denominator;
    } else if (auto tail = tail_multiple(rates, rate_per_period, convention)) {
        value = horizon_multiple(rates, rate_per_period, convention, rates.listed()) + *tail;
    }
    if (value && !std::isfinite(*value)) value.reset();
    return value;
}

}  // namespace clv
