// "sensitivity" and "break_even": a base request of unit_economics or segments (its own
// "calculation" and "inputs", read as that calculation reads them) turned into a lever model;
// then each lever moved -/+ change (a tornado), or one lever solved for a target outcome.
#include "../../core/workbench/levers.hpp"
#include "../../core/workbench/sensitivity.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

using workbench::LeverModel;

namespace {

const std::vector<std::string>& base_names() {
    static const std::vector<std::string> names = {"unit_economics", "segments"};
    return names;
}

// The model of inputs.base, or the output carrying its problems (fields under base.inputs.).
std::optional<std::shared_ptr<const LeverModel>> read_model(InputReader& inputs, CalculationOutput& failed) {
    auto base = inputs.object("base");
    if (!base) return std::nullopt;
    auto calculation = base->required_choice("calculation", base_names());
    auto base_inputs = base->object("inputs");
    base->reject_unknown_fields();
    if (!calculation || !base_inputs) return std::nullopt;
    Outcome<std::shared_ptr<const LeverModel>> model;
    if (*calculation == "unit_economics") {
        auto input = read_unit_economics_input(*base_inputs);
        base_inputs->reject_unknown_fields();
        if (!input) return std::nullopt;
        model = workbench::unit_economics_model(*input);
    } else {
        auto input = read_segments_input(*base_inputs);
        base_inputs->reject_unknown_fields();
        if (!input) return std::nullopt;
        model = workbench::segments_model(*input);
    }
    if (!model.ok()) {
        add_core_problems(failed, *base_inputs, model.problems);
        return std::nullopt;
    }
    return *model.value;
}

std::optional<workbench::ModelOutcome> read_outcome(InputReader& inputs) {
    auto name = inputs.choice("outcome", workbench::model_outcome_names(), "profit");
    if (!name) return std::nullopt;
    return workbench::model_outcome_from_name(*name);
}

nlohmann::json bars_json(const std::vector<workbench::SensitivityBar>& bars) {
    return table_rows_json(bars, [](nlohmann::json& item, const workbench::SensitivityBar& bar) {
        item["input"] = bar.lever;
        item["unit"] = unit_name(bar.unit);
        item["base_value"] = number_or_null(bar.base_value);
        item["low_value"] = number_or_null(bar.low_value);
        item["high_value"] = number_or_null(bar.high_value);
        item["outcome_low"] = optional_number(bar.outcome_low);
        item["outcome_high"] = optional_number(bar.outcome_high);
        item["swing"] = optional_number(bar.swing);
    });
}

}  // namespace

CalculationOutput evaluate_sensitivity(InputReader& inputs) {
    CalculationOutput failed;
    auto model = read_model(inputs, failed);
    auto outcome = read_outcome(inputs);
    auto change = inputs.number_or("change", 0.1);
    if (!model || !outcome || !change) return failed;
    return encode_outcome(inputs, workbench::compute_sensitivity(**model, *outcome, *change),
                          [](const workbench::SensitivityResult& value) {
                              return nlohmann::json{
                                  {"outcome", workbench::model_outcome_names()[std::size_t(value.outcome)]},
                                  {"change", number_or_null(value.change)},
                                  {"base_outcome", optional_number(value.base_outcome)},
                                  {"bars", bars_json(value.bars)}};
                          });
}

CalculationOutput evaluate_break_even(InputReader& inputs) {
    CalculationOutput failed;
    auto model = read_model(inputs, failed);
    std::optional<std::string> lever;
    if (inputs.has("input")) lever = inputs.text("input", "");
    else inputs.number("input");  // missing_field
    auto outcome = read_outcome(inputs);
    auto target = inputs.number_or("target", 0);
    if (!model || !lever || !outcome || !target) return failed;
    return encode_outcome(inputs, workbench::compute_break_even(**model, *lever, *outcome, *target),
                          [](const workbench::BreakEvenResult& value) {
                              return nlohmann::json{
                                  {"input", value.lever},
                                  {"unit", unit_name(value.unit)},
                                  {"outcome", workbench::model_outcome_names()[std::size_t(value.outcome)]},
                                  {"target", number_or_null(value.target)},
                                  {"value", number_or_null(value.value)},
                                  {"outcome_value", number_or_null(value.outcome_value)},
                                  {"base_value", number_or_null(value.base_value)},
                                  {"base_outcome", optional_number(value.base_outcome)},
                                  {"bracket_low", number_or_null(value.bracket_low)},
                                  {"bracket_high", number_or_null(value.bracket_high)},
                                  {"iterations", value.iterations}};
                          });
}

}  // namespace clv::api
