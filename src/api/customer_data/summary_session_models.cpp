// The streaming session's model calls on the summary it keeps: fit_model, predict,
// validate_model; and the summary and the prediction as CSV (summary_session.hpp).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <nlohmann/json.hpp>

#include "../encode.hpp"
#include "model_calculations.hpp"
#include "session_requests.hpp"
#include "summary_session.hpp"

namespace clv::api {

using nlohmann::json;
using session::read_request;
using session::respond;

namespace {

constexpr const char* fit_name = "fit_model";
constexpr const char* predict_name = "predict";
constexpr const char* validate_name = "validate_model";

// Reads `text` as a request for `calculation` and answers evaluate(inputs) on the summary kept;
// `answered` tells whether the response is ok.
template <class Evaluate>
std::string answer_held(const std::string& text, const char* calculation, Evaluate evaluate, bool* answered = nullptr) {
    try {
        std::vector<Problem> problems;
        CalculationOutput out;
        read_request(text, {calculation}, problems, [&](InputReader& inputs, const std::string&) {
            out = evaluate(inputs);
            for (auto& problem : out.problems) problems.push_back(std::move(problem));
        });
        if (answered) *answered = problems.empty();
        return respond(calculation, problems, &out);
    } catch (const std::exception&) {
        return respond(calculation, {{"", "internal_error"}});
    }
}

// The distribution's top rows, with the ids and predictions of each.
json top_customers(const HeldSummary& held, const models::PredictionResult& r, const json& top) {
    json out = {{"id", json::array()},          {"frequency", json::array()},          {"recency", json::array()},
                {"T", json::array()},           {"p_alive", json::array()},            {"expected_purchases", json::array()},
                {"expected_spend", json::array()}, {"clv", json::array()}};
    for (const auto& row : top) {
        const std::size_t i = row.get<std::size_t>();
        out["id"].push_back(std::string(held.id(i)));
        out["frequency"].push_back(number_or_null(held.columns.frequency[i]));
        out["recency"].push_back(number_or_null(held.columns.recency[i]));
        out["T"].push_back(number_or_null(held.columns.T[i]));
        out["p_alive"].push_back(number_or_null(r.p_alive[i]));
        out["expected_purchases"].push_back(number_or_null(r.expected_purchases[i]));
        out["expected_spend"].push_back(r.expected_spend ? number_or_null((*r.expected_spend)[i]) : json());
        out["clv"].push_back(r.clv ? number_or_null((*r.clv)[i]) : json());
    }
    return out;
}

// A CSV cell: the shortest of 15, 16 or 17 significant digits that reads back as the same
// number (the wasm build's libc++ has no floating-point to_chars); empty when not finite.
void append_number(std::string& line, double value) {
    if (!std::isfinite(value)) return;
    char buffer[32];
    int length = 0;
    for (int digits = 15; digits <= 17; ++digits) {
        length = std::snprintf(buffer, sizeof buffer, "%.*g", digits, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    line.append(buffer, std::size_t(length));
}

// An id quoted when it holds a comma, quote or line break (as the page's csv.js writes).
void append_text(std::string& line, std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return void(line.append(text.data(), text.size()));
    line.push_back('"');
    for (char c : text) {
        if (c == '"') line.push_back('"');
        line.push_back(c);
    }
    line.push_back('"');
}

}  // namespace

std::string SummarySession::fit(const std::string& request_text) const {
    return answer_held(request_text, fit_name, [&](InputReader& inputs) {
        CalculationOutput out;
        auto word = inputs.required_choice("model", {"bg_nbd", "pareto_nbd", "gamma_gamma"});
        if (word && customers() == 0) out.problems.push_back({"", "dataset_missing"});
        if (!word || customers() == 0) return out;
        auto fitted = fit_customers(*models::model_from_name(*word), held_.columns);
        if (!fitted.ok()) {
            for (auto& problem : fitted.problems) {
                problem.field = "inputs." + problem.field;
                out.problems.push_back(std::move(problem));
            }
            return out;
        }
        out.result = fit_json(*fitted.value);
        out.steps = to_json(fitted.value->explanation);
        out.warnings = to_json(fitted.value->warnings);
        return out;
    });
}

std::string SummarySession::predict(const std::string& request_text) {
    prediction_.reset();
    if (customers() == 0) return respond(predict_name, {{"", "dataset_missing"}});
    bool answered = false;
    std::string response = answer_held(request_text, predict_name, [&](InputReader& inputs) {
        HeldPrediction held{held_.columns, shown_, prediction_};
        CalculationOutput out = evaluate_predict_held(inputs, &held);
        if (out.problems.empty() && prediction_) {
            const std::size_t n = customers();
            out.result["top_customers"] = top_customers(held_, *prediction_, out.result["distribution"]["top"]);
            out.result["dataset"] = {{"customers", n}, {"shown", std::min(n, shown_)}};
        }
        return out;
    }, &answered);
    if (!answered) prediction_.reset();
    return response;
}

std::string SummarySession::validate(const std::string& request_text) const {
    if (customers() == 0) return respond(validate_name, {{"", "dataset_missing"}});
    return answer_held(request_text, validate_name,
                       [&](InputReader& inputs) { return evaluate_validate_model_held(inputs, &held_); });
}

std::string SummarySession::predictions_csv(std::size_t from, std::size_t count) const {
    if (!prediction_ || from >= customers()) return {};
    const auto& r = *prediction_;
    const auto& c = held_.columns;
    std::string text;
    if (from == 0) text = "customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv\n";
    const std::size_t end = std::min(customers(), from + count);
    text.reserve(text.size() + (end - from) * 96);
    for (std::size_t i = from; i < end; ++i) {
        append_text(text, held_.id(i));
        for (double value : {c.frequency[i], c.recency[i], c.T[i], r.p_alive[i], r.expected_purchases[i]}) {
            text.push_back(',');
            append_number(text, value);
        }
        text.push_back(',');
        if (r.expected_spend) append_number(text, (*r.expected_spend)[i]);
        text.push_back(',');
        if (r.clv) append_number(text, (*r.clv)[i]);
        text.push_back('\n');
    }
    return text;
}

std::string SummarySession::summary_csv(std::size_t from, std::size_t count) const {
    if (kind_ != Kind::transactions || from >= customers()) return {};
    const auto& c = held_.columns;
    const bool holdout = held_.frequency_holdout.has_value();
    std::string text;
    if (from == 0) {
        text = "customer_id,frequency,recency,T,monetary_value,total_spend";
        text += holdout ? ",frequency_holdout,monetary_value_holdout,duration_holdout\n" : "\n";
    }
    const std::size_t end = std::min(customers(), from + count);
    text.reserve(text.size() + (end - from) * 72);
    for (std::size_t i = from; i < end; ++i) {
        append_text(text, held_.id(i));
        for (double value : {c.frequency[i], c.recency[i], c.T[i], c.monetary_value[i], held_.total_spend[i]}) {
            text.push_back(',');
            append_number(text, value);
        }
        if (holdout) {
            for (double value : {(*held_.frequency_holdout)[i], held_.monetary_value_holdout[i], held_.duration_holdout}) {
                text.push_back(',');
                append_number(text, value);
            }
        }
        text.push_back('\n');
    }
    return text;
}

}  // namespace clv::api
