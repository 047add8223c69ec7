// validate_model through the JSON API: the CDNOW sample summarised with the classic 39 + 39
// week split, fitted, and held against its holdout; the answer is the core's, the summary's
// holdout and tracking go in as the summary gives them, problems name the field.
#include <catch2/catch.hpp>

#include <fstream>
#include <numeric>
#include <sstream>

#include "../api_test_support.hpp"
#include "core/models/validation.hpp"

using namespace api_test;
using Catch::Detail::Approx;

namespace {

std::vector<double> doubles(const json& list) { return list.get<std::vector<double>>(); }

// The CDNOW summary (calibration to 30 Sep 1997, holdout to 30 Jun 1998, weeks).
const json& cdnow_summary() {
    static const json summary = evaluate_inputs("summarise_transactions",
                                                {{"text", repo_file("data/CDNOW_sample.txt")},
                                                 {"columns", {{"customer", 1}, {"date", 2}, {"amount", 4}}},
                                                 {"calibration_end", "1997-09-30"},
                                                 {"observation_end", "1998-06-30"}});
    REQUIRE(summary.at("ok") == true);
    return summary.at("result");
}

json validate_inputs(const json& summary, const json& params) {
    const json& c = summary.at("customers");
    const json& t = summary.at("tracking");
    return {{"model", "bg_nbd"},
            {"params", params},
            {"customers", {{"frequency", c.at("frequency")}, {"recency", c.at("recency")}, {"T", c.at("T")}}},
            {"holdout", {{"frequency", summary.at("holdout").at("frequency")}, {"duration", summary.at("holdout").at("duration")}}},
            {"tracking", {{"time", t.at("time")}, {"repeat_purchases", t.at("repeat_purchases")},
                          {"calibration_end", t.at("calibration_end")}, {"observation_end", t.at("observation_end")}}}};
}

}  // namespace

TEST_CASE("validate_model on CDNOW: summary → fit → the four plots, equal to the core's", "[api][validation]") {
    const json& summary = cdnow_summary();
    const json& c = summary.at("customers");
    const json fit = evaluate_inputs("fit_model", {{"model", "bg_nbd"},
                                                   {"customers", {{"frequency", c.at("frequency")}, {"recency", c.at("recency")}, {"T", c.at("T")}}}});
    REQUIRE(fit.at("ok") == true);
    const json& params = fit.at("result").at("params");
    CHECK(params.at("r").get<double>() == Approx(0.2426).epsilon(1e-3));  // FHL 2005, from the raw transactions
    const json response = evaluate_inputs("validate_model", validate_inputs(summary, params));
    REQUIRE(response.at("ok") == true);
    const json& r = response.at("result");
    CHECK(r.at("duration_holdout") == Approx(39));
    CHECK(r.at("tracking").at("time").size() == 78);
    CHECK(r.at("tracking").at("calibration_end") == Approx(272.0 / 7));
    const auto histogram = doubles(r.at("histogram").at("model"));
    CHECK(std::accumulate(histogram.begin(), histogram.end(), 0.0) == Approx(2357));
    CHECK(r.at("totals").at("actual_holdout_purchases") == summary.at("statistics").at("holdout_purchases"));
    CHECK(step_formulas(response) == std::vector<std::string>{"validation.sum_conditional_expectations", "validation.predicted_over_actual"});
    CHECK(warning_codes(response).empty());

    // The same numbers as the core's own call.
    clv::models::ValidationInput in;
    in.bg_nbd = {params.at("r"), params.at("alpha"), params.at("a"), params.at("b")};
    in.customers.frequency = doubles(c.at("frequency"));
    in.customers.recency = doubles(c.at("recency"));
    in.customers.T = doubles(c.at("T"));
    in.frequency_holdout = doubles(summary.at("holdout").at("frequency"));
    in.duration_holdout = summary.at("holdout").at("duration");
    in.tracking = clv::models::TrackingInput{doubles(summary.at("tracking").at("time")),
                                             doubles(summary.at("tracking").at("repeat_purchases")),
                                             summary.at("tracking").at("calibration_end")};
    const auto core = clv::models::validate_model(in);
    REQUIRE(core.ok());
    CHECK(doubles(r.at("conditional").at("model")) == core.value->conditional.model);
    CHECK(doubles(r.at("tracking").at("model_cumulative")) == core.value->tracking->model_cumulative);
    CHECK(doubles(r.at("p_alive_by_recency").at("mean_p_alive")) == core.value->alive.mean_p_alive);
    CHECK(r.at("totals").at("predicted_holdout_purchases") == Approx(core.value->predicted_holdout_purchases).epsilon(1e-15));
}

TEST_CASE("validate_model problems name the field", "[api][validation]") {
    const json params = {{"r", 0.243}, {"alpha", 4.414}, {"a", 0.793}, {"b", 2.426}};
    json inputs = {{"model", "bg_nbd"}, {"params", params},
                   {"customers", {{"frequency", {0, 1}}, {"recency", {0, 3}}, {"T", {10, 10}}}},
                   {"holdout", {{"frequency", {0, 2}}, {"duration", 10}}}};
    const json plain = evaluate_inputs("validate_model", inputs);
    REQUIRE(plain.at("ok") == true);
    CHECK(warning_codes(plain) == std::vector<std::string>{"no_tracking"});
    CHECK(plain.at("result").at("tracking").is_null());

    json no_holdout = inputs;
    no_holdout.erase("holdout");
    only_problem(evaluate_inputs("validate_model", no_holdout), "inputs.holdout", "missing_field");
    json short_holdout = inputs;
    short_holdout["holdout"]["frequency"] = {1};
    only_problem(evaluate_inputs("validate_model", short_holdout), "inputs.holdout.frequency", "wrong_length");
    json fraction = inputs;
    fraction["holdout"]["frequency"] = {0, 1.5};
    only_problem(evaluate_inputs("validate_model", fraction), "inputs.holdout.frequency[1]", "not_whole_number");
    json sbg = inputs;
    sbg["model"] = "sbg";
    has_problem(evaluate_inputs("validate_model", sbg), "inputs.model", "not_allowed");
    json early = inputs;
    early["tracking"] = {{"time", {1, 2}}, {"repeat_purchases", {0, 1}}, {"calibration_end", 4}};
    only_problem(evaluate_inputs("validate_model", early), "inputs.tracking.calibration_end", "out_of_range");
    json extra = inputs;
    extra["holdout"]["spend"] = {1, 2};
    only_problem(evaluate_inputs("validate_model", extra), "inputs.holdout.spend", "unknown_field");
}
