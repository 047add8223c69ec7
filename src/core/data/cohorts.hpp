// The cohort retention table: customers grouped by the calendar month of their first purchase,
// and how many of each cohort bought again in each later month.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "dates.hpp"

namespace clv::data {

// Most cohorts a table holds (20 years of months); older cohorts are left out and said so.
constexpr std::size_t max_cohorts = 240;

struct Cohort {
    DayNumber first_day = 0;              // the first day of the cohort's month
    std::uint64_t customers = 0;          // customers whose first purchase fell in that month
    std::vector<std::uint64_t> active;    // active[k]: of them, how many bought in month k after it
    std::vector<double> retention;        // active[k] / customers, share (retention[0] is 1)
};

struct CohortTable {
    std::vector<Cohort> cohorts;   // oldest first
    std::size_t cohorts_left_out = 0;  // older than the last max_cohorts months
};

// Collects customers one at a time, then builds the table up to a last month.
class CohortBuilder {
public:
    // One customer's purchase months as month_index values, ascending and distinct; the first
    // is the cohort.
    void add_customer(const std::vector<std::int32_t>& purchase_months);
    // The table with each cohort's months counted up to `last_month` (a month_index).
    CohortTable table(std::int32_t last_month) const;

private:
    std::map<std::int32_t, std::vector<std::uint64_t>> active_by_cohort_;  // [0] counts customers
};

}  // namespace clv::data
