// A bench-only wasm module (not shipped): the streaming transaction reader and the summary
// behind four C functions, fed from JavaScript the way the page will feed a dropped file:
// 1 MiB chunks copied into wasm memory. tests/bench/transaction_wasm_bench.mjs times it.
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/data/summary.hpp"
#include "core/data/transaction_reader.hpp"
#include "transaction_generator.hpp"

using namespace clv::data;

extern "C" {

// The bench file (transaction_generator.hpp) in malloc'd memory; its size in *size.
char* clv_bench_generate(int rows, int seed, int* size) {
    const std::string text = clv_bench::generate_transactions_csv(std::size_t(rows), std::uint64_t(seed));
    char* out = static_cast<char*>(std::malloc(text.size()));
    std::memcpy(out, text.data(), text.size());
    *size = int(text.size());
    return out;
}

TransactionReader* clv_bench_reader_new(double total_bytes) {
    ReadOptions options;
    options.has_header = true;
    options.columns = {0, 1, 2, std::nullopt};
    auto* reader = new TransactionReader(options);
    reader->expect_total_bytes(std::uint64_t(total_bytes));
    return reader;
}

int clv_bench_reader_feed(TransactionReader* reader, const char* data, int size) {
    return reader->feed(std::string_view(data, std::size_t(size))) ? 1 : 0;
}

// Finishes the read, summarises (weeks, calibration to 2023-06-30) and frees the reader: the
// number of customers summarised, or -1 on a problem.
int clv_bench_reader_finish_summarise(TransactionReader* reader) {
    auto log = reader->finish();
    delete reader;
    if (!log.ok()) return -1;
    SummaryOptions options;
    options.calibration_end = day_number({2023, 6, 30});
    auto summary = summarise_transactions(*log.value, options);
    return summary.ok() ? int(summary.value->customers.customer.size()) : -1;
}

}  // extern "C"
