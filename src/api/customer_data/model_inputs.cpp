// Inputs of fit_model and predict: the customer columns, named parameters, the models' words.
#include "model_calculations.hpp"

namespace clv::api {

using models::Model;

const std::vector<std::string>& fit_model_choices() {
    static const std::vector<std::string> words = {"bg_nbd", "pareto_nbd", "gamma_gamma", "bg_bb", "sbg"};
    return words;
}

const std::vector<std::string>& predict_model_choices() {
    static const std::vector<std::string> words = {"bg_nbd", "pareto_nbd", "bg_bb"};
    return words;
}

const std::vector<const char*>& parameter_names(Model model) {
    static const std::vector<const char*> bg_nbd = {"r", "alpha", "a", "b"}, pareto = {"r", "alpha", "s", "beta"},
                                          gamma_gamma = {"p", "q", "v"}, bg_bb = {"alpha", "beta", "gamma", "delta"},
                                          sbg = {"alpha", "beta"};
    switch (model) {
        case Model::bg_nbd: return bg_nbd;
        case Model::pareto_nbd: return pareto;
        case Model::gamma_gamma: return gamma_gamma;
        case Model::bg_bb: return bg_bb;
        default: return sbg;
    }
}

std::optional<models::CustomerColumns> read_customer_columns(InputReader& inputs) {
    auto customers = inputs.object("customers");
    if (!customers) return std::nullopt;
    models::CustomerColumns c;
    bool ok = true;
    auto read = [&](const char* name, std::vector<double>& into) {
        if (auto list = customers->optional_number_list(name, models::max_customer_rows, ok)) into = std::move(*list);
    };
    read("frequency", c.frequency);
    read("recency", c.recency);
    read("T", c.T);
    read("monetary_value", c.monetary_value);
    read("periods", c.periods);
    read("weight", c.weight);
    customers->reject_unknown_fields();
    if (!ok) return std::nullopt;
    return c;
}

std::optional<std::vector<double>> read_named_numbers(InputReader& inputs, const char* object,
                                                      const std::vector<const char*>& names, bool required) {
    if (!inputs.has(object)) {
        if (required) inputs.number(object);  // reports missing_field
        return std::nullopt;
    }
    auto reader = inputs.object(object);
    if (!reader) return std::nullopt;
    std::vector<double> values;
    bool ok = true;
    for (const char* name : names) {
        auto value = reader->number(name);
        ok = ok && value.has_value();
        values.push_back(value.value_or(0));
    }
    reader->reject_unknown_fields();
    if (!ok) return std::nullopt;
    return values;
}

}  // namespace clv::api
