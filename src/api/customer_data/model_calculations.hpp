// The model calculations of the customer_data family (adapters fit_model.cpp and predict.cpp,
// inputs model_inputs.cpp, specs model_specs.cpp): a model fitted to a per-customer summary,
// and each customer's predictions from fitted parameters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "../../core/models/customer_table.hpp"
#include "../../core/models/customer_value.hpp"
#include "../../core/models/model_fit.hpp"
#include "../../core/models/value_tiers.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_fit_model(InputReader& inputs);
CalculationOutput evaluate_predict(InputReader& inputs);
CalculationOutput evaluate_validate_model(InputReader& inputs);
CalculationSpec fit_model_spec();
CalculationSpec predict_spec();
CalculationSpec validate_model_spec();

// The models each calculation takes, and the periods a discount rate may be quoted for.
const std::vector<std::string>& fit_model_choices();
const std::vector<std::string>& predict_model_choices();  // bg_nbd, pareto_nbd, bg_bb
const std::vector<std::string>& validate_model_choices();  // bg_nbd, pareto_nbd

// A model other than the sBG fitted to `columns` (identical customers merged first), and its
// result as fit_model gives it; the streaming session fits the summary it keeps with these.
Outcome<models::ModelFit> fit_customers(models::Model model, const models::CustomerColumns& columns);
nlohmann::json fit_json(const models::ModelFit& fit);

// The paper's symbols of a model's parameters, in order.
const std::vector<const char*>& parameter_names(models::Model model);

// `customers`: equal-length number columns (frequency, recency, T, monetary_value, periods,
// weight; those a model does not use are ignored). nullopt after a type problem.
std::optional<models::CustomerColumns> read_customer_columns(InputReader& inputs);

// An object of the named numbers (every one required), e.g. params {r, alpha, a, b}; nullopt
// after a type problem or when the object is absent (missing_field when `required`).
std::optional<std::vector<double>> read_named_numbers(InputReader& inputs, const char* object,
                                                      const std::vector<const char*>& names, bool required);

// predict's "distribution": the histogram, A/B/C tiers and top rows of the predicted value
// (value_tiers_json.cpp), tier_of cut to the first `shown` customers; problems when the tier
// shares cannot be read as tiers.
Outcome<nlohmann::json> value_distribution_json(const models::PredictionResult& result, const models::PredictionInput& input,
                                                const models::ValueTierOptions& options, std::size_t shown = SIZE_MAX);

// predict and validate_model on a summary the streaming session keeps (summary_session.hpp)
// rather than on the request's columns (a request then has no customers, holdout or tracking).
// predict's customer columns are cut to the first `shown`; the whole prediction lands in `kept`.
struct HeldPrediction {
    const models::CustomerColumns& customers;
    std::size_t shown;
    std::optional<models::PredictionResult>& kept;
};
CalculationOutput evaluate_predict_held(InputReader& inputs, HeldPrediction* held);
// Problem no_holdout when the summary has no calibration / holdout split.
struct HeldSummary;
CalculationOutput evaluate_validate_model_held(InputReader& inputs, const HeldSummary* held);

}  // namespace clv::api
