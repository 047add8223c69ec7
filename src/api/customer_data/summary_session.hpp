// A transaction file summarised as it is read, chunk by chunk, and its summary then kept for
// fits: the page's path for files too big for one JSON request (the Worker feeds the bytes of a
// File slice by slice). Memory: one chunk, the reader's compact rows (16 bytes each) and ids
// while reading; afterwards four numbers per customer (frequency, recency, T, monetary value).
//   SummarySession s;
//   s.begin(R"({"calculation": "summarise_transactions", "inputs": {"time_unit": "week"}})", size);
//   while (...) s.feed(chunk);            // any split: a record or character cut is carried over
//   std::string summary = s.finish(20);   // summarise_transactions' response, 20 customers shown
//   std::string fit = s.fit(R"({"calculation": "fit_model", "inputs": {"model": "bg_nbd"}})");
// Requests and responses are the JSON ones (README); every method answers, none throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../../core/data/summary_options.hpp"
#include "../../core/data/transaction_reader.hpp"
#include "../../core/models/customer_table.hpp"
#include "summarise_parts.hpp"

namespace clv::api {

class SummarySession {
public:
    // A summarise_transactions request whose inputs hold no text or base64 (the bytes come
    // through feed()), and the file's size in bytes. "" when reading may start, else the
    // response naming the problems (the session then stays stopped).
    std::string begin(const std::string& request_text, double file_bytes);
    // Reads the complete records of `chunk` (the file's bytes, UTF-8). False once stopped: more
    // bytes are not needed (finish() says why).
    bool feed(std::string_view chunk);
    std::uint64_t bytes_fed() const { return bytes_fed_; }
    // summarise_transactions' response for the whole file, its customers' columns cut to the
    // first `shown_customers`, with result.dataset {customers, shown}. On success the summary's
    // frequency, recency, T and monetary value stay here for fit(); the rows are released.
    std::string finish(std::size_t shown_customers);
    // fit_model's response for a request naming only the model (bg_nbd, pareto_nbd,
    // gamma_gamma), fitted to the summary kept; problem dataset_missing before a summary.
    std::string fit(const std::string& request_text) const;
    // Customers kept for fit() (0 before finish()).
    std::size_t customers() const { return kept_.frequency.size(); }

private:
    void start_reading(bool complete);
    std::string finish_unguarded(std::size_t shown_customers);

    std::optional<ReadChoices> choices_;
    std::optional<data::SummaryOptions> summary_options_;
    std::optional<data::ReadOptions> read_options_;
    std::optional<data::TransactionReader> reader_;
    std::vector<Problem> problems_;  // what stopped the session before the reader ran
    std::string head_;               // the file's first bytes, held until the preview has seen them
    std::uint64_t file_bytes_ = 0, bytes_fed_ = 0;
    bool begun_ = false, stopped_ = false, finished_ = false;
    std::string refusal_;  // begin()'s response when it refused the request
    models::CustomerColumns kept_;
};

}  // namespace clv::api
