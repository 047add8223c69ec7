// One client's unit economics in one answer: CAC and retention cost per customer from their
// cost items, then the value of one customer (customer_value.hpp: CLV in the three retention
// conventions, profit, LTV:CAC, payback) and totals for a customer base. Reuses the calculator's
// acquisition and retention cost calculations.
#pragma once

#include <optional>
#include <vector>

#include "../cost_items.hpp"
#include "customer_value.hpp"

namespace clv::workbench {

struct UnitEconomicsInput {
    std::vector<CostItem> acquisition_items;  // the acquisition family's items (cost_items.hpp)
    double new_customers = 0;                 // won with that spend, whole >= 1
    std::vector<CostItem> retention_items;    // the retention family's items, per period
    double customers_retained = 0;            // kept with that spend, whole >= 1
    // Purchase behaviour, retention, discounting and the lead convention; its acquisition_cost
    // and retention_cost_per_customer are ignored (they come from the items above).
    CustomerValueInput customer;
    std::optional<double> customers;          // the base of the totals; absent = new_customers
};

struct UnitEconomicsResult {
    double acquisition_spend = 0, cac = 0;                        // money, money per customer
    double retention_spend = 0, retention_cost_per_customer = 0;  // per period
    std::vector<ItemShare> acquisition_shares, retention_shares;
    CustomerValueResult customer;                  // one acquired customer's value
    double customers = 0;
    std::optional<double> total_clv, total_profit;  // customers x the lead convention's values
    Explanation explanation;  // cost steps, the customer's steps, totals
    std::vector<Warning> warnings;
};

// CAC = acquisition spend / new customers; retention cost = retention spend / customers retained
// (per period); compute_customer_value with them; totals = customers x the lead's clv, profit.
// Problems are named as in the request ("acquisition_spend.advertising").
Outcome<UnitEconomicsResult> compute_unit_economics(const UnitEconomicsInput& input);

}  // namespace clv::workbench
