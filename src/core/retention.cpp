#include "retention.hpp"

#include <algorithm>

#include "evaluation_count.hpp"

namespace clv {

namespace {

struct Lifetime {
    double churn_rate = 0;
    std::optional<double> expected_lifetime_periods;
};

// Records churn = 1 − r and lifetime = 1 / churn; at zero churn the lifetime is infinite, so
// it is left out and a warning says why.
Lifetime lifetime_from_retention(double retention_rate, Explanation& explanation,
                                 std::vector<Warning>& warnings) {
    Lifetime out;
    out.churn_rate = explanation.record("churn_rate", "lifetime.churn",
                                        {{"retention_rate", retention_rate, Unit::rate}},
                                        {"churn_rate", 1 - retention_rate, Unit::rate});
    if (out.churn_rate > 0) {
        out.expected_lifetime_periods = explanation.record(
            "expected_lifetime_periods", "lifetime.expected",
            {{"churn_rate", out.churn_rate, Unit::rate}},
            {"expected_lifetime_periods", 1 / out.churn_rate, Unit::periods});
    } else {
        warnings.push_back({"zero_churn_infinite_lifetime",
                            {{"retention_rate", retention_rate, Unit::rate}}});
    }
    return out;
}

}  // namespace

Outcome<RetentionCostResult> compute_retention_cost(const RetentionCostInput& input) {
    detail::count_calculation();
    ProblemList problems;
    if (input.retention_spend && input.items_given)
        problems.add({"retention_spend", "conflicting_fields"});
    else if (input.retention_spend)
        problems.require_range("retention_spend", *input.retention_spend, 0, limits::max_money);
    check_cost_items(problems, input.items);
    problems.require_whole("customers_retained", input.customers_retained, 1, limits::max_count);
    if (!problems.empty()) return {std::nullopt, problems.take()};

    RetentionCostResult out;
    if (input.retention_spend) {
        out.retention_spend = *input.retention_spend;
    } else {
        out.retention_spend = out.explanation.record(
            "retention_spend", "retention_cost.spend", money_values(input.items),
            {"retention_spend", total_of(input.items), Unit::money});
        out.shares = shares_of(input.items, out.retention_spend);
    }
    out.retention_cost_per_customer = out.explanation.record(
        "retention_cost_per_customer", "retention_cost.per_customer",
        {{"retention_spend", out.retention_spend, Unit::money},
         {"customers_retained", input.customers_retained, Unit::count}},
        {"retention_cost_per_customer", out.retention_spend / input.customers_retained,
         Unit::money});
    return {out, {}};
}

Outcome<RetentionRateResult> compute_retention_rate(const RetentionRateInput& input) {
    detail::count_calculation();
    ProblemList problems;
    const double start = input.customers_at_start;
    const double added = input.new_customers;
    const double end = input.customers_at_end;
    problems.require_whole("customers_at_start", start, 1, limits::max_count);
    problems.require_whole("new_customers", added, 0, limits::max_count);
    problems.require_whole("customers_at_end", end, 0, limits::max_count);
    // Only counts that are each valid can be compared with one another.
    if (problems.empty() && (end - added < 0 || end - added > start))
        problems.add({"customers_at_end", "inconsistent_counts", added, start + added});
    if (!problems.empty()) return {std::nullopt, problems.take()};

    RetentionRateResult out;
    out.period = input.period;
    out.customers_retained = out.explanation.record(
        "customers_retained", "retention_rate.customers_retained",
        {{"customers_at_end", end, Unit::count}, {"new_customers", added, Unit::count}},
        {"customers_retained", end - added, Unit::count});
    out.retention_rate = out.explanation.record(
        "retention_rate", "retention_rate.rate",
        {{"customers_retained", out.customers_retained, Unit::count},
         {"customers_at_start", start, Unit::count}},
        {"retention_rate", out.customers_retained / start, Unit::rate});
    const auto lifetime =
        lifetime_from_retention(out.retention_rate, out.explanation, out.warnings);
    out.churn_rate = lifetime.churn_rate;
    out.expected_lifetime_periods = lifetime.expected_lifetime_periods;
    return {out, {}};
}

namespace {

std::vector<Problem> validate(const ExpectedLifetimeInput& input) {
    ProblemList problems;
    if (input.retention_rate && input.retention_rates)
        problems.add({"retention_rates", "conflicting_fields"});
    else if (!input.retention_rate && !input.retention_rates)
        problems.add({"retention_rate", "missing_field"});
    if (input.retention_rate) problems.require_range("retention_rate", *input.retention_rate, 0, 1);
    if (input.retention_rates) {
        const auto& rates = *input.retention_rates;
        if (rates.empty() || rates.size() > std::size_t(limits::max_periods))
            problems.add({"retention_rates", "wrong_length", 1.0, double(limits::max_periods)});
        for (std::size_t i = 0; i < rates.size(); ++i)
            problems.require_range("retention_rates[" + std::to_string(i) + "]", rates[i], 0, 1);
    }
    if (input.max_periods)
        problems.require_whole("max_periods", *input.max_periods, 1, limits::max_periods);
    return problems.take();
}

// E[min(L, T)]: the start convention's margin multiple at 0% over T periods (retention_sums.hpp).
double capped_lifetime(const ExpectedLifetimeInput& input, const RetentionRates& rates,
                       ExpectedLifetimeResult& out) {
    const double cap = double(*out.max_periods);
    std::vector<NamedValue> values;
    if (input.retention_rate) values.push_back({"retention_rate", *input.retention_rate, Unit::rate});
    values.push_back({"max_periods", cap, Unit::periods});
    return out.explanation.record(
        "expected_lifetime_periods",
        input.retention_rate ? "lifetime.expected_capped" : "lifetime.expected_from_rates_capped",
        values,
        {"expected_lifetime_periods",
         horizon_multiple(rates, 0, RetentionConvention::start, *out.max_periods), Unit::periods});
}

}  // namespace

Outcome<ExpectedLifetimeResult> compute_expected_lifetime(const ExpectedLifetimeInput& input) {
    detail::count_calculation();
    auto problems = validate(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};

    ExpectedLifetimeResult out;
    out.period = input.period;
    if (input.max_periods) out.max_periods = int(*input.max_periods);
    RetentionRates rates;
    if (input.retention_rates) rates.list = &*input.retention_rates;
    else rates.constant = input.retention_rate;

    // The lifetime without a cap: 1 / churn for one rate, the list's sum and tail otherwise.
    std::optional<double> uncapped;
    if (input.retention_rate) {
        out.churn_rate = out.explanation.record("churn_rate", "lifetime.churn",
                                                {{"retention_rate", *input.retention_rate, Unit::rate}},
                                                {"churn_rate", 1 - *input.retention_rate, Unit::rate});
        if (*out.churn_rate > 0) uncapped = 1 / *out.churn_rate;
    } else {
        uncapped = lifetime_multiple(rates, 0, RetentionConvention::start);
    }
    if (out.max_periods) {
        out.expected_lifetime_periods = capped_lifetime(input, rates, out);
        Warning truncates{"finite_horizon_truncates", {}};
        if (uncapped) truncates.values.push_back({"expected_lifetime_periods", *uncapped, Unit::periods});
        if (!uncapped || *uncapped - *out.expected_lifetime_periods > 1e-9 * std::max(1.0, *uncapped))
            out.warnings.push_back(std::move(truncates));
    } else if (!uncapped) {
        out.warnings.push_back({"zero_churn_infinite_lifetime",
                                {{"retention_rate", rates.repeating(), Unit::rate}}});
    } else if (input.retention_rate) {
        out.expected_lifetime_periods = out.explanation.record(
            "expected_lifetime_periods", "lifetime.expected",
            {{"churn_rate", *out.churn_rate, Unit::rate}},
            {"expected_lifetime_periods", *uncapped, Unit::periods});
    } else {
        out.expected_lifetime_periods = out.explanation.record(
            "expected_lifetime_periods", "lifetime.expected_from_rates",
            {{"explicit_periods", double(rates.listed()), Unit::periods},
             {"survival_at_list_end", rates.survival(rates.listed()), Unit::share},
             {"last_retention_rate", rates.repeating(), Unit::rate}},
            {"expected_lifetime_periods", *uncapped, Unit::periods});
    }
    return {out, {}};
}

}  // namespace clv
