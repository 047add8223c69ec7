#include "summary_session.hpp"

#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>

#include "../../core/data/summary_file.hpp"
#include "../encode.hpp"
#include "session_requests.hpp"
#include "transaction_calculations.hpp"
#include "transaction_inputs.hpp"

namespace clv::api {

using nlohmann::json;
using session::read_request;
using session::respond;

namespace {

constexpr const char* summarise_name = "summarise_transactions";
constexpr const char* read_summary_name = "read_summary";
// A summary file is held whole until it is read: a quarter of the limit of a transaction log,
// still ~6 million customers at ~40 bytes a row.
constexpr std::uint64_t max_summary_file_bytes = data::read_limits::max_file_bytes / 4;

// The core's problems about the file, on the field "inputs.file".
std::vector<Problem> file_problems(std::vector<Problem> problems) {
    problems = named_for_input(std::move(problems), "file");
    for (auto& problem : problems) problem.field = "inputs." + problem.field;
    return problems;
}

}  // namespace

std::string session::respond(const char* calculation, const std::vector<Problem>& problems, CalculationOutput* out) {
    json response = {{"version", format_version}, {"calculation", calculation}, {"ok", false}, {"result", nullptr},
                     {"steps", json::array()},    {"warnings", json::array()},  {"problems", json::array()}};
    if (problems.empty() && out) {
        response["ok"] = true;
        response["result"] = std::move(out->result);
        response["steps"] = std::move(out->steps);
        response["warnings"] = std::move(out->warnings);
    }
    for (const auto& problem : problems) response["problems"].push_back(to_json(problem));
    return response.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string SummarySession::begin(const std::string& request_text, double file_bytes) {
    const char* name = summarise_name;
    try {
        std::vector<Problem> problems;
        if (begun_) problems.push_back({"", "session_already_begun"});
        begun_ = true;
        read_request(request_text, {summarise_name, read_summary_name}, problems, [&](InputReader& inputs, const std::string& calculation) {
            if (calculation == read_summary_name) {
                kind_ = Kind::summary_file;
                name = read_summary_name;
                return;
            }
            std::vector<Problem> relative;  // fields relative to the inputs
            choices_ = read_choices(inputs, relative);
            summary_options_ = read_summary_options(inputs, relative);
            for (auto& problem : relative) {
                problem.field = inputs.path() + problem.field;
                problems.push_back(std::move(problem));
            }
        });
        if (problems.empty() && kind_ == Kind::transactions && (!choices_ || !summary_options_)) problems.push_back({"inputs", "wrong_type"});
        file_bytes_ = file_bytes > 0 ? std::uint64_t(file_bytes) : 0;
        const auto limit = kind_ == Kind::summary_file ? max_summary_file_bytes : data::read_limits::max_file_bytes;
        if (problems.empty() && file_bytes_ > limit) problems.push_back({"inputs.file", "file_too_large"});
        stopped_ = !problems.empty();
        refusal_ = stopped_ ? respond(name, problems) : std::string();
        return refusal_;
    } catch (const std::exception&) {
        stopped_ = true;
        return respond(name, {{"", "internal_error"}});
    }
}

// The preview of the file's first bytes settles every "auto" choice; then the reader starts
// and reads them.
void SummarySession::start_reading(bool complete) {
    auto preview = data::preview_transactions(std::string_view(head_).substr(0, data::encoding_sample_bytes), complete);
    if (preview.ok()) read_options_ = resolve_read_options(*choices_, *preview.value, problems_);
    else problems_ = std::move(preview.problems);
    if (!read_options_) {
        stopped_ = true;
        return;
    }
    reader_.emplace(*read_options_);
    reader_->expect_total_bytes(file_bytes_);
    reader_->feed(head_);
    head_ = std::string();
}

bool SummarySession::feed(std::string_view chunk) {
    if (!begun_ || stopped_) return false;
    try {
        bytes_fed_ += chunk.size();
        if (reader_) return reader_->feed(chunk);
        if (kind_ == Kind::summary_file && bytes_fed_ > max_summary_file_bytes) throw std::bad_alloc();
        head_.append(chunk.data(), chunk.size());
        if (kind_ == Kind::transactions && head_.size() >= data::encoding_sample_bytes) start_reading(false);
        return !stopped_;
    } catch (const std::exception&) {  // allocation failure: the rows do not fit
        reader_.reset();
        head_ = std::string();
        problems_ = {{"file", "file_too_large"}};
        stopped_ = true;
        return false;
    }
}

std::string SummarySession::finish(std::size_t shown_customers) {
    try {
        return finish_unguarded(shown_customers);
    } catch (const std::exception&) {
        reader_.reset();
        stopped_ = true;
        return respond(kind_ == Kind::summary_file ? read_summary_name : summarise_name, {{"", "internal_error"}});
    }
}

std::string SummarySession::finish_unguarded(std::size_t shown_customers) {
    const char* name = kind_ == Kind::summary_file ? read_summary_name : summarise_name;
    if (!begun_) return respond(name, {{"", "session_not_begun"}});
    if (!refusal_.empty()) return refusal_;
    if (finished_) return respond(name, {{"", "session_finished"}});
    finished_ = true;
    shown_ = shown_customers;
    return kind_ == Kind::summary_file ? finish_summary_file() : finish_transactions();
}

std::string SummarySession::finish_transactions() {
    if (!stopped_ && !reader_) start_reading(true);
    std::optional<data::TransactionLog> log;
    if (reader_) {
        auto read = reader_->finish();
        reader_.reset();
        if (read.ok()) log = std::move(read.value);
        else problems_ = std::move(read.problems);
    }
    stopped_ = true;
    if (!log) return respond(summarise_name, file_problems(std::move(problems_)));
    auto summary = data::summarise_transactions(*log, *summary_options_);
    if (!summary.ok()) return respond(summarise_name, file_problems(std::move(summary.problems)));
    CalculationOutput out;
    auto& c = summary.value->customers;
    const std::size_t customers = c.frequency.size();
    out.result = summary_result(*log, *summary.value, *read_options_, shown_);
    out.result["dataset"] = {{"customers", customers}, {"shown", std::min(customers, shown_)}};
    add_summary_warnings(out, *log, *summary.value);
    for (std::uint32_t index : c.customer) held_.add_id(log->customers.id(index));
    held_.columns.frequency = std::move(c.frequency);
    held_.columns.recency = std::move(c.recency);
    held_.columns.T = std::move(c.T);
    held_.columns.monetary_value = std::move(c.monetary_value);
    held_.total_spend = std::move(c.total_spend);
    if (summary.value->options.calibration_end) {
        held_.frequency_holdout = std::move(c.frequency_holdout);
        held_.monetary_value_holdout = std::move(c.monetary_value_holdout);
        held_.duration_holdout = summary.value->duration_holdout;
    }
    const auto& tracking = summary.value->tracking;
    held_.tracking = models::TrackingInput{tracking.time, tracking.repeat_purchases, tracking.calibration_end};
    return respond(summarise_name, {}, &out);
}

std::string SummarySession::finish_summary_file() {
    stopped_ = true;
    auto read = data::read_summary_file(head_);
    head_ = std::string();
    if (!read.ok()) return respond(read_summary_name, file_problems(std::move(read.problems)));
    auto& file = *read.value;
    CalculationOutput out;
    out.result = summary_file_json(file, shown_);
    out.result["dataset"] = {{"customers", file.id.size()}, {"shown", std::min(file.id.size(), shown_)}};
    add_summary_file_warnings(out, file);
    for (const auto& id : file.id) held_.add_id(id);
    const bool weighted = file.columns[std::size_t(data::SummaryRole::weight)].has_value();
    held_.columns.frequency = std::move(file.frequency);
    held_.columns.recency = std::move(file.recency);
    held_.columns.T = std::move(file.T);
    if (file.columns[std::size_t(data::SummaryRole::monetary_value)]) held_.columns.monetary_value = std::move(file.monetary_value);
    if (weighted) held_.columns.weight = std::move(file.weight);
    return respond(read_summary_name, {}, &out);
}

}  // namespace clv::api
