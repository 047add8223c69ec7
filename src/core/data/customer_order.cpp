#include "customer_order.hpp"

#include <algorithm>

namespace clv::data {

CustomerOrder order_by_customer(const std::vector<Transaction>& transactions, std::uint32_t customer_count) {
    CustomerOrder order;
    order.starts.assign(std::size_t(customer_count) + 1, 0);
    for (const auto& row : transactions) ++order.starts[row.customer + 1];
    for (std::size_t c = 0; c < customer_count; ++c) order.starts[c + 1] += order.starts[c];
    order.rows.resize(transactions.size());
    std::vector<std::uint32_t> next(order.starts.begin(), order.starts.end() - 1);
    for (const auto& row : transactions) order.rows[next[row.customer]++] = {row.day, row.amount};
    // Most customers' rows are in date order already; a short unsorted history gets an insertion
    // sort, a long one a stable merge sort.
    const auto earlier = [](const DatedAmount& a, const DatedAmount& b) { return a.day < b.day; };
    for (std::size_t c = 0; c < customer_count; ++c) {
        auto first = order.rows.begin() + order.starts[c], last = order.rows.begin() + order.starts[c + 1];
        if (std::is_sorted(first, last, earlier)) continue;
        if (last - first > 32) {
            std::stable_sort(first, last, earlier);
            continue;
        }
        for (auto it = first + 1; it < last; ++it)
            for (auto back = it; back > first && earlier(*back, *(back - 1)); --back) std::iter_swap(back, back - 1);
    }
    return order;
}

}  // namespace clv::data
