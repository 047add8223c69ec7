#include "summary_session.hpp"

#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>

#include "../encode.hpp"
#include "../evaluate.hpp"
#include "model_calculations.hpp"
#include "transaction_inputs.hpp"

namespace clv::api {

using nlohmann::json;

namespace {

constexpr const char* summarise_name = "summarise_transactions";
constexpr const char* fit_name = "fit_model";

// A response as evaluate() writes it: the output when there are no problems, else the problems.
std::string respond(const char* calculation, const std::vector<Problem>& problems, CalculationOutput* out = nullptr) {
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

// The core's problems about the file, on the field "inputs.file".
std::vector<Problem> file_problems(std::vector<Problem> problems) {
    problems = named_for_input(std::move(problems), "file");
    for (auto& problem : problems) problem.field = "inputs." + problem.field;
    return problems;
}

// Reads `text` as a request for `calculation`, calling read(inputs) with its inputs' reader;
// every problem (JSON, version, calculation, types, unknown fields) lands in `problems`.
template <class Read>
void read_request(const std::string& text, const char* calculation, std::vector<Problem>& problems, Read read) {
    if (text.size() > max_request_bytes) return problems.push_back({"", "request_too_large"});
    const json request = json::parse(text, nullptr, false);
    if (request.is_discarded()) return problems.push_back({"", "malformed_json"});
    if (!request.is_object()) return problems.push_back({"", "wrong_type"});
    InputReader top(request, problems, "");
    auto version = top.number_or("version", format_version);
    if (version && *version != format_version)
        problems.push_back({"version", "unsupported_version", double(format_version), double(format_version)});
    top.required_choice("calculation", {calculation});
    if (auto inputs = top.object("inputs")) {
        read(*inputs);
        inputs->reject_unknown_fields();
    }
    top.reject_unknown_fields();
}

}  // namespace

std::string SummarySession::begin(const std::string& request_text, double file_bytes) {
    try {
        std::vector<Problem> problems;
        if (begun_) problems.push_back({"", "session_already_begun"});
        begun_ = true;
        read_request(request_text, summarise_name, problems, [&](InputReader& inputs) {
            std::vector<Problem> relative;  // fields relative to the inputs
            choices_ = read_choices(inputs, relative);
            summary_options_ = read_summary_options(inputs, relative);
            for (auto& problem : relative) {
                problem.field = inputs.path() + problem.field;
                problems.push_back(std::move(problem));
            }
        });
        if (problems.empty() && (!choices_ || !summary_options_)) problems.push_back({"inputs", "wrong_type"});
        file_bytes_ = file_bytes > 0 ? std::uint64_t(file_bytes) : 0;
        if (problems.empty() && file_bytes_ > data::read_limits::max_file_bytes)
            problems.push_back({"inputs.file", "file_too_large"});
        stopped_ = !problems.empty();
        refusal_ = stopped_ ? respond(summarise_name, problems) : std::string();
        return refusal_;
    } catch (const std::exception&) {
        stopped_ = true;
        return respond(summarise_name, {{"", "internal_error"}});
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
        head_.append(chunk.data(), chunk.size());
        if (head_.size() >= data::encoding_sample_bytes) start_reading(false);
        return !stopped_;
    } catch (const std::exception&) {  // allocation failure: the rows do not fit
        reader_.reset();
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
        return respond(summarise_name, {{"", "internal_error"}});
    }
}

std::string SummarySession::finish_unguarded(std::size_t shown_customers) {
    if (!begun_) return respond(summarise_name, {{"", "session_not_begun"}});
    if (!refusal_.empty()) return refusal_;
    if (finished_) return respond(summarise_name, {{"", "session_finished"}});
    finished_ = true;
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
    const std::size_t customers = summary.value->customers.frequency.size();
    out.result = summary_result(*log, *summary.value, *read_options_, shown_customers);
    out.result["dataset"] = {{"customers", customers}, {"shown", std::min(customers, shown_customers)}};
    add_summary_warnings(out, *log, *summary.value);
    auto& c = summary.value->customers;
    kept_.frequency = std::move(c.frequency);
    kept_.recency = std::move(c.recency);
    kept_.T = std::move(c.T);
    kept_.monetary_value = std::move(c.monetary_value);
    return respond(summarise_name, {}, &out);
}

std::string SummarySession::fit(const std::string& request_text) const {
    try {
        std::vector<Problem> problems;
        std::optional<std::string> word;
        read_request(request_text, fit_name, problems, [&](InputReader& inputs) {
            word = inputs.required_choice("model", {"bg_nbd", "pareto_nbd", "gamma_gamma"});
        });
        if (problems.empty() && kept_.frequency.empty()) problems.push_back({"", "dataset_missing"});
        if (!problems.empty()) return respond(fit_name, problems);
        auto fitted = fit_customers(*models::model_from_name(*word), kept_);
        if (!fitted.ok()) {
            for (auto& problem : fitted.problems) problem.field = "inputs." + problem.field;
            return respond(fit_name, fitted.problems);
        }
        CalculationOutput out;
        out.result = fit_json(*fitted.value);
        out.steps = to_json(fitted.value->explanation);
        out.warnings = to_json(fitted.value->warnings);
        return respond(fit_name, {}, &out);
    } catch (const std::exception&) {
        return respond(fit_name, {{"", "internal_error"}});
    }
}

}  // namespace clv::api
