// A file summarised as it is read, chunk by chunk, and its summary then kept for fits,
// predictions and validation: the page's path for files too big for one JSON request (the
// Worker feeds the bytes of a File slice by slice). The file is a transaction log
// (summarise_transactions) or a per-customer summary (read_summary). Memory for a log: one
// chunk, the reader's compact rows (16 bytes each) and ids while reading; afterwards four numbers
// and an id per customer (its total spend, and the holdout's purchases and spend), plus the last
// prediction's columns.
// A summary file is held whole until finish() reads it.
//   SummarySession s;
//   s.begin(R"({"calculation": "summarise_transactions", "inputs": {"time_unit": "week"}})", size);
//   while (...) s.feed(chunk);            // any split: a record or character cut is carried over
//   std::string summary = s.finish(20);   // summarise_transactions' response, 20 customers shown
//   std::string fit = s.fit(R"({"calculation": "fit_model", "inputs": {"model": "bg_nbd"}})");
//   std::string value = s.predict(R"({"calculation": "predict", "inputs": {"model": "bg_nbd", "params": …}})");
//   std::string csv = s.predictions_csv(0, 100000);  // that prediction, a slice of rows at a time
// Requests and responses are the JSON ones (README); every method answers, none throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../../core/data/summary_options.hpp"
#include "../../core/data/transaction_reader.hpp"
#include "../../core/models/customer_value.hpp"
#include "held_summary.hpp"
#include "summarise_parts.hpp"

namespace clv::api {

class SummarySession {
public:
    // A summarise_transactions or read_summary request whose inputs hold no text or base64 (the
    // bytes come through feed()), and the file's size in bytes. "" when reading may start, else
    // the response naming the problems (the session then stays stopped).
    std::string begin(const std::string& request_text, double file_bytes);
    // Reads the complete records of `chunk` (the file's bytes, UTF-8). False once stopped: more
    // bytes are not needed (finish() says why).
    bool feed(std::string_view chunk);
    std::uint64_t bytes_fed() const { return bytes_fed_; }
    // The request's response for the whole file, its customers' columns cut to the first
    // `shown_customers`, with result.dataset {customers, shown}. On success the summary's
    // columns and ids stay here; the rows (or the summary file's text) are released.
    std::string finish(std::size_t shown_customers);
    // fit_model's response for a request naming only the model (bg_nbd, pareto_nbd,
    // gamma_gamma), fitted to the summary kept; problem dataset_missing before a summary.
    std::string fit(const std::string& request_text) const;
    // predict's response for a request without customers, on the summary kept: the columns cut
    // to the customers finish() showed, top_customers (the distribution's top rows with their
    // ids and predictions) beside them. The whole prediction stays for predictions_csv().
    std::string predict(const std::string& request_text);
    // validate_model's response for a request without customers, holdout or tracking (the
    // summary's are used); problem no_holdout when the summary has no calibration end.
    std::string validate(const std::string& request_text) const;
    // Rows [from, from + count) of the last prediction as CSV lines (customer_id, frequency,
    // recency, T, p_alive, expected_purchases, expected_spend, clv), the header first when
    // `from` is 0; "" past the end or before a prediction.
    std::string predictions_csv(std::size_t from, std::size_t count) const;
    // Rows [from, from + count) of a transaction log's summary as CSV lines, as the page's
    // summary download writes them (customer_id, frequency, recency, T, monetary_value,
    // total_spend, and with a holdout frequency_holdout, monetary_value_holdout,
    // duration_holdout), the header first when `from` is 0; "" past the end, before finish() and
    // for a summary file (the user has it already).
    std::string summary_csv(std::size_t from, std::size_t count) const;
    // Customers kept (0 before finish()).
    std::size_t customers() const { return held_.size(); }

private:
    enum class Kind { transactions, summary_file };
    void start_reading(bool complete);
    std::string finish_unguarded(std::size_t shown_customers);
    std::string finish_transactions();
    std::string finish_summary_file();

    Kind kind_ = Kind::transactions;
    std::optional<ReadChoices> choices_;
    std::optional<data::SummaryOptions> summary_options_;
    std::optional<data::ReadOptions> read_options_;
    std::optional<data::TransactionReader> reader_;
    std::vector<Problem> problems_;  // what stopped the session before the reader ran
    std::string head_;               // the file's first bytes (a summary file: all of them)
    std::uint64_t file_bytes_ = 0, bytes_fed_ = 0;
    std::size_t shown_ = 0;
    bool begun_ = false, stopped_ = false, finished_ = false;
    std::string refusal_;  // begin()'s response when it refused the request
    HeldSummary held_;
    std::optional<models::PredictionResult> prediction_;
};

}  // namespace clv::api
