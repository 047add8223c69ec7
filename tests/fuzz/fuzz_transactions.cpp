// libFuzzer target for the transaction file parser: preview_transactions, TransactionReader and
// summarise_transactions on any bytes. The first two bytes pick the options and the chunk size;
// the rest is the file (one in 32 after 64 KiB of good rows, so the reading past the encoding
// sample is fuzzed too). Checks, beyond ASan/UBSan: the file read in chunks gives exactly what it
// gives read whole, and every summary row is finite with 0 <= recency <= T.
// Uses abort() rather than assert() so the checks stay on in optimised builds.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/data/preview.hpp"
#include "core/data/summary.hpp"
#include "core/data/transaction_reader.hpp"

using namespace clv::data;

namespace {

void fail(const char* what) {
    std::fprintf(stderr, "fuzz_transactions: %s\n", what);
    std::abort();
}

ReadOptions options_from(std::uint8_t bits) {
    ReadOptions options;
    options.delimiter = all_delimiters()[bits % 5];
    options.has_header = (bits >> 3) & 1;
    options.date_format = all_date_formats()[(bits >> 4) & 3];
    options.decimal_separator = (bits >> 6) & 1 ? DecimalSeparator::comma : DecimalSeparator::point;
    options.columns = {0, 1, 2, (bits >> 7) ? std::optional<std::size_t>(3) : std::nullopt};
    options.latest_date = day_number({2030, 1, 1});
    options.max_rows = 100000;
    return options;
}

clv::Outcome<TransactionLog> read(const std::string& text, const ReadOptions& options, std::size_t chunk) {
    TransactionReader reader(options);
    for (std::size_t at = 0; at < text.size(); at += chunk)
        if (!reader.feed(std::string_view(text).substr(at, chunk))) break;
    return reader.finish();
}

void check_same(const clv::Outcome<TransactionLog>& a, const clv::Outcome<TransactionLog>& b) {
    if (a.ok() != b.ok() || a.problems.size() != b.problems.size()) fail("chunked and whole reads disagree on problems");
    if (!a.ok()) return;
    const auto &x = *a.value, &y = *b.value;
    if (x.transactions.size() != y.transactions.size() || x.customers.size() != y.customers.size() ||
        x.bad_rows.total != y.bad_rows.total || x.lines != y.lines || x.quantities != y.quantities)
        fail("chunked and whole reads disagree");
    for (std::size_t i = 0; i < x.transactions.size(); ++i)
        if (x.transactions[i].day != y.transactions[i].day || x.transactions[i].customer != y.transactions[i].customer ||
            !(x.transactions[i].amount == y.transactions[i].amount))
            fail("chunked and whole reads disagree on a row");
}

void check_summary(const TransactionLog& log, std::uint8_t bits) {
    SummaryOptions options;
    options.time_unit = TimeUnit(bits % 3);
    options.grouping = (bits >> 2) & 1 ? PurchaseGrouping::period : PurchaseGrouping::day;
    options.returns = ReturnsPolicy((bits >> 3) % 3);
    if ((bits >> 5) & 1) options.calibration_end = log.transactions.front().day;
    auto outcome = summarise_transactions(log, options);
    if (!outcome.ok()) return;
    const auto& c = outcome.value->customers;
    for (std::size_t i = 0; i < c.customer.size(); ++i) {
        if (!std::isfinite(c.monetary_value[i]) || !std::isfinite(c.T[i])) fail("summary value not finite");
        if (c.frequency[i] < 0 || c.recency[i] < 0 || c.recency[i] > c.T[i] + 1e-9) fail("summary out of order");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    const std::uint8_t option_bits = data[0], chunk_bits = data[1];
    std::string text(reinterpret_cast<const char*>(data) + 2, size - 2);
    // One input in 32 reads past the encoding sample: after 64 KiB of good rows, in chunks of
    // a few KiB, without the preview (it reads the first records only). Such inputs take ~20 ms
    // under the sanitizers, the others well under 1 ms.
    const bool long_file = (chunk_bits & 0xF8) == 0xF8;
    if (long_file) {
        static const std::string rows = [] {
            std::string good;
            while (good.size() < encoding_sample_bytes) good += "good,2023-01-01,1,1\n";
            return good;
        }();
        text = rows + text;
    }
    const std::size_t chunk = long_file ? 4096 + (chunk_bits & 0x1F) * 131 : 1 + (chunk_bits & 0x7F) * 3;
    if (!long_file) {
        (void)preview_transactions(text, true);
        (void)preview_transactions(text.substr(0, text.size() / 2), false);
    }

    const ReadOptions options = options_from(option_bits);
    const auto whole = read(text, options, text.size() + 1);
    check_same(whole, read(text, options, chunk));
    if (whole.ok()) check_summary(*whole.value, option_bits ^ chunk_bits);
    return 0;
}
