// Rows grouped by customer, each customer's by day (src/core/data/customer_order.hpp).
#include <catch2/catch.hpp>

#include <random>

#include "core/data/customer_order.hpp"

using namespace clv::data;

TEST_CASE("rows are grouped by customer and sorted by day, ties in file order", "[data][customer_order]") {
    const std::vector<Transaction> rows = {{1, 5, 0}, {0, 9, 1}, {1, 3, 2}, {0, 9, 3}, {2, 1, 4}, {0, 2, 5}};
    const CustomerOrder order = order_by_customer(rows, 4);
    CHECK(order.starts == std::vector<std::uint32_t>{0, 3, 5, 6, 6});  // customer 3 has no rows
    std::vector<double> amounts;  // each row's amount is its position in the file
    for (const auto& row : order.rows) amounts.push_back(row.amount);
    CHECK(amounts == std::vector<double>{5, 1, 3, 2, 0, 4});
    CHECK(order.rows[0].day == 2);
}

TEST_CASE("long shuffled histories sort as a stable sort would", "[data][customer_order]") {
    std::mt19937 random(3);
    std::vector<Transaction> rows;
    for (int i = 0; i < 5000; ++i) rows.push_back({std::uint32_t(random() % 7), DayNumber(random() % 400), double(i)});
    const CustomerOrder order = order_by_customer(rows, 7);
    for (std::uint32_t c = 0; c < 7; ++c) {
        for (std::uint32_t k = order.starts[c]; k < order.starts[c + 1]; ++k) {
            const DatedAmount& row = order.rows[k];
            REQUIRE(rows[std::size_t(row.amount)].customer == c);
            if (k == order.starts[c]) continue;
            const DatedAmount& previous = order.rows[k - 1];
            REQUIRE((previous.day < row.day || (previous.day == row.day && previous.amount < row.amount)));
        }
    }
}
