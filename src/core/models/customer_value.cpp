#include "customer_value.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "../discounting.hpp"

namespace clv::models {

namespace {

const std::vector<double>& rate_period_days() {
    static const std::vector<double> days = {1, 7, 30.4375, 365.25};
    return days;
}

void check_params(const PredictionInput& in, ProblemList& problems) {
    const auto& bg = in.bg_nbd;
    const auto& pareto = in.pareto_nbd;
    const auto& bb = in.bg_bb;
    const bool is_bg = in.model == Model::bg_nbd, is_bb = in.model == Model::bg_bb;
    const double values[4] = {is_bg ? bg.r : is_bb ? bb.alpha : pareto.r, is_bg ? bg.alpha : is_bb ? bb.beta : pareto.alpha,
                              is_bg ? bg.a : is_bb ? bb.gamma : pareto.s, is_bg ? bg.b : is_bb ? bb.delta : pareto.beta};
    const char* names[4] = {is_bb ? "alpha" : "r", is_bb ? "beta" : "alpha", is_bg ? "a" : is_bb ? "gamma" : "s",
                            is_bg ? "b" : is_bb ? "delta" : "beta"};
    for (int k = 0; k < 4; ++k) problems.require_positive(std::string("params.") + names[k], values[k], 1e12);
    if (in.gamma_gamma) {
        problems.require_positive("gamma_gamma.p", in.gamma_gamma->p, 1e12);
        problems.require_positive("gamma_gamma.v", in.gamma_gamma->v, 1e12);
        // The mean spend p v / (q − 1) is finite only for q > 1.
        if (problems.require_finite("gamma_gamma.q", in.gamma_gamma->q) && !(in.gamma_gamma->q > 1 && in.gamma_gamma->q <= 1e12)) {
            Problem p{"gamma_gamma.q", "out_of_range", 1.0, 1e12};
            p.min_exclusive = true;
            problems.add(std::move(p));
        }
    }
}

void check_inputs(const PredictionInput& in, ProblemList& problems) {
    check_params(in, problems);
    problems.require_whole("horizon", in.horizon, 1, limits::max_periods);
    if (in.margin) problems.require_range("margin", *in.margin, 0, 1);
    if (in.spend) problems.require_range("spend", *in.spend, 0, limits::max_money);
    problems.require_range("discount_rate", in.discount_rate, 0, limits::max_discount_rate);
    const auto good = check_customers(in.customers, in.model, problems);
    if (!in.gamma_gamma || good.empty()) return;
    const auto& m = in.customers.monetary_value;
    if (m.empty()) problems.add({"customers.monetary_value", "missing_field"});
    else if (m.size() != good.size()) problems.add({"customers.monetary_value", "wrong_length", double(good.size()), double(good.size())});
    else
        for (std::size_t i = 0; i < m.size(); ++i)
            problems.require_range("customers.monetary_value[" + std::to_string(i) + "]", m[i], 0, limits::max_money);
}

// The discount rate per time unit, converted (a step and a warning) when given for another period.
double rate_per_unit(const PredictionInput& in, PredictionResult& out) {
    const std::string unit = data::time_unit_name(in.time_unit);
    const std::string given = in.discount_rate_period.empty() ? unit : in.discount_rate_period;
    if (given == unit) return in.discount_rate;
    const double exponent = data::days_per_unit(in.time_unit) / days_per_rate_period(given);
    const double converted = std::expm1(exponent * std::log1p(in.discount_rate));
    out.explanation.record("discount_rate_per_period", "discount.convert_by_days",
                           {{"discount_rate", in.discount_rate, Unit::rate},
                            {"days_per_rate_period", days_per_rate_period(given), Unit::count},
                            {"days_per_time_unit", data::days_per_unit(in.time_unit), Unit::count}},
                           {"discount_rate_per_period", converted, Unit::rate});
    out.warnings.push_back({"rate_converted", {{"discount_rate_per_" + given, in.discount_rate, Unit::rate},
                                               {"discount_rate_per_" + unit, converted, Unit::rate}}});
    return converted;
}

double expected(const PredictionInput& in, double x, double t_x, double T, double t) {
    switch (in.model) {
        case Model::bg_nbd: return bg_nbd_conditional_expected_purchases(in.bg_nbd, x, t_x, T, t);
        case Model::bg_bb: return bg_bb_conditional_expected_purchases(in.bg_bb, x, t_x, T, int(t));
        default: return pareto_nbd_conditional_expected_purchases(in.pareto_nbd, x, t_x, T, t);
    }
}

// P(alive) at T (the BG/BB: at the next opportunity).
double alive(const PredictionInput& in, double x, double t_x, double T) {
    switch (in.model) {
        case Model::bg_nbd: return bg_nbd_probability_alive(in.bg_nbd, x, t_x, T);
        case Model::bg_bb: return bg_bb_probability_alive(in.bg_bb, x, t_x, T);
        default: return pareto_nbd_probability_alive(in.pareto_nbd, x, t_x, T);
    }
}

// Purchases expected over the horizon and the same discounted period by period.
std::pair<double, double> purchases(const PredictionInput& in, double x, double t_x, double T, double rate) {
    if (rate == 0) {
        const double total = expected(in, x, t_x, T, in.horizon);
        return {total, total};
    }
    double before = 0, discounted = 0;
    for (int k = 1; k <= int(in.horizon); ++k) {
        const double upto = expected(in, x, t_x, T, k);
        discounted += (upto - before) * discount_factor(rate, k);
        before = upto;
    }
    return {before, discounted};
}

std::vector<double> spend_per_customer(const PredictionInput& in) {
    const auto& c = in.customers;
    std::vector<double> spend(c.frequency.size(), in.spend.value_or(0));
    if (in.gamma_gamma)
        for (std::size_t i = 0; i < spend.size(); ++i)
            spend[i] = *gamma_gamma_expected_spend(*in.gamma_gamma, c.frequency[i], c.monetary_value[i]);
    return spend;
}

}  // namespace

const std::vector<std::string>& rate_period_names() {
    static const std::vector<std::string> names = {"day", "week", "month", "year"};
    return names;
}

double days_per_rate_period(const std::string& name) {
    const auto& names = rate_period_names();
    const auto found = std::find(names.begin(), names.end(), name);
    return found == names.end() ? 0 : rate_period_days()[std::size_t(found - names.begin())];
}

double purchases_per_year(double purchases, double horizon, data::TimeUnit unit) {
    return purchases * days_per_rate_period("year") / (horizon * data::days_per_unit(unit));
}

Outcome<PredictionResult> predict_customers(const PredictionInput& in) {
    ProblemList problems;
    check_inputs(in, problems);
    if (!problems.empty()) return {std::nullopt, problems.take()};
    PredictionResult out;
    out.discount_rate_per_period = rate_per_unit(in, out);
    const auto& c = in.customers;
    const auto& observed = in.model == Model::bg_bb ? c.periods : c.T;  // the T of each customer
    const std::size_t n = c.frequency.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    auto key = [&](std::size_t i) { return std::make_tuple(c.frequency[i], c.recency[i], observed[i]); };
    std::sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) { return key(i) < key(j); });
    out.expected_purchases.resize(n);
    out.p_alive.resize(n);
    std::vector<double> discounted(n);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = order[k];
        if (k > 0 && key(order[k - 1]) == key(i)) {  // an identical customer: computed already
            const std::size_t j = order[k - 1];
            out.expected_purchases[i] = out.expected_purchases[j];
            out.p_alive[i] = out.p_alive[j];
            discounted[i] = discounted[j];
            continue;
        }
        const auto [total, present] = purchases(in, c.frequency[i], c.recency[i], observed[i], out.discount_rate_per_period);
        out.expected_purchases[i] = total;
        discounted[i] = present;
        out.p_alive[i] = alive(in, c.frequency[i], c.recency[i], observed[i]);
    }
    out.total_expected_purchases = std::accumulate(out.expected_purchases.begin(), out.expected_purchases.end(), 0.0);
    out.mean_p_alive = std::accumulate(out.p_alive.begin(), out.p_alive.end(), 0.0) / double(n);
    if (!in.gamma_gamma && !in.spend) {
        out.warnings.push_back({"no_spend"});
        return {std::move(out), {}};
    }
    if (!in.margin) out.warnings.push_back({"revenue_only"});
    out.expected_spend = spend_per_customer(in);
    out.clv = std::vector<double>(n);
    for (std::size_t i = 0; i < n; ++i) (*out.clv)[i] = in.margin.value_or(1) * (*out.expected_spend)[i] * discounted[i];
    out.total_clv = std::accumulate(out.clv->begin(), out.clv->end(), 0.0);
    return {std::move(out), {}};
}

}  // namespace clv::models
