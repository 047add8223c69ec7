// A seeded transaction log for the benches: CSV "customer_id,date,amount" with a header, about
// 30 bytes a row. Customers C000000..: rows / 10 of them, drawn uniformly; dates over the three
// years from 2021-01-01; amounts 1.00..500.00 with cents, 2% of them returns (negative).
#pragma once

#include <cstdint>
#include <string>

namespace clv_bench {

std::string generate_transactions_csv(std::size_t rows, std::uint64_t seed);

}  // namespace clv_bench
