// What fit_model and predict take and give (spec.hpp), for the "describe" request. Static data
// only, compiled without exception handling (CMakeLists.txt). The parameters' and columns'
// rules depend on the model, so the core checks them (README) and they carry no limits here.
#include "../../core/models/customer_value.hpp"
#include "model_calculations.hpp"
#include "transaction_inputs.hpp"

namespace clv::api {

namespace {

FieldSpec plain_number(const char* name, const char* unit) {
    FieldSpec field;
    field.name = name;
    field.kind = "number";
    field.unit = unit;
    return field;
}

FieldSpec customers_field() {
    FieldSpec field;
    field.name = "customers";
    field.kind = "columns";
    field.fields = {plain_number("frequency", "count"), plain_number("recency", "periods"), plain_number("T", "periods"),
                    plain_number("monetary_value", "money"), plain_number("periods", "periods"),
                    plain_number("weight", "count")};
    field.items(1, models::max_customer_rows);
    return field;
}

FieldSpec params_field(const char* name, std::vector<const char*> names) {
    std::vector<FieldSpec> members;
    for (const char* member : names) members.push_back(plain_number(member, "number"));
    return object_field(name, std::move(members));
}

ResultSpec object_result(const char* name, std::vector<ResultSpec> fields) {
    return {name, "object", "", nullptr, std::move(fields)};
}
ResultSpec columns_result(const char* name, std::vector<ResultSpec> fields) {
    return {name, "columns", "", nullptr, std::move(fields)};
}
ResultSpec flag_result(const char* name) { return {name, "flag", "", nullptr, {}}; }

// predict's histogram and tiers of the predicted value (value_tiers_json.cpp).
ResultSpec distribution_result() {
    std::vector<ResultSpec> tier = {choice_result("tier", nullptr), number_result("customer_share_limit", "share"),
        number_result("customers", "count"), number_result("rows", "count"), number_result("threshold", "number"),
        number_result("total_value", "number"), number_result("share_of_value", "share"), number_result("mean_value", "number"),
        number_result("mean_expected_purchases", "count"), number_result("expected_purchases_per_year", "count"),
        number_result("mean_p_alive", "share"), number_result("mean_expected_spend", "money")};
    return object_result("distribution", {choice_result("value_basis", nullptr), number_result("bin_edges", "number"),
        number_result("counts", "count"), number_result("customers", "count"), number_result("total_value", "number"),
        list_result("tiers", std::move(tier)), choice_result("tier_of", nullptr), number_result("top", "count")});
}

}  // namespace

CalculationSpec fit_model_spec() {
    CalculationSpec spec;
    spec.fields.push_back(choice_field("model", fit_model_choices()).needed());
    spec.fields.push_back(customers_field());
    spec.fields.push_back(list_field("survivors", plain_number("", "count"), 1201));
    spec.fields.push_back(whole_field("projection_periods", "periods", 0, limits::max_periods).defaults(5.0));
    spec.results = {choice_result("model", &fit_model_choices()), map_result("params", "number"),
                    map_result("standard_errors", "number"), number_result("log_likelihood", "number"),
                    flag_result("converged"), number_result("iterations", "count"), number_result("customers", "count"),
                    number_result("rows", "count"), number_result("distinct_rows", "count"),
                    object_result("projection", {number_result("survivors", "count"), number_result("retention_rate", "rate"),
                                                  number_result("observed_retention_rate", "rate")})};
    spec.warnings = {"not_converged", "parameter_at_bound", "standard_errors_unavailable"};
    return spec;
}

CalculationSpec predict_spec() {
    CalculationSpec spec;
    spec.fields.push_back(choice_field("model", predict_model_choices()).needed());
    spec.fields.push_back(params_field("params", {"r", "alpha", "a", "b", "s", "beta", "gamma", "delta"}));
    spec.fields.back().needed();
    spec.fields.push_back(customers_field());
    spec.fields.back().needed();
    spec.fields.push_back(periods_field("horizon").needed());
    spec.fields.push_back(params_field("gamma_gamma", {"p", "q", "v"}));
    spec.fields.back().not_with("spend");
    spec.fields.push_back(money_field("spend").not_with("gamma_gamma"));
    spec.fields.push_back(share_field("margin"));
    spec.fields.push_back(rate_field("discount_rate", limits::max_discount_rate).defaults(0.0));
    spec.fields.push_back(choice_field("discount_rate_period", models::rate_period_names()));
    spec.fields.push_back(choice_field("time_unit", time_unit_choices()).defaults("week"));
    spec.fields.push_back(share_field("tier_a_customer_share").defaults(0.2));
    spec.fields.push_back(share_field("tier_b_customer_share").defaults(0.5));
    spec.results = {choice_result("model", &predict_model_choices()), number_result("horizon", "periods"),
                    choice_result("time_unit", &time_unit_choices()), number_result("discount_rate_per_period", "rate"),
                    columns_result("customers", {number_result("expected_purchases", "count"), number_result("p_alive", "share"),
                                                 number_result("expected_spend", "money"), number_result("clv", "money")}),
                    object_result("totals", {number_result("customers", "count"), number_result("expected_purchases", "count"),
                                             number_result("mean_p_alive", "share"), number_result("clv", "money")}),
                    distribution_result(), steps_result()};
    spec.warnings = {"rate_converted", "revenue_only", "no_spend"};
    return spec;
}

CalculationSpec validate_model_spec() {
    CalculationSpec spec;
    spec.fields.push_back(choice_field("model", validate_model_choices()).needed());
    spec.fields.push_back(params_field("params", {"r", "alpha", "a", "b", "s", "beta"}));
    spec.fields.back().needed();
    spec.fields.push_back(customers_field());
    spec.fields.back().needed();
    FieldSpec holdout_frequency = plain_number("frequency", "count");
    spec.fields.push_back(object_field("holdout", {holdout_frequency, plain_number("duration", "periods")}));
    spec.fields.back().needed();
    spec.fields.push_back(object_field("tracking", {plain_number("time", "periods"), plain_number("repeat_purchases", "count"),
                                                    plain_number("calibration_end", "periods"),
                                                    plain_number("observation_end", "periods")}));
    spec.fields.push_back(whole_field("max_frequency", "count", 1, 100).defaults(7.0));
    auto bins = [](const char* name, const char* unit, bool customers) {
        std::vector<ResultSpec> fields = {number_result("frequency", "count"), number_result("actual", unit), number_result("model", unit)};
        if (customers) fields.push_back(number_result("customers", "count"));
        return columns_result(name, std::move(fields));
    };
    spec.results = {choice_result("model", &validate_model_choices()), number_result("duration_holdout", "periods"),
                    number_result("max_frequency", "count"), bins("conditional", "count", true), bins("histogram", "count", false),
                    object_result("tracking", {number_result("time", "periods"), number_result("actual", "count"),
                                               number_result("model", "count"), number_result("actual_cumulative", "count"),
                                               number_result("model_cumulative", "count"), number_result("calibration_end", "periods")}),
                    object_result("p_alive_by_recency", {number_result("bin_width", "periods"), number_result("recency", "periods"),
                                                         number_result("customers", "count"), number_result("mean_p_alive", "share"),
                                                         number_result("share_bought_in_holdout", "share")}),
                    object_result("totals", {number_result("customers", "count"), number_result("actual_holdout_purchases", "count"),
                                             number_result("predicted_holdout_purchases", "count")}),
                    steps_result()};
    spec.warnings = {"no_tracking"};
    return spec;
}

}  // namespace clv::api
