#include "transaction_json.hpp"

#include <algorithm>
#include <cstdint>

#include "../encode.hpp"

namespace clv::api {

using nlohmann::json;

namespace {

json column_or_null(const std::optional<std::size_t>& column) { return column ? json(*column) : json(); }

// The first `limit` numbers of a list, each finite or null.
json numbers(const std::vector<double>& values, std::size_t limit = SIZE_MAX) {
    json list = json::array();
    auto& array = list.get_ref<json::array_t&>();
    const std::size_t count = std::min(limit, values.size());
    array.reserve(count);
    for (std::size_t i = 0; i < count; ++i) array.push_back(number_or_null(values[i]));
    return list;
}

json customer_columns(const data::TransactionLog& log, const data::CustomerColumns& c, std::size_t limit) {
    json ids = json::array();
    const std::size_t count = std::min(limit, c.customer.size());
    ids.get_ref<json::array_t&>().reserve(count);
    for (std::size_t i = 0; i < count; ++i) ids.push_back(std::string(log.customers.id(c.customer[i])));
    return {{"id", std::move(ids)},           {"frequency", numbers(c.frequency, limit)},
            {"recency", numbers(c.recency, limit)},  {"T", numbers(c.T, limit)},
            {"monetary_value", numbers(c.monetary_value, limit)}, {"total_spend", numbers(c.total_spend, limit)}};
}

json cohorts_json(const data::CohortTable& table) {
    json cohorts = json::array();
    for (const auto& cohort : table.cohorts) {
        cohorts.push_back({{"first_month", data::iso_date(cohort.first_day).substr(0, 7)},
                           {"customers", cohort.customers},
                           {"active", cohort.active},
                           {"retention", numbers(cohort.retention)}});
    }
    return cohorts;
}

json statistics_json(const data::SummaryStatistics& s) {
    return {{"customers", s.customers}, {"repeat_customers", s.repeat_customers}, {"purchases", s.purchases},
            {"rows_used", s.rows_used}, {"rows_merged", s.rows_merged},
            {"rows_after_observation_end", s.rows_after_observation_end}, {"return_rows", s.return_rows},
            {"returns_dropped", s.returns_dropped}, {"returns_subtracted", s.returns_subtracted},
            {"returns_unmatched", s.returns_unmatched},
            {"customers_first_seen_in_holdout", s.customers_first_seen_in_holdout},
            {"total_spend", number_or_null(s.total_spend)}, {"mean_frequency", number_or_null(s.mean_frequency)},
            {"max_frequency", number_or_null(s.max_frequency)}, {"mean_recency", number_or_null(s.mean_recency)},
            {"mean_T", number_or_null(s.mean_T)}, {"mean_monetary_value", number_or_null(s.mean_monetary_value)},
            {"holdout_purchases", number_or_null(s.holdout_purchases)},
            {"holdout_spend", number_or_null(s.holdout_spend)}};
}

// The choices the summary was made under, stated: the page says them beside the numbers.
json conventions_json(const data::TransactionSummary& summary) {
    const auto& o = summary.options;
    const bool calendar = summary.days_per_unit == 0;
    return {{"time_unit", data::time_unit_name(o.time_unit)},
            {"grouping", data::purchase_grouping_name(o.grouping)},
            {"purchases_merged_within", calendar ? data::time_unit_name(o.time_unit) : "day"},
            {"days_per_unit", calendar ? json() : json(summary.days_per_unit)},
            {"returns", data::returns_policy_name(o.returns)},
            {"observation_end", data::iso_date(*o.observation_end)},
            {"calibration_end", o.calibration_end ? json(data::iso_date(*o.calibration_end)) : json()},
            {"first_purchase_date", data::iso_date(summary.first_purchase_day)},
            {"last_purchase_date", data::iso_date(summary.last_purchase_day)},
            {"frequency", "repeat_purchases"},
            {"monetary_value", "mean_of_repeat_purchases_first_excluded"},
            {"T_measured_from", "first_purchase"}};
}

}  // namespace

json columns_json(const data::ColumnRoles& roles) {
    return {{"customer", column_or_null(roles.customer)}, {"date", column_or_null(roles.date)},
            {"amount", column_or_null(roles.amount)}, {"quantity", column_or_null(roles.quantity)}};
}

json bad_rows_json(const data::BadRowReport& report) {
    json by_reason = json::object();
    for (std::size_t r = 0; r < data::bad_row_reason_count; ++r)
        if (report.by_reason[r] > 0) by_reason[data::bad_row_reason_name(data::BadRowReason(r))] = report.by_reason[r];
    json first = json::array();
    for (const auto& row : report.first)
        first.push_back({{"line", row.line}, {"reason", data::bad_row_reason_name(row.reason)},
                         {"column", row.column}, {"text", row.text}});
    return {{"total", report.total}, {"by_reason", std::move(by_reason)}, {"first", std::move(first)}};
}

json summary_json(const data::TransactionLog& log, const data::TransactionSummary& summary, std::size_t max_customers) {
    json holdout;
    if (summary.options.calibration_end) {
        const auto& c = summary.customers;
        const std::size_t n = max_customers;
        holdout = {{"frequency", numbers(c.frequency_holdout, n)}, {"monetary_value", numbers(c.monetary_value_holdout, n)},
                   {"spend", numbers(c.spend_holdout, n)}, {"duration", number_or_null(summary.duration_holdout)}};
    }
    const auto& tracking = summary.tracking;
    return {{"customers", customer_columns(log, summary.customers, max_customers)},
            {"holdout", std::move(holdout)},
            {"tracking",
             {{"time", numbers(tracking.time)}, {"repeat_purchases", numbers(tracking.repeat_purchases)},
              {"calibration_end", number_or_null(tracking.calibration_end)},
              {"observation_end", number_or_null(tracking.observation_end)}}},
            {"cohorts", cohorts_json(summary.cohorts)},
            {"cohorts_left_out", summary.cohorts.cohorts_left_out},
            {"statistics", statistics_json(summary.statistics)},
            {"conventions", conventions_json(summary)}};
}

}  // namespace clv::api
