// A transaction log's rows grouped by customer, each customer's rows in date order: the order
// every per-customer summary walks. The rows are copied in that order (day and amount), so the
// walk reads memory front to back instead of jumping through the log.
#pragma once

#include <cstdint>
#include <vector>

#include "transaction_log.hpp"

namespace clv::data {

struct DatedAmount {
    DayNumber day = 0;
    double amount = 0;
};

struct CustomerOrder {
    std::vector<DatedAmount> rows;      // customer 0's rows first, each customer's by day
    std::vector<std::uint32_t> starts;  // customer c's rows are rows[starts[c], starts[c + 1])
};

// The rows of `transactions` (customers 0..customer_count-1) grouped by customer with a counting
// sort, O(rows), then each customer's rows sorted by day (ties keep file order).
CustomerOrder order_by_customer(const std::vector<Transaction>& transactions, std::uint32_t customer_count);

}  // namespace clv::data
