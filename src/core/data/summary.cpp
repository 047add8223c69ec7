#include "summary.hpp"

#include <algorithm>

#include "customer_order.hpp"

namespace clv::data {

namespace detail {

// One merged purchase: a customer's rows in one day (or calendar period) on one side of the
// calibration end.
struct Purchase {
    std::int64_t key = 0;  // day number, or week / month number when grouping by period
    DayNumber day = 0;     // its first row's day
    double spend = 0;
    bool holdout = false;
};

std::int64_t floor_divide(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Day, week or month numbers that grow by one per day or calendar period.
struct PeriodKey {
    TimeUnit unit;
    PurchaseGrouping grouping;
    std::int64_t operator()(DayNumber day) const {
        if (grouping == PurchaseGrouping::day || unit == TimeUnit::day) return day;
        if (unit == TimeUnit::week) return floor_divide(std::int64_t(day) + 3, 7);  // Monday starts
        return month_index(day);
    }
    // Time units per key step.
    double scale() const { return grouping == PurchaseGrouping::day ? days_per_unit(unit) : 1.0; }
};

// Turns one customer's rows (in day order) into purchases under the returns policy.
class PurchaseBuilder {
public:
    PurchaseBuilder(const SummaryOptions& options, DayNumber observation_end, SummaryStatistics& statistics)
        : options_(options), key_{options.time_unit, options.grouping},
          observation_end_(observation_end), statistics_(statistics) {}

    void build(const DatedAmount* rows, std::size_t count, std::vector<Purchase>& out) {
        out.clear();
        open_ = false;
        for (std::size_t i = 0; i < count; ++i) add(rows[i], out);
        close(out);
    }

private:
    void add(const DatedAmount& row, std::vector<Purchase>& out) {
        if (row.day > observation_end_) {
            ++statistics_.rows_after_observation_end;
            return;
        }
        const bool holdout = options_.calibration_end && row.day > *options_.calibration_end;
        const std::int64_t key = key_(row.day);
        if (open_ && (key != current_.key || holdout != current_.holdout)) close(out);
        if (!open_) {
            current_ = {key, row.day, 0, holdout};
            open_ = true;
            purchase_rows_ = return_rows_ = 0;
            returns_ = 0;
        }
        if (row.amount < 0 && options_.returns != ReturnsPolicy::keep) {
            ++statistics_.return_rows;
            if (options_.returns == ReturnsPolicy::drop) ++statistics_.returns_dropped;
            else { returns_ += row.amount; ++return_rows_; }
            return;
        }
        if (row.amount < 0) ++statistics_.return_rows;
        current_.spend += row.amount;
        ++purchase_rows_;
    }

    void close(std::vector<Purchase>& out) {
        if (!open_) return;
        open_ = false;
        if (purchase_rows_ == 0) {  // returns only: nothing to subtract them from
            statistics_.returns_unmatched += return_rows_;
            return;
        }
        current_.spend += returns_;
        statistics_.returns_subtracted += return_rows_;
        statistics_.rows_used += purchase_rows_ + return_rows_;
        statistics_.rows_merged += purchase_rows_ - 1;
        out.push_back(current_);
    }

    const SummaryOptions& options_;
    PeriodKey key_;
    DayNumber observation_end_;
    SummaryStatistics& statistics_;
    Purchase current_;
    bool open_ = false;
    std::uint64_t purchase_rows_ = 0, return_rows_ = 0;
    double returns_ = 0;
};

std::vector<Problem> check_ends(const SummaryOptions& options, DayNumber first_day) {
    std::vector<Problem> problems;
    if (*options.observation_end < first_day) problems.push_back({"observation_end", "before_first_purchase"});
    if (options.calibration_end) {
        if (*options.calibration_end < first_day) problems.push_back({"calibration_end", "before_first_purchase"});
        else if (*options.calibration_end >= *options.observation_end)
            problems.push_back({"calibration_end", "not_before_observation_end"});
    }
    return problems;
}

// Appends one customer's columns from its purchases (calibration ones first); false when the
// customer bought nothing in the calibration period.
bool add_customer(std::uint32_t customer, const std::vector<Purchase>& purchases, const PeriodKey& key,
                  std::int64_t end_key, bool split, CustomerColumns& columns) {
    std::size_t calibration = 0;
    while (calibration < purchases.size() && !purchases[calibration].holdout) ++calibration;
    if (calibration == 0) return false;
    const Purchase& first = purchases.front();
    double spend = 0;
    for (std::size_t i = 0; i < calibration; ++i) spend += purchases[i].spend;
    columns.customer.push_back(customer);
    columns.frequency.push_back(double(calibration - 1));
    columns.recency.push_back(double(purchases[calibration - 1].key - first.key) / key.scale());
    columns.T.push_back(double(end_key - first.key) / key.scale());
    columns.monetary_value.push_back(calibration > 1 ? (spend - first.spend) / double(calibration - 1) : 0.0);
    columns.total_spend.push_back(spend);
    if (split) {
        const std::size_t holdout = purchases.size() - calibration;
        double holdout_spend = 0;
        for (std::size_t i = calibration; i < purchases.size(); ++i) holdout_spend += purchases[i].spend;
        columns.frequency_holdout.push_back(double(holdout));
        columns.spend_holdout.push_back(holdout_spend);
        columns.monetary_value_holdout.push_back(holdout > 0 ? holdout_spend / double(holdout) : 0.0);
    }
    return true;
}

void add_cohort_months(const std::vector<Purchase>& purchases, std::vector<std::int32_t>& months, CohortBuilder& cohorts) {
    months.clear();
    for (const auto& purchase : purchases) {
        const std::int32_t month = month_index(purchase.day);
        if (months.empty() || months.back() != month) months.push_back(month);
    }
    cohorts.add_customer(months);
}

double mean(const std::vector<double>& values) {
    double total = 0;
    for (double v : values) total += v;
    return values.empty() ? 0 : total / double(values.size());
}

void fill_statistics(const CustomerColumns& columns, SummaryStatistics& statistics) {
    statistics.customers = columns.customer.size();
    double repeat_spend_means = 0;
    for (std::size_t i = 0; i < columns.customer.size(); ++i) {
        statistics.purchases += std::uint64_t(columns.frequency[i]) + 1;
        statistics.total_spend += columns.total_spend[i];
        statistics.max_frequency = std::max(statistics.max_frequency, columns.frequency[i]);
        if (columns.frequency[i] > 0) {
            ++statistics.repeat_customers;
            repeat_spend_means += columns.monetary_value[i];
        }
    }
    statistics.mean_frequency = mean(columns.frequency);
    statistics.mean_recency = mean(columns.recency);
    statistics.mean_T = mean(columns.T);
    if (statistics.repeat_customers > 0) statistics.mean_monetary_value = repeat_spend_means / double(statistics.repeat_customers);
    for (double v : columns.frequency_holdout) statistics.holdout_purchases += v;
    for (double v : columns.spend_holdout) statistics.holdout_spend += v;
}

void add_warnings(const TransactionLog& log, TransactionSummary& summary) {
    const auto& s = summary.statistics;
    auto count = [](const char* name, double value) { return std::vector<NamedValue>{{name, value, Unit::count}}; };
    if (s.customers == 1) summary.warnings.push_back({"one_customer", {}});
    if (s.repeat_customers == 0) summary.warnings.push_back({"no_repeat_customers", {}});
    if (s.rows_after_observation_end > 0)
        summary.warnings.push_back({"rows_after_observation_end", count("rows", double(s.rows_after_observation_end))});
    if (s.returns_unmatched > 0)
        summary.warnings.push_back({"returns_unmatched", count("rows", double(s.returns_unmatched))});
    std::uint64_t nonpositive = 0;
    for (std::size_t i = 0; i < summary.customers.customer.size(); ++i)
        nonpositive += summary.customers.frequency[i] > 0 && summary.customers.monetary_value[i] <= 0 ? 1 : 0;
    if (log.has_amounts && nonpositive > 0)
        summary.warnings.push_back({"nonpositive_monetary_value", count("customers", double(nonpositive))});
    if (!log.has_amounts) summary.warnings.push_back({"no_amounts", {}});
    if (summary.cohorts.cohorts_left_out > 0)
        summary.warnings.push_back({"cohorts_left_out", count("cohorts", double(summary.cohorts.cohorts_left_out))});
}

}  // namespace detail

Outcome<TransactionSummary> summarise_transactions(const TransactionLog& log, const SummaryOptions& options) {
    Outcome<TransactionSummary> outcome;
    if (log.transactions.empty()) {
        outcome.problems.push_back({"file", "no_purchases"});
        return outcome;
    }
    TransactionSummary summary;
    summary.options = options;
    const auto [lowest, highest] = std::minmax_element(log.transactions.begin(), log.transactions.end(),
                                                       [](const Transaction& a, const Transaction& b) { return a.day < b.day; });
    if (!summary.options.observation_end) summary.options.observation_end = highest->day;
    outcome.problems = detail::check_ends(summary.options, lowest->day);
    if (!outcome.problems.empty()) return outcome;

    const DayNumber observation_end = *summary.options.observation_end;
    const detail::PeriodKey key{options.time_unit, options.grouping};
    const std::int64_t end_key = key(options.calibration_end.value_or(observation_end));
    const CustomerOrder order = order_by_customer(log.transactions, log.customers.size());
    detail::PurchaseBuilder builder(summary.options, observation_end, summary.statistics);
    CohortBuilder cohorts;
    RepeatTrackingBuilder tracking(key(lowest->day), key(observation_end), key.scale());
    std::vector<detail::Purchase> purchases;
    std::vector<std::int32_t> months;
    summary.first_purchase_day = observation_end;
    summary.last_purchase_day = lowest->day;
    for (std::uint32_t c = 0; c < log.customers.size(); ++c) {
        builder.build(order.rows.data() + order.starts[c], order.starts[c + 1] - order.starts[c], purchases);
        if (purchases.empty()) continue;
        summary.first_purchase_day = std::min(summary.first_purchase_day, purchases.front().day);
        summary.last_purchase_day = std::max(summary.last_purchase_day, purchases.back().day);
        detail::add_cohort_months(purchases, months, cohorts);
        if (!detail::add_customer(c, purchases, key, end_key, options.calibration_end.has_value(), summary.customers)) {
            ++summary.statistics.customers_first_seen_in_holdout;
            continue;
        }
        tracking.add_first_purchase(purchases.front().key);
        for (std::size_t i = 1; i < purchases.size(); ++i) tracking.add_repeat_purchase(purchases[i].key);
    }
    if (summary.customers.customer.empty()) {
        outcome.problems.push_back({"file", "no_purchases"});
        return outcome;
    }
    detail::fill_statistics(summary.customers, summary.statistics);
    summary.cohorts = cohorts.table(month_index(observation_end));
    summary.tracking = tracking.table(end_key);
    const bool calendar = options.grouping == PurchaseGrouping::period && options.time_unit != TimeUnit::day;
    summary.days_per_unit = calendar ? 0 : days_per_unit(options.time_unit);
    if (options.calibration_end) summary.duration_holdout = double(key(observation_end) - end_key) / key.scale();
    detail::add_warnings(log, summary);
    outcome.value = std::move(summary);
    return outcome;
}

}  // namespace clv::data
