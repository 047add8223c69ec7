#include "unit_economics.hpp"

#include "../acquisition.hpp"
#include "../evaluation_count.hpp"
#include "../retention.hpp"
#include "explanation_parts.hpp"

namespace clv::workbench {

namespace {

// Items of one family, and their sum within max_money (so CAC and the retention cost per
// customer stay within the calculator's own limits).
void check_spend(ProblemList& problems, const std::vector<CostItem>& items, const std::string& field) {
    ProblemList own;
    check_cost_items(own, items, field + ".");
    if (own.empty() && total_of(items) > clv::limits::max_money)
        own.add({field, "out_of_range", 0.0, clv::limits::max_money});
    for (auto& problem : own.take()) problems.add(std::move(problem));
}

std::vector<Problem> validate(const UnitEconomicsInput& input) {
    ProblemList problems;
    check_spend(problems, input.acquisition_items, "acquisition_spend");
    problems.require_whole("new_customers", input.new_customers, 1, clv::limits::max_count);
    check_spend(problems, input.retention_items, "retention_spend");
    problems.require_whole("customers_retained", input.customers_retained, 1, clv::limits::max_count);
    CustomerValueInput customer = input.customer;
    customer.acquisition_cost = customer.retention_cost_per_customer = 0;  // from the items
    for (auto& problem : validate_customer_value(customer)) problems.add(std::move(problem));
    if (input.customers) problems.require_whole("customers", *input.customers, 1, clv::limits::max_count);
    return problems.take();
}

// CAC and the retention cost per customer, from the calculator's cost calculations.
void add_costs(const UnitEconomicsInput& input, UnitEconomicsResult& out) {
    const auto acquisition = compute_acquisition_cost({input.acquisition_items, input.new_customers});
    RetentionCostInput retention_input;
    retention_input.items = input.retention_items;
    retention_input.items_given = true;
    retention_input.customers_retained = input.customers_retained;
    const auto retention = compute_retention_cost(retention_input);
    // Validation ran first: both succeed.
    out.acquisition_spend = acquisition.value->acquisition_spend;
    out.cac = acquisition.value->cac;
    out.acquisition_shares = acquisition.value->shares;
    append_steps(out.explanation, acquisition.value->explanation);
    out.retention_spend = retention.value->retention_spend;
    out.retention_cost_per_customer = retention.value->retention_cost_per_customer;
    out.retention_shares = retention.value->shares;
    append_steps(out.explanation, retention.value->explanation);
}

void add_totals(UnitEconomicsResult& out) {
    const auto& lead = out.customer.lead();
    const NamedValue customers{"customers", out.customers, Unit::count};
    if (lead.clv)
        out.total_clv = out.explanation.record("total_clv", "unit_economics.total",
                                               {customers, {"clv", *lead.clv, Unit::money}},
                                               {"total_clv", out.customers * *lead.clv, Unit::money});
    if (lead.profit)
        out.total_profit = out.explanation.record("total_profit", "unit_economics.total",
                                                  {customers, {"profit", *lead.profit, Unit::money}},
                                                  {"total_profit", out.customers * *lead.profit, Unit::money});
}

}  // namespace

Outcome<UnitEconomicsResult> compute_unit_economics(const UnitEconomicsInput& input) {
    detail::count_calculation();
    auto problems = validate(input);
    if (!problems.empty()) return {std::nullopt, std::move(problems)};

    UnitEconomicsResult out;
    add_costs(input, out);
    CustomerValueInput customer = input.customer;
    customer.acquisition_cost = out.cac;
    customer.retention_cost_per_customer = out.retention_cost_per_customer;
    auto value = compute_customer_value(customer);
    if (!value.ok()) return {std::nullopt, std::move(value.problems)};  // cannot happen: validated
    out.customer = std::move(*value.value);
    append_steps(out.explanation, out.customer.explanation);
    out.warnings = out.customer.warnings;
    out.customers = input.customers.value_or(input.new_customers);
    add_totals(out);
    return {out, {}};
}

}  // namespace clv::workbench
