// The customer-data module (clvcalc-data.js / clvcalc-data.wasm): transaction files, summaries,
// warehouse SQL, the models; and the streaming summary session (summary_session.hpp), through
// which the Worker feeds a big file's bytes slice by slice and fits the summary kept here.
#include <emscripten/bind.h>

#include "../api/customer_data/customer_data_family.hpp"
#include "../api/customer_data/summary_session.hpp"
#include "module.hpp"

const clv::api::Family& module_family() { return clv::api::customer_data_family(); }

namespace {

using clv::api::SummarySession;

// A chunk arrives as a Uint8Array (embind copies its bytes into a std::string).
bool feed_bytes(SummarySession& session, const std::string& chunk) { return session.feed(chunk); }
double bytes_fed(const SummarySession& session) { return double(session.bytes_fed()); }
double kept_customers(const SummarySession& session) { return double(session.customers()); }
std::string finish(SummarySession& session, double shown) { return session.finish(std::size_t(shown)); }
std::string predictions_csv(const SummarySession& session, double from, double count) {
    return session.predictions_csv(std::size_t(from), std::size_t(count));
}
std::string summary_csv(const SummarySession& session, double from, double count) {
    return session.summary_csv(std::size_t(from), std::size_t(count));
}

}  // namespace

EMSCRIPTEN_BINDINGS(clvdata_session) {
    emscripten::class_<SummarySession>("SummarySession")
        .constructor<>()
        .function("begin", &SummarySession::begin)
        .function("feed", &feed_bytes)
        .function("bytesFed", &bytes_fed)
        .function("finish", &finish)
        .function("fit", &SummarySession::fit)
        .function("predict", &SummarySession::predict)
        .function("validate", &SummarySession::validate)
        .function("predictionsCsv", &predictions_csv)
        .function("summaryCsv", &summary_csv)
        .function("customers", &kept_customers);
}
