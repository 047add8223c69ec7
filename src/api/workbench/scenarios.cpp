// "scenarios": a base unit_economics (or segments) request and up to four named variants, each
// the base's inputs with some of them given anew ({"name": ..., <field>: <new value>, ...}; the
// cost items replace the base's item by item, a retention rate or list replaces either; a
// segments variant's "segments" rows name groups of the base's table and give some of their
// columns) -> every model evaluated as its calculation evaluates it alone, each variant's key
// outcomes and their change against the base.
#include <algorithm>

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

bool override_choices(InputReader& row, Period& period, Period& rate_period, RetentionConvention& convention) {
    auto new_period = read_period(row, "period", period);
    auto new_rate_period = read_period(row, "discount_rate_period", rate_period);
    auto new_convention = row.choice("convention", convention_names(), convention_name(convention));
    if (!new_period || !new_rate_period || !new_convention) return false;
    period = *new_period;
    rate_period = *new_rate_period;
    convention = *convention_from_name(*new_convention);
    return true;
}

// The base's inputs with the variant's fields (named as in unit_economics) in their place;
// nullopt on a type problem, reported at "variants[i].<field>" like an unknown field.
std::optional<workbench::UnitEconomicsInput> read_unit_economics_variant(InputReader& row, workbench::UnitEconomicsInput input) {
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
    complete = override_choices(row, customer.period, customer.discount_rate_period, customer.convention) && complete;
    row.reject_unknown_fields();
    if (!complete) return std::nullopt;
    return input;
}

// A segment of the variant's table: the base's group of that name with the columns given.
bool override_segment(InputReader& row, std::vector<workbench::SegmentInput>& segments, std::vector<Problem>& problems) {
    auto name = read_name(row);
    if (!name) return false;
    auto segment = std::find_if(segments.begin(), segments.end(), [&](const auto& s) { return s.name == *name; });
    if (segment == segments.end()) {
        Problem problem{row.path() + "name", "not_allowed"};
        for (const auto& s : segments) problem.allowed.push_back(s.name);
        problems.push_back(std::move(problem));
        return false;  // its columns are not read: no group to give them to
    }
    bool complete = override_number(row, "customers", segment->customers);
    complete = override_number(row, "average_order_value", segment->average_order_value) && complete;
    complete = override_number(row, "orders_per_period", segment->orders_per_period) && complete;
    complete = override_number(row, "gross_margin_rate", segment->gross_margin_rate) && complete;
    complete = override_number(row, "retention_rate", segment->retention_rate) && complete;
    complete = override_number(row, "acquisition_cost", segment->acquisition_cost) && complete;
    complete = override_number(row, "retention_cost_per_customer", segment->retention_cost_per_customer) && complete;
    row.reject_unknown_fields();
    return complete;
}

// A segments variant: the shared fields given anew, and groups of the base's table (by name)
// with some of their columns given anew.
std::optional<workbench::SegmentsInput> read_variant(InputReader& row, workbench::SegmentsInput input,
                                                     std::vector<Problem>& problems) {
    bool complete = override_number(row, "discount_rate", input.discount_rate);
    complete = override_optional(row, "horizon_periods", input.horizon_periods) && complete;
    complete = override_choices(row, input.period, input.discount_rate_period, input.convention) && complete;
    complete = override_number(row, "top_customer_share", input.top_customer_share) && complete;
    complete = override_number(row, "tier_a_customer_share", input.tier_a_customer_share) && complete;
    complete = override_number(row, "tier_b_customer_share", input.tier_b_customer_share) && complete;
    if (row.has("segments")) {
        if (auto rows = row.object_list("segments", workbench::max_segments)) {
            for (auto& segment : *rows) complete = override_segment(segment, input.segments, problems) && complete;
        } else {
            complete = false;
        }
    }
    row.reject_unknown_fields();
    if (!complete) return std::nullopt;
    return input;
}

std::optional<workbench::UnitEconomicsInput> read_variant(InputReader& row, workbench::UnitEconomicsInput input,
                                                          std::vector<Problem>&) {
    return read_unit_economics_variant(row, std::move(input));
}

// Each variant's name and inputs; the inputs only over a base without problems (else each
// variant would repeat the base's).
template <class Input, class Variant>
bool read_variants(std::vector<InputReader>& rows, const std::optional<Input>& base, std::vector<Variant>& variants,
                   std::vector<Problem>& problems) {
    bool complete = base.has_value();
    for (auto& row : rows) {
        auto name = read_name(row);
        if (!base) continue;
        auto model = read_variant(row, *base, problems);
        if (!model || !name) complete = false;
        else variants.push_back({*name, std::move(*model)});
    }
    return complete;
}

void add_figures(nlohmann::json& out, const ScenarioResult& scenario) {
    nlohmann::json changes = nlohmann::json::object(), relative = nlohmann::json::object();
    for (const auto& figure : scenario.figures) {
        if (figure.outcome == "payback_period")  // a whole period
            out[figure.outcome] = figure.value ? nlohmann::json(int(*figure.value)) : nlohmann::json(nullptr);
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
    out["convention"] = convention_name(scenario.convention);
    add_figures(out, scenario);
    out["steps"] = to_json(scenario.explanation);
    return out;
}

nlohmann::json scenarios_json(const workbench::ScenariosResult& value) {
    nlohmann::json out = nlohmann::json::object();
    out["outcomes"] = workbench::scenario_outcome_names();
    out["base"] = scenario_json(value.base);
    nlohmann::json variants = nlohmann::json::array();
    for (const auto& variant : value.variants) variants.push_back(scenario_json(variant));
    out["scenarios"] = std::move(variants);
    out["period"] = period_name(value.base.period);
    return out;
}

// The base read as its calculation reads it, then the variants over it.
template <class Input, class ScenarioInput, class Read, class Compute>
CalculationOutput evaluate_kind(InputReader& inputs, Read read_base, Compute compute) {
    auto base = inputs.object("base");
    std::optional<Input> base_input;
    if (base) {
        base_input = read_base(*base);
        base->reject_unknown_fields();
    }
    auto rows = inputs.object_list("variants", workbench::max_scenario_variants);
    ScenarioInput input;
    CalculationOutput failed;
    if (!rows || !read_variants(*rows, base_input, input.variants, failed.problems)) return failed;
    input.base = std::move(*base_input);
    return encode_outcome(inputs, compute(input), scenarios_json);
}

}  // namespace

const std::vector<std::string>& scenario_base_names() {
    static const std::vector<std::string> names = {"unit_economics", "segments"};
    return names;
}

CalculationOutput evaluate_scenarios(InputReader& inputs) {
    auto kind = inputs.choice("base_calculation", scenario_base_names(), "unit_economics");
    if (!kind) {
        inputs.has("base");  // read, not unknown: only the kind is wrong
        inputs.has("variants");
        return {};
    }
    if (*kind == "segments")
        return evaluate_kind<workbench::SegmentsInput, workbench::SegmentScenariosInput>(
            inputs, read_segments_input, workbench::compute_segment_scenarios);
    return evaluate_kind<workbench::UnitEconomicsInput, ScenariosInput>(inputs, read_unit_economics_input,
                                                                        workbench::compute_scenarios);
}

}  // namespace clv::api
