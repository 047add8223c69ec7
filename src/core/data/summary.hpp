// The per-customer summary the buy-till-you-die models take (frequency, recency, T,
// monetary_value), with an optional calibration / holdout split, following the conventions of
// lifetimes' summary_data_from_transaction_data and calibration_and_holdout_data:
//   - purchases of one customer in the same day (or, grouped by period, the same calendar week
//     or month) are merged into one purchase whose spend is their sum;
//   - frequency = purchases − 1 (repeat purchases); recency = last − first purchase;
//     T = observation (or calibration) end − first purchase; all in the chosen time unit;
//   - monetary_value = mean spend of the repeat purchases, the first excluded (0 when none);
//   - the holdout counts purchases after the calibration end up to the observation end, for
//     customers who bought in the calibration period; customers first seen later are left out.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "../problems.hpp"
#include "cohorts.hpp"
#include "dates.hpp"
#include "summary_options.hpp"
#include "tracking.hpp"
#include "transaction_log.hpp"

namespace clv::data {

// One entry per summarised customer, in order of first appearance in the file.
struct CustomerColumns {
    std::vector<std::uint32_t> customer;      // index into the log's customers
    std::vector<double> frequency;            // repeat purchases, count
    std::vector<double> recency;              // first to last purchase, time units
    std::vector<double> T;                    // first purchase to the (calibration) end, time units
    std::vector<double> monetary_value;       // mean repeat purchase spend, money
    std::vector<double> total_spend;          // all purchases in the (calibration) period, money
    std::vector<double> frequency_holdout;    // purchases in the holdout (empty without a split)
    std::vector<double> monetary_value_holdout;  // their mean spend, money (0 when none)
    std::vector<double> spend_holdout;        // their total, money
};

struct SummaryStatistics {
    std::uint64_t customers = 0;
    std::uint64_t repeat_customers = 0;      // frequency > 0
    std::uint64_t purchases = 0;             // merged purchases in the (calibration) period
    std::uint64_t rows_used = 0;             // rows read into purchases (both periods)
    std::uint64_t rows_merged = 0;           // rows that shared a day / period with another
    std::uint64_t rows_after_observation_end = 0;
    std::uint64_t return_rows = 0;           // rows with a negative amount
    std::uint64_t returns_dropped = 0;       // policy drop
    std::uint64_t returns_subtracted = 0;    // policy subtract, netted against a purchase
    std::uint64_t returns_unmatched = 0;     // policy subtract, no purchase to net against
    std::uint64_t customers_first_seen_in_holdout = 0;
    double total_spend = 0;                  // money, (calibration) period
    double mean_frequency = 0, max_frequency = 0;
    double mean_recency = 0, mean_T = 0;     // time units
    double mean_monetary_value = 0;          // over repeat customers, money
    double holdout_purchases = 0, holdout_spend = 0;
};

struct TransactionSummary {
    CustomerColumns customers;
    SummaryStatistics statistics;
    CohortTable cohorts;                    // by first-purchase month, over the whole observation
    RepeatTracking tracking;                // repeat purchases per time unit, calibration and holdout
    SummaryOptions options;                 // as used, ends filled in
    DayNumber first_purchase_day = 0, last_purchase_day = 0;  // of the rows used
    double days_per_unit = 7;               // 0 when grouping by calendar period
    double duration_holdout = 0;            // time units (0 without a split)
    std::vector<Warning> warnings;
};

// The summary of `log` under `options`. Problems: observation_end or calibration_end
// "before_first_purchase" (no customer would be left), calibration_end
// "not_before_observation_end", file "no_purchases" (every row a dropped or unmatched return).
// Warnings: one_customer, no_repeat_customers, rows_after_observation_end, returns_unmatched,
// nonpositive_monetary_value, no_amounts, cohorts_left_out.
Outcome<TransactionSummary> summarise_transactions(const TransactionLog& log, const SummaryOptions& options);

}  // namespace clv::data
