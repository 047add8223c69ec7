// "validate_model": a fitted BG/NBD or Pareto/NBD held against the holdout and the tracking
// series of a transaction summary; the four plots' data as columns.
#include "../../core/models/validation.hpp"
#include "../encode.hpp"
#include "held_summary.hpp"
#include "model_calculations.hpp"

namespace clv::api {

using nlohmann::json;
using models::Model;

namespace {

constexpr std::size_t max_tracking_periods = 100'000;

json numbers(const std::vector<double>& values) {
    json list = json::array();
    for (double value : values) list.push_back(number_or_null(value));
    return list;
}

json bins_json(const models::FrequencyBins& b, bool with_customers) {
    json out = {{"frequency", numbers(b.frequency)}, {"actual", numbers(b.actual)}, {"model", numbers(b.model)}};
    if (with_customers) out["customers"] = numbers(b.customers);
    return out;
}

json validation_json(const models::ValidationResult& r, const models::ValidationInput& in) {
    json tracking;
    if (r.tracking)
        tracking = {{"time", numbers(r.tracking->time)}, {"actual", numbers(r.tracking->actual)},
                    {"model", numbers(r.tracking->model)}, {"actual_cumulative", numbers(r.tracking->actual_cumulative)},
                    {"model_cumulative", numbers(r.tracking->model_cumulative)},
                    {"calibration_end", number_or_null(r.tracking->calibration_end)}};
    const auto& a = r.alive;
    return {{"model", models::model_name(in.model)},
            {"duration_holdout", number_or_null(in.duration_holdout)},
            {"max_frequency", number_or_null(in.max_frequency)},
            {"conditional", bins_json(r.conditional, true)},
            {"histogram", bins_json(r.histogram, false)},
            {"tracking", std::move(tracking)},
            {"p_alive_by_recency",
             {{"bin_width", number_or_null(a.bin_width)}, {"recency", numbers(a.recency)}, {"customers", numbers(a.customers)},
              {"mean_p_alive", numbers(a.mean_p_alive)}, {"share_bought_in_holdout", numbers(a.share_bought_in_holdout)}}},
            {"totals",
             {{"customers", number_or_null(r.customers)},
              {"actual_holdout_purchases", number_or_null(r.actual_holdout_purchases)},
              {"predicted_holdout_purchases", number_or_null(r.predicted_holdout_purchases)}}}};
}

// holdout {frequency[], duration}: two of the summary's holdout fields.
bool read_holdout(InputReader& inputs, models::ValidationInput& in) {
    auto holdout = inputs.object("holdout");
    if (!holdout) return false;
    auto frequency = holdout->number_list("frequency", models::max_customer_rows);
    auto duration = holdout->number("duration");
    holdout->reject_unknown_fields();
    if (!frequency || !duration) return false;
    in.frequency_holdout = std::move(*frequency);
    in.duration_holdout = *duration;
    return true;
}

// tracking {time[], repeat_purchases[], calibration_end}, optional.
bool read_tracking(InputReader& inputs, models::ValidationInput& in) {
    if (!inputs.has("tracking")) return true;
    auto tracking = inputs.object("tracking");
    if (!tracking) return false;
    auto time = tracking->number_list("time", max_tracking_periods);
    auto repeats = tracking->number_list("repeat_purchases", max_tracking_periods);
    auto end = tracking->number("calibration_end");
    bool ok = true;
    tracking->optional_number("observation_end", ok);  // as the summary gives it; not needed
    tracking->reject_unknown_fields();
    if (!time || !repeats || !end || !ok) return false;
    in.tracking = models::TrackingInput{std::move(*time), std::move(*repeats), *end};
    return true;
}

// The held summary's customers, holdout and tracking, as a request would give them.
bool take_held(const HeldSummary& held, models::ValidationInput& in) {
    if (!held.frequency_holdout) return false;
    in.frequency_holdout = *held.frequency_holdout;
    in.duration_holdout = held.duration_holdout;
    in.tracking = held.tracking;
    return true;
}

}  // namespace

const std::vector<std::string>& validate_model_choices() {
    static const std::vector<std::string> words = {"bg_nbd", "pareto_nbd"};
    return words;
}

CalculationOutput evaluate_validate_model(InputReader& inputs) { return evaluate_validate_model_held(inputs, nullptr); }

CalculationOutput evaluate_validate_model_held(InputReader& inputs, const HeldSummary* held) {
    auto word = inputs.required_choice("model", validate_model_choices());
    const Model model = word ? *models::model_from_name(*word) : Model::bg_nbd;
    auto params = read_named_numbers(inputs, "params", parameter_names(model), true);
    auto columns = held ? std::optional<models::CustomerColumns>(held->columns) : read_customer_columns(inputs);
    auto max_frequency = inputs.number_or("max_frequency", 7);
    models::ValidationInput in;
    const bool holdout = held ? take_held(*held, in) : read_holdout(inputs, in);
    const bool tracking = held || read_tracking(inputs, in);
    CalculationOutput out;
    if (held && !holdout) out.problems.push_back({inputs.path() + "model", "no_holdout"});
    if (!word || !params || !columns || !max_frequency || !holdout || !tracking) return out;
    const auto& v = *params;
    if (model == Model::bg_nbd) in.bg_nbd = {v[0], v[1], v[2], v[3]};
    else in.pareto_nbd = {v[0], v[1], v[2], v[3]};
    in.model = model;
    in.customers = std::move(*columns);
    in.max_frequency = *max_frequency;  // the core checks it is whole, 1..100
    const auto outcome = models::validate_model(in);
    return encode_outcome(inputs, outcome, [&](const models::ValidationResult& r) { return validation_json(r, in); });
}

}  // namespace clv::api
