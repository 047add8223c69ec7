#include "transaction_bench.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string_view>

#include "core/data/summary.hpp"
#include "core/data/transaction_reader.hpp"
#include "transaction_generator.hpp"

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point start) {
    return std::chrono::duration<double>(clock_type::now() - start).count();
}

// CPU time of this process: on a shared machine, wall time also counts other people's work.
double cpu_seconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace

void run_transaction_bench() {
    using namespace clv::data;
    constexpr std::size_t rows = 1'000'000, chunk = 1 << 20;
    const std::string text = clv_bench::generate_transactions_csv(rows, 13);
    const double megabytes = double(text.size()) / 1e6;
    std::printf("\ntransactions: %zu rows, %.1f MB CSV (seed 13), fed in 1 MiB chunks; best of 3 (budget: wasm >= 80 MB/s)\n",
                rows, megabytes);
    ReadOptions options;
    options.has_header = true;
    options.columns = {0, 1, 2, std::nullopt};
    double best_read = 1e9, best_total = 1e9, best_read_cpu = 1e9, best_total_cpu = 1e9;
    std::size_t customers = 0, memory = 0;
    for (int round = 0; round < 3; ++round) {
        const auto start = clock_type::now();
        const double start_cpu = cpu_seconds();
        TransactionReader reader(options);
        reader.expect_total_bytes(text.size());  // as the page and the CLI do (File.size, stat)
        for (std::size_t at = 0; at < text.size(); at += chunk) reader.feed(std::string_view(text).substr(at, chunk));
        auto log = reader.finish();
        const double read = seconds_since(start), read_cpu = cpu_seconds() - start_cpu;
        SummaryOptions summary_options;
        summary_options.calibration_end = day_number({2023, 6, 30});
        auto summary = summarise_transactions(*log.value, summary_options);
        const double total = seconds_since(start), total_cpu = cpu_seconds() - start_cpu;
        best_read = std::min(best_read, read);
        best_total = std::min(best_total, total);
        best_read_cpu = std::min(best_read_cpu, read_cpu);
        best_total_cpu = std::min(best_total_cpu, total_cpu);
        customers = summary.value->customers.customer.size();
        memory = log.value->transactions.capacity() * sizeof(Transaction) + log.value->customers.memory_bytes();
    }
    std::printf("  %-28s %8.1f MB/s  %7.1f ms wall  (%.1f MB/s, %.1f ms CPU)\n", "read (native)", megabytes / best_read,
                1e3 * best_read, megabytes / best_read_cpu, 1e3 * best_read_cpu);
    std::printf("  %-28s %8.1f MB/s  %7.1f ms wall  (%.1f MB/s, %.1f ms CPU)  %zu customers, rows + ids %.1f MB\n",
                "read + summarise (native)", megabytes / best_total, 1e3 * best_total, megabytes / best_total_cpu,
                1e3 * best_total_cpu, customers, double(memory) / 1e6);
}
