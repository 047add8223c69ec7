// "fit_model": a model fitted by maximum likelihood to a per-customer summary given as columns
// (sBG: to a survivor curve), with its parameters under the papers' symbols.
#include "../../core/models/bg_bb.hpp"
#include "../../core/models/bg_nbd.hpp"
#include "../../core/models/gamma_gamma.hpp"
#include "../../core/models/pareto_nbd.hpp"
#include "../../core/models/sbg.hpp"
#include "../encode.hpp"
#include "model_calculations.hpp"

namespace clv::api {

using nlohmann::json;
using models::Model;

Outcome<models::ModelFit> fit_customers(Model model, const models::CustomerColumns& columns) {
    auto groups = models::group_customers(columns, model);
    if (!groups.ok()) return {std::nullopt, std::move(groups.problems)};
    switch (model) {
        case Model::bg_nbd: return {models::fit_bg_nbd(*groups.value), {}};
        case Model::pareto_nbd: return {models::fit_pareto_nbd(*groups.value), {}};
        case Model::bg_bb: return {models::fit_bg_bb(*groups.value), {}};
        default: return {models::fit_gamma_gamma(*groups.value), {}};
    }
}

namespace {

// The sBG's projection: expected survivors and retention rates for t = 0..periods.
// The curve's own retention rates beside them, for the fitted-vs-actual plot.
json projection_json(const models::ModelFit& fit, const std::vector<double>& curve, int periods) {
    const auto projection = models::sbg_project(models::sbg_params(fit), curve.front(), periods);
    json survivors = json::array(), retention = json::array(), observed = json::array();
    for (double v : projection.survivors) survivors.push_back(number_or_null(v));
    for (double v : projection.retention_rate) retention.push_back(number_or_null(v));
    for (const auto& v : models::sbg_observed_retention(curve)) observed.push_back(optional_number(v));
    return {{"survivors", std::move(survivors)}, {"retention_rate", std::move(retention)},
            {"observed_retention_rate", std::move(observed)}};
}

}  // namespace

json fit_json(const models::ModelFit& fit) {
    json params = json::object(), errors = json::object();
    for (const auto& p : fit.params) {
        params[p.name] = number_or_null(p.value);
        errors[p.name] = optional_number(p.standard_error);
    }
    return {{"model", models::model_name(fit.model)},
            {"params", std::move(params)},
            {"standard_errors", std::move(errors)},
            {"log_likelihood", number_or_null(fit.log_likelihood)},
            {"converged", fit.converged},
            {"iterations", fit.iterations},
            {"customers", number_or_null(fit.customers)},
            {"rows", fit.rows},
            {"distinct_rows", fit.distinct_rows}};
}

// A data field the chosen model does not read (customers for the sBG, survivors for the others).
void refuse_unused(CalculationOutput& out, const InputReader& inputs, const char* field) {
    out.problems.push_back({inputs.path() + field, "not_used_by_model"});
}

CalculationOutput evaluate_fit_model(InputReader& inputs) {
    auto word = inputs.required_choice("model", fit_model_choices());
    const bool sbg = word && *word == "sbg";
    CalculationOutput out;
    std::optional<models::CustomerColumns> columns;
    if (inputs.has("customers") || (word && !sbg)) columns = read_customer_columns(inputs);
    bool ok = true;
    auto survivors = inputs.optional_number_list("survivors", 1201, ok);
    if (sbg && !inputs.has("survivors")) inputs.number_list("survivors", 1201);  // missing_field
    auto projection = inputs.number_or("projection_periods", 5);
    ProblemList checks;
    if (projection) checks.require_whole("projection_periods", *projection, 0, limits::max_periods);
    add_core_problems(out, inputs, checks.take());
    if (word && sbg && columns) refuse_unused(out, inputs, "customers");
    if (word && !sbg && survivors) refuse_unused(out, inputs, "survivors");
    if (!word || !ok || !projection || !out.problems.empty()) return out;
    if (sbg) {
        if (!survivors) return out;
        const int periods = int(survivors->size()) - 1 + int(*projection);
        return encode_outcome(inputs, models::fit_sbg(*survivors), [&](const models::ModelFit& fit) {
            json result = fit_json(fit);
            result["projection"] = projection_json(fit, *survivors, periods);
            return result;
        });
    }
    if (!columns) return out;
    return encode_outcome(inputs, fit_customers(*models::model_from_name(*word), *columns), fit_json);
}

}  // namespace clv::api
