#include "transaction_generator.hpp"

#include <cstdio>

#include "core/data/dates.hpp"

namespace clv_bench {

std::string generate_transactions_csv(std::size_t rows, std::uint64_t seed) {
    std::uint64_t state = seed * 0x9E3779B97F4A7C15ULL + 1;
    const auto next = [&state] {  // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DULL;
    };
    const std::size_t customers = rows / 10 + 1;
    const clv::data::DayNumber first = clv::data::day_number({2021, 1, 1});
    std::string text = "customer_id,date,amount\n";
    text.reserve(rows * 32 + 32);
    char line[64];
    for (std::size_t i = 0; i < rows; ++i) {
        const auto date = clv::data::civil_date(first + clv::data::DayNumber(next() % 1095));
        const long cents = long(100 + next() % 49901) * (next() % 50 == 0 ? -1 : 1);
        const int length = std::snprintf(line, sizeof line, "C%06llu,%04d-%02d-%02d,%ld.%02ld\n",
                                         static_cast<unsigned long long>(next() % customers), date.year, date.month,
                                         date.day, cents / 100, (cents < 0 ? -cents : cents) % 100);
        text.append(line, std::size_t(length));
    }
    return text;
}

}  // namespace clv_bench
