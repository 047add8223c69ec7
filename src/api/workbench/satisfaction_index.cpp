// "satisfaction_index": indicators (a list of {name, weight, counts[7]}) -> each indicator's
// score, the weighted index on 0..100 with the level scores used, share satisfied, distribution.
#include "../../core/workbench/satisfaction.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

namespace {

std::optional<workbench::IndicatorInput> read_indicator(InputReader& row) {
    workbench::IndicatorInput indicator;
    std::optional<std::string> name;
    if (row.has("name")) name = row.text("name", "");
    else row.number("name");  // missing_field
    auto weight = row.number_or("weight", 1);
    auto counts = row.number_list("counts", workbench::satisfaction_levels);
    row.reject_unknown_fields();
    if (!name || !weight || !counts) return std::nullopt;
    indicator.name = *name;
    indicator.weight = *weight;
    indicator.counts = std::move(*counts);
    return indicator;
}

nlohmann::json numbers_json(const std::vector<double>& values) {
    nlohmann::json out = nlohmann::json::array();
    for (double value : values) out.push_back(number_or_null(value));
    return out;
}

nlohmann::json result_json(const workbench::SatisfactionResult& value) {
    nlohmann::json indicators = nlohmann::json::array();
    for (const auto& indicator : value.indicators)
        indicators.push_back({{"name", indicator.name},
                              {"weight", number_or_null(indicator.weight)},
                              {"normalised_weight", number_or_null(indicator.normalised_weight)},
                              {"answers", number_or_null(indicator.answers)},
                              {"score", number_or_null(indicator.score)},
                              {"share_satisfied", number_or_null(indicator.share_satisfied)},
                              {"distribution", numbers_json(indicator.distribution)}});
    return nlohmann::json{{"indicators", indicators},
                          {"index", number_or_null(value.index)},
                          {"share_satisfied", number_or_null(value.share_satisfied)},
                          {"distribution", numbers_json(value.distribution)},
                          {"levels", workbench::satisfaction_level_names()},
                          {"level_scores", numbers_json(value.level_scores)}};
}

}  // namespace

CalculationOutput evaluate_satisfaction_index(InputReader& inputs) {
    std::vector<workbench::IndicatorInput> indicators;
    bool complete = true;
    if (auto rows = inputs.object_list("indicators", workbench::max_indicators)) {
        for (auto& row : *rows) {
            auto indicator = read_indicator(row);
            if (indicator) indicators.push_back(std::move(*indicator));
            else complete = false;
        }
    } else {
        complete = false;
    }
    if (!complete) return {};
    return encode_outcome(inputs, workbench::compute_satisfaction_index(indicators), result_json);
}

}  // namespace clv::api
