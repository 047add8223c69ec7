// What sensitivity and break_even take and give (spec.hpp): static data only. Their base
// request's inputs are described with unit_economics's fields (segments's are in its own spec).
#include "../../core/workbench/levers.hpp"
#include "../../core/workbench/satisfaction.hpp"
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

CalculationSpec satisfaction_index_spec() {
    FieldSpec name{"name", "text"};
    name.required = true;
    FieldSpec counts = list_field("counts", whole_field("", "count", 0, limits::max_count), workbench::satisfaction_levels);
    counts.items(workbench::satisfaction_levels, workbench::satisfaction_levels);
    counts.required = true;
    const FieldSpec row = object_field("", {name, number_field("weight", "factor", 0, 1e6).defaults(1.0), counts});
    CalculationSpec spec;
    spec.fields = {list_field("indicators", row, workbench::max_indicators).needed()};
    spec.results = {list_result("indicators", {choice_result("name", nullptr), number_result("weight", "factor"),
                                               number_result("normalised_weight", "share"),
                                               number_result("answers", "count"), number_result("score", "ratio"),
                                               number_result("share_satisfied", "share"),
                                               list_result("distribution", {})}),
                    number_result("index", "ratio"), number_result("share_satisfied", "share"),
                    list_result("distribution", {}),
                    list_result("levels", {choice_result("", &workbench::satisfaction_level_names())}),
                    list_result("level_scores", {}), steps_result()};
    spec.warnings = {"weights_normalised"};
    return spec;
}

CalculationSpec loyalty_programme_spec() {
    using namespace workbench::behaviour_limits;
    CalculationSpec spec;
    spec.fields = {count_field("members", 1).needed(),
                   money_field("annual_fee").defaults(0.0),
                   money_field("annual_cost_per_member").defaults(0.0),
                   number_field("average_order_value", "money", 0, max_order_value).needed(),
                   number_field("orders_per_period", "count", 0, max_orders_per_period).needed(),
                   share_field("gross_margin_rate").needed(),
                   rate_field("retention_rate", 1).needed(),
                   rate_field("discount_rate", limits::max_discount_rate).needed(),
                   rate_period_field(),
                   periods_field("horizon_periods"),
                   choice_field("convention", convention_names()).defaults("end_retained"),
                   period_field(),
                   rate_field("retention_uplift", 1).defaults(0.0),
                   number_field("frequency_uplift", "share", 0, 10).defaults(0.0),
                   number_field("spend_uplift", "share", 0, 10).defaults(0.0)};
    spec.results = {number_result("fee_per_period", "money"), number_result("cost_per_period", "money"),
                    number_result("base_clv", "money"), number_result("member_clv", "money"),
                    number_result("member_margin_multiple", "factor"), number_result("incremental_clv", "money"),
                    number_result("fee_value", "money"), number_result("cost_value", "money"),
                    number_result("value_per_member", "money"), number_result("programme_profit", "money"),
                    number_result("programme_cost", "money"), number_result("roi", "ratio"),
                    number_result("break_even_retention_uplift", "rate"),
                    number_result("break_even_frequency_uplift", "share"),
                    number_result("break_even_spend_uplift", "share"),
                    choice_result("convention", &convention_names()), period_result(), steps_result()};
    spec.warnings = {"no_break_even_uplift", "unprofitable", "rate_converted", "finite_horizon_truncates"};
    return spec;
}

}  // namespace clv::api
