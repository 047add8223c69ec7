// "scenarios": a base unit_economics request and up to four named variants, each the base's
// inputs with some of them given anew ({"name": ..., <field>: <new value>, ...}; the cost items
// replace the base's item by item, a retention rate or list replaces either) -> every model
// evaluated as unit_economics evaluates it, each variant's outcomes and change against the base.
#include "../../core/workbench/scenarios.hpp"
#include "scenario_calculations.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

using workbench::ScenarioResult;
using workbench::ScenariosInput;

namespace {

std::optional<std::string> read_name(InputReader& row) {
    if (row.has("name")) return row.text("name", "");
    row.number("name");  // missing_field, said the usual way
    return std::nullopt;
}

// One family's items given in the variant's object, over the base's amounts.
bool override_items(InputReader& row, const char* name, std::vector<CostItem>& items) {
    if (!row.has(name)) return true;
    auto reader = row.object(name);
    if (!reader) return false;
    bool complete = true;
    for (auto& item : items)
        if (reader->has(item.name)) {
            auto amount = reader->number(item.name);
            if (amount) item.amount = *amount;
            else complete = false;
        }
    reader->reject_unknown_fields();
    return complete;
}

// A number the variant gives replaces the base's; false on a type problem (reported).
bool override_number(InputReader& row, const char* name, double& to) {
    if (!row.has(name)) return true;
    auto value = row.number(name);
    if (value) to = *value;
    return value.has_value();
}

bool override_optional(InputReader& row, const char* name, std::optional<double>& to) {
    double value = to.value_or(0);
    if (!row.has(name)) return true;
    if (!override_number(row, name, value)) return false;
    to = value;
    return true;
}

// The retention: one rate or a list given in the variant replaces the base's (either kind).
bool override_retention(InputReader& row, workbench::CustomerValueInput& customer) {
    bool complete = true;
    const bool rate = row.has("retention_rate"), list = row.has("retention_rates");
    if (rate || list) customer.retention_rate.reset(), customer.retention_rates.reset();
    if (rate) complete = override_optional(row, "retention_rate", customer.retention_rate);
    if (list) customer.retention_rates = row.optional_number_list("retention_rates", limits::max_periods, complete);
    return complete;
}

bool override_choices(InputReader& row, workbench::CustomerValueInput& customer) {
    auto period = read_period(row, "period", customer.period);
    auto rate_period = read_period(row, "discount_rate_period", customer.discount_rate_period);
    auto convention = row.choice("convention", convention_names(), convention_name(customer.convention));
    if (!period || !rate_period || !convention) return false;
    customer.period = *period;
    customer.discount_rate_period = *rate_period;
    customer.convention = *convention_from_name(*convention);
    return true;
}

// The base's inputs with the variant's fields (named as in unit_economics) in their place;
// nullopt on a type problem, reported at "variants[i].<field>" like an unknown field.
std::optional<workbench::UnitEconomicsInput> read_variant(InputReader& row, workbench::UnitEconomicsInput input) {
    auto& customer = input.customer;
    bool complete = override_items(row, "acquisition_spend", input.acquisition_items);
    complete = override_items(row, "retention_spend", input.retention_items) && complete;
    complete = override_number(row, "new_customers", input.new_customers) && complete;
    complete = override_number(row, "customers_retained", input.customers_retained) && complete;
    complete = override_number(row, "average_order_value", customer.average_order_value) && complete;
    complete = override_number(row, "orders_per_period", customer.orders_per_period) && complete;
    complete = override_number(row, "gross_margin_rate", customer.gross_margin_rate) && complete;
    complete = override_retention(row, customer) && complete;
    complete = override_number(row, "discount_rate", customer.discount_rate) && complete;
    complete = override_optional(row, "horizon_periods", customer.horizon_periods) && complete;
    complete = override_optional(row, "customers", input.customers) && complete;
    complete = override_choices(row, customer) && complete;
    row.reject_unknown_fields();
    if (!complete) return std::nullopt;
    return input;
}

// Each variant's name and inputs; the inputs only over a base without problems (else each
// variant would repeat the base's).
bool read_variants(std::vector<InputReader>& rows, const workbench::UnitEconomicsInput* base, ScenariosInput& input) {
    bool complete = base != nullptr;
    for (auto& row : rows) {
        auto name = read_name(row);
        if (!base) continue;
        auto model = read_variant(row, *base);
        if (!model || !name) complete = false;
        else input.variants.push_back({*name, std::move(*model)});
    }
    return complete;
}

void add_figures(nlohmann::json& out, const ScenarioResult& scenario) {
    nlohmann::json changes = nlohmann::json::object(), relative = nlohmann::json::object();
    for (const auto& figure : scenario.figures) {
        if (figure.outcome == "payback_period")
            out[figure.outcome] = optional_whole_number(scenario.model.customer.lead().payback_period);
        else out[figure.outcome] = optional_number(figure.value);
        changes[figure.outcome] = optional_number(figure.change);
        relative[figure.outcome] = optional_number(figure.relative_change);
    }
    out["changes"] = std::move(changes);
    out["relative_changes"] = std::move(relative);
}

nlohmann::json scenario_json(const ScenarioResult& scenario) {
    nlohmann::json out = nlohmann::json::object();
    out["name"] = scenario.name;
    out["convention"] = convention_name(scenario.model.customer.convention);
    add_figures(out, scenario);
    out["steps"] = to_json(scenario.model.explanation);
    return out;
}

nlohmann::json scenarios_json(const workbench::ScenariosResult& value) {
    nlohmann::json out = nlohmann::json::object();
    out["outcomes"] = workbench::scenario_outcome_names();
    out["base"] = scenario_json(value.base);
    nlohmann::json variants = nlohmann::json::array();
    for (const auto& variant : value.variants) variants.push_back(scenario_json(variant));
    out["scenarios"] = std::move(variants);
    out["period"] = period_name(value.base.model.customer.period);
    return out;
}

}  // namespace

CalculationOutput evaluate_scenarios(InputReader& inputs) {
    auto base = inputs.object("base");
    std::optional<workbench::UnitEconomicsInput> base_input;
    if (base) {
        base_input = read_unit_economics_input(*base);
        base->reject_unknown_fields();
    }
    auto rows = inputs.object_list("variants", workbench::max_scenario_variants);
    ScenariosInput input;
    if (!rows || !read_variants(*rows, base_input ? &*base_input : nullptr, input)) return {};
    input.base = std::move(*base_input);
    return encode_outcome(inputs, workbench::compute_scenarios(input), scenarios_json);
}

}  // namespace clv::api
