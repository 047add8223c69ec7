// What sensitivity and break_even take and give (spec.hpp): static data only. Their base
// request's inputs are described with unit_economics's fields (segments's are in its own spec).
#include "../../core/workbench/levers.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

namespace {

const std::vector<std::string>& base_calculations() {
    static const std::vector<std::string> names = {"unit_economics", "segments"};
    return names;
}

const std::vector<std::string>& unit_names() {
    static const std::vector<std::string> names = {"money", "rate", "share", "count", "periods", "ratio", "factor"};
    return names;
}

FieldSpec base_field() {
    return object_field("base", {choice_field("calculation", base_calculations()).needed(),
                                 object_field("inputs", unit_economics_fields()).needed()})
        .needed();
}

FieldSpec outcome_field() {
    return choice_field("outcome", workbench::model_outcome_names()).defaults("profit");
}

}  // namespace

CalculationSpec sensitivity_spec() {
    FieldSpec change = share_field("change").defaults(0.1);
    change.min_exclusive = change.max_exclusive = true;
    CalculationSpec spec;
    spec.fields = {base_field(), outcome_field(), change};
    spec.results = {choice_result("outcome", &workbench::model_outcome_names()), number_result("change", "share"),
                    number_result("base_outcome", "money"),
                    list_result("bars", {choice_result("input", nullptr), choice_result("unit", &unit_names()),
                                         number_result("base_value", "number"), number_result("low_value", "number"),
                                         number_result("high_value", "number"), number_result("outcome_low", "money"),
                                         number_result("outcome_high", "money"), number_result("swing", "money")}),
                    steps_result()};
    spec.warnings = {"outcome_missing"};
    return spec;
}

CalculationSpec break_even_spec() {
    FieldSpec input{"input", "text"};
    input.required = true;
    CalculationSpec spec;
    spec.fields = {base_field(), input, outcome_field(),
                   number_field("target", "money", -limits::max_money, limits::max_money).defaults(0.0)};
    spec.results = {choice_result("input", nullptr), choice_result("unit", &unit_names()),
                    choice_result("outcome", &workbench::model_outcome_names()), number_result("target", "money"),
                    number_result("value", "number"), number_result("outcome_value", "money"),
                    number_result("base_value", "number"), number_result("base_outcome", "money"),
                    number_result("bracket_low", "number"), number_result("bracket_high", "number"),
                    number_result("iterations", "count"), steps_result()};
    return spec;
}

}  // namespace clv::api
