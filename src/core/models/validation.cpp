#include "validation.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "validation_checks.hpp"

namespace clv::models {

namespace {

// The model's four quantities the plots need, whichever model it is.
struct PurchaseModel {
    const ValidationInput& in;
    bool bg() const { return in.model == Model::bg_nbd; }
    double new_customer(double t) const {
        return bg() ? bg_nbd_expected_purchases_new(in.bg_nbd, t) : pareto_nbd_expected_purchases_new(in.pareto_nbd, t);
    }
    double count_probability(double t, int n) const {
        return bg() ? bg_nbd_probability_of_purchases(in.bg_nbd, t, n) : pareto_nbd_probability_of_purchases(in.pareto_nbd, t, n);
    }
    double conditional(double x, double t_x, double T, double t) const {
        return bg() ? bg_nbd_conditional_expected_purchases(in.bg_nbd, x, t_x, T, t)
                    : pareto_nbd_conditional_expected_purchases(in.pareto_nbd, x, t_x, T, t);
    }
    double alive(double x, double t_x, double T) const {
        return bg() ? bg_nbd_probability_alive(in.bg_nbd, x, t_x, T) : pareto_nbd_probability_alive(in.pareto_nbd, x, t_x, T);
    }
};

std::size_t bin_of(double frequency, double max_frequency) { return std::size_t(std::min(frequency, max_frequency)); }

FrequencyBins empty_bins(double max_frequency) {
    FrequencyBins bins;
    const std::size_t n = std::size_t(max_frequency) + 1;
    bins.frequency.resize(n);
    std::iota(bins.frequency.begin(), bins.frequency.end(), 0.0);
    bins.customers.assign(n, 0);
    bins.actual.assign(n, 0);
    bins.model.assign(n, 0);
    return bins;
}

// Per customer E[Y(t) | x, t_x, T] and P(alive), identical customers computed once.
void per_customer(const PurchaseModel& m, std::vector<double>& expected, std::vector<double>& alive) {
    const auto& c = m.in.customers;
    const std::size_t n = c.frequency.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    auto key = [&](std::size_t i) { return std::make_tuple(c.frequency[i], c.recency[i], c.T[i]); };
    std::sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) { return key(i) < key(j); });
    expected.resize(n);
    alive.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = order[k], j = k > 0 ? order[k - 1] : i;
        if (k > 0 && key(j) == key(i)) {
            expected[i] = expected[j];
            alive[i] = alive[j];
            continue;
        }
        expected[i] = m.conditional(c.frequency[i], c.recency[i], c.T[i], m.in.duration_holdout);
        alive[i] = m.alive(c.frequency[i], c.recency[i], c.T[i]);
    }
}

FrequencyBins conditional_bins(const ValidationInput& in, const std::vector<double>& expected) {
    FrequencyBins bins = empty_bins(in.max_frequency);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const std::size_t b = bin_of(in.customers.frequency[i], in.max_frequency);
        bins.customers[b] += 1;
        bins.actual[b] += in.frequency_holdout[i];
        bins.model[b] += expected[i];
    }
    FrequencyBins kept;  // a frequency nobody has has no mean: left out
    for (std::size_t b = 0; b < bins.customers.size(); ++b)
        if (bins.customers[b] > 0) {
            kept.frequency.push_back(bins.frequency[b]);
            kept.customers.push_back(bins.customers[b]);
            kept.actual.push_back(bins.actual[b] / bins.customers[b]);
            kept.model.push_back(bins.model[b] / bins.customers[b]);
        }
    return kept;
}

// Customers per distinct value of a column (T, or a first-purchase time).
std::map<double, double> count_by_value(const std::vector<double>& values) {
    std::map<double, double> counts;
    for (double v : values) counts[v] += 1;
    return counts;
}

FrequencyBins histogram_bins(const PurchaseModel& m) {
    const auto& in = m.in;
    FrequencyBins bins = empty_bins(in.max_frequency);
    for (double x : in.customers.frequency) bins.customers[bin_of(x, in.max_frequency)] += 1;
    bins.actual = bins.customers;
    const std::size_t open = bins.model.size() - 1;
    for (const auto& [T, count] : count_by_value(in.customers.T)) {
        double below = 0;  // P(X(T) < max_frequency)
        for (std::size_t n = 0; n < open; ++n) {
            const double p = m.count_probability(T, int(n));
            bins.model[n] += count * p;
            below += p;
        }
        bins.model[open] += count * std::max(0.0, 1 - below);
    }
    return bins;
}

TrackingSeries tracking_series(const PurchaseModel& m) {
    const TrackingInput& t = *m.in.tracking;
    TrackingSeries s;
    s.time = t.time;
    s.actual = t.repeat_purchases;
    s.calibration_end = t.calibration_end;
    const auto by_T = count_by_value(m.in.customers.T);
    s.model_cumulative.assign(t.time.size(), 0);
    for (std::size_t k = 0; k < t.time.size(); ++k)
        for (const auto& [T, count] : by_T) {
            const double age = t.time[k] - (t.calibration_end - T);  // time since this customer's first purchase
            if (age > 0) s.model_cumulative[k] += count * m.new_customer(age);
        }
    s.model.resize(t.time.size());
    s.actual_cumulative.resize(t.time.size());
    for (std::size_t k = 0; k < t.time.size(); ++k) {
        s.model[k] = s.model_cumulative[k] - (k > 0 ? s.model_cumulative[k - 1] : 0);
        s.actual_cumulative[k] = s.actual[k] + (k > 0 ? s.actual_cumulative[k - 1] : 0);
    }
    return s;
}

// Bins of whole time units, about 40 over the longest T (every recency fits: recency ≤ T);
// only those holding customers are given.
AliveByRecency alive_by_recency(const ValidationInput& in, const std::vector<double>& alive) {
    AliveByRecency a;
    const auto& T = in.customers.T;
    const double longest = *std::max_element(T.begin(), T.end());
    a.bin_width = std::max(1.0, std::ceil(longest / 40));
    const auto bins = std::size_t(std::floor(longest / a.bin_width)) + 1;
    a.recency.resize(bins);
    for (std::size_t b = 0; b < bins; ++b) a.recency[b] = double(b) * a.bin_width;
    a.customers.assign(bins, 0);
    a.mean_p_alive.assign(bins, 0);
    a.share_bought_in_holdout.assign(bins, 0);
    for (std::size_t i = 0; i < alive.size(); ++i) {
        const auto b = std::min(bins - 1, std::size_t(std::floor(in.customers.recency[i] / a.bin_width)));
        a.customers[b] += 1;
        a.mean_p_alive[b] += alive[i];
        a.share_bought_in_holdout[b] += in.frequency_holdout[i] > 0 ? 1 : 0;
    }
    AliveByRecency kept;  // bins nobody falls in have no mean: left out
    kept.bin_width = a.bin_width;
    for (std::size_t b = 0; b < bins; ++b)
        if (a.customers[b] > 0) {
            kept.recency.push_back(a.recency[b]);
            kept.customers.push_back(a.customers[b]);
            kept.mean_p_alive.push_back(a.mean_p_alive[b] / a.customers[b]);
            kept.share_bought_in_holdout.push_back(a.share_bought_in_holdout[b] / a.customers[b]);
        }
    return kept;
}

}  // namespace

Outcome<ValidationResult> validate_model(const ValidationInput& in) {
    ProblemList problems;
    detail::check_validation(in, problems);
    if (!problems.empty()) return {std::nullopt, problems.take()};
    const PurchaseModel m{in};
    ValidationResult out;
    std::vector<double> expected, alive;
    per_customer(m, expected, alive);
    out.customers = double(expected.size());
    out.conditional = conditional_bins(in, expected);
    out.histogram = histogram_bins(m);
    out.alive = alive_by_recency(in, alive);
    if (in.tracking) out.tracking = tracking_series(m);
    else out.warnings.push_back({"no_tracking", {}});
    out.actual_holdout_purchases = std::accumulate(in.frequency_holdout.begin(), in.frequency_holdout.end(), 0.0);
    out.predicted_holdout_purchases = out.explanation.record(
        "predicted_holdout_purchases", "validation.sum_conditional_expectations",
        {{"customers", out.customers, Unit::count}, {"duration_holdout", in.duration_holdout, Unit::periods}},
        {"predicted_holdout_purchases", std::accumulate(expected.begin(), expected.end(), 0.0), Unit::count});
    if (out.actual_holdout_purchases > 0)  // a ratio to nothing would be no number at all
        out.explanation.record("holdout_ratio", "validation.predicted_over_actual",
                               {{"predicted_holdout_purchases", out.predicted_holdout_purchases, Unit::count},
                                {"actual_holdout_purchases", out.actual_holdout_purchases, Unit::count}},
                               {"holdout_ratio", out.predicted_holdout_purchases / out.actual_holdout_purchases, Unit::ratio});
    return {std::move(out), {}};
}

}  // namespace clv::models
