// "predict": each customer's expected purchases over a horizon, P(alive), expected spend
// (Gamma-Gamma) and discounted value, from fitted parameters; columns out, totals beside them.
#include <algorithm>
#include <cstdint>

#include "../../core/models/customer_value.hpp"
#include "../encode.hpp"
#include "model_calculations.hpp"
#include "transaction_inputs.hpp"

namespace clv::api {

using nlohmann::json;
using models::Model;

namespace {

// The first `limit` values.
json numbers(const std::vector<double>& values, std::size_t limit) {
    json list = json::array();
    auto& array = list.get_ref<json::array_t&>();
    const std::size_t count = std::min(limit, values.size());
    array.reserve(count);
    for (std::size_t i = 0; i < count; ++i) array.push_back(number_or_null(values[i]));
    return list;
}

json optional_numbers(const std::optional<std::vector<double>>& values, std::size_t limit) {
    return values ? numbers(*values, limit) : json();
}

// The customers' columns cut to the first `shown`.
json prediction_json(const models::PredictionResult& r, const models::PredictionInput& in, std::size_t shown) {
    return {{"model", models::model_name(in.model)},
            {"horizon", number_or_null(in.horizon)},
            {"time_unit", data::time_unit_name(in.time_unit)},
            {"discount_rate_per_period", number_or_null(r.discount_rate_per_period)},
            {"customers",
             {{"expected_purchases", numbers(r.expected_purchases, shown)},
              {"p_alive", numbers(r.p_alive, shown)},
              {"expected_spend", optional_numbers(r.expected_spend, shown)},
              {"clv", optional_numbers(r.clv, shown)}}},
            {"totals",
             {{"customers", r.p_alive.size()},
              {"expected_purchases", number_or_null(r.total_expected_purchases)},
              {"mean_p_alive", number_or_null(r.mean_p_alive)},
              {"clv", optional_number(r.total_clv)}}}};
}

// The parameters of `model` as the core takes them.
void set_params(models::PredictionInput& in, const std::vector<double>& v) {
    if (in.model == Model::bg_nbd) in.bg_nbd = {v[0], v[1], v[2], v[3]};
    else if (in.model == Model::bg_bb) in.bg_bb = {v[0], v[1], v[2], v[3]};
    else in.pareto_nbd = {v[0], v[1], v[2], v[3]};
}

}  // namespace

CalculationOutput evaluate_predict(InputReader& inputs) { return evaluate_predict_held(inputs, nullptr); }

CalculationOutput evaluate_predict_held(InputReader& inputs, HeldPrediction* held) {
    auto word = inputs.required_choice("model", predict_model_choices());
    const Model model = word ? *models::model_from_name(*word) : Model::bg_nbd;
    auto params = read_named_numbers(inputs, "params", parameter_names(model), true);
    auto columns = held ? std::optional<models::CustomerColumns>(held->customers) : read_customer_columns(inputs);
    auto horizon = inputs.number("horizon");
    auto gamma_gamma = read_named_numbers(inputs, "gamma_gamma", parameter_names(Model::gamma_gamma), false);
    bool ok = true;
    auto spend = inputs.optional_number("spend", ok);
    auto margin = inputs.optional_number("margin", ok);
    auto rate = inputs.number_or("discount_rate", 0);
    auto unit = inputs.choice("time_unit", time_unit_choices(), "week");
    auto tier_a = inputs.number_or("tier_a_customer_share", 0.2);
    auto tier_b = inputs.number_or("tier_b_customer_share", 0.5);
    auto rate_period = inputs.choice("discount_rate_period", models::rate_period_names(), unit.value_or("week"));
    CalculationOutput out;
    if (inputs.has("gamma_gamma") && inputs.has("spend")) out.problems.push_back({inputs.path() + "spend", "conflicting_fields"});
    if (!word || !params || !columns || !horizon || !ok || !rate || !unit || !rate_period || !tier_a || !tier_b || !out.problems.empty() ||
        (inputs.has("gamma_gamma") && !gamma_gamma))
        return out;
    models::PredictionInput in;
    in.model = model;
    set_params(in, *params);
    in.customers = std::move(*columns);
    in.horizon = *horizon;
    if (gamma_gamma) in.gamma_gamma = models::GammaGammaParams{(*gamma_gamma)[0], (*gamma_gamma)[1], (*gamma_gamma)[2]};
    in.spend = spend;
    in.margin = margin;
    in.discount_rate = *rate;
    in.discount_rate_period = *rate_period;
    in.time_unit = *data::time_unit_from_name(*unit);
    auto outcome = models::predict_customers(in);
    if (!outcome.ok()) return encode_outcome(inputs, outcome, [](const models::PredictionResult&) { return json(); });
    models::ValueTierOptions options;
    options.tier_a_customer_share = *tier_a;
    options.tier_b_customer_share = *tier_b;
    const std::size_t shown = held ? held->shown : SIZE_MAX;
    auto distribution = value_distribution_json(*outcome.value, in, options, shown);
    if (!distribution.ok()) {
        add_core_problems(out, inputs, distribution.problems);
        return out;
    }
    out = encode_outcome(inputs, outcome, [&](const models::PredictionResult& r) {
        json result = prediction_json(r, in, shown);
        result["distribution"] = std::move(*distribution.value);
        return result;
    });
    if (held) held->kept = std::move(*outcome.value);
    return out;
}

}  // namespace clv::api
