// Customer acquisition cost (CAC): what it costs to win one new customer.
#pragma once

#include <vector>

#include "cost_items.hpp"
#include "explanation.hpp"
#include "problems.hpp"

namespace clv {

struct AcquisitionCostInput {
    std::vector<CostItem> items;  // advertising, marketing_events, sales_team, sales_tools, other
    double new_customers = 0;
};

struct AcquisitionCostResult {
    double acquisition_spend = 0;  // sum of the items, money
    double cac = 0;                // acquisition_spend / new_customers, money per customer
    std::vector<ItemShare> shares;
    Explanation explanation;
    std::vector<Warning> warnings;
};

// CAC = (advertising + marketing events + sales team + sales tools + other) / new customers.
Outcome<AcquisitionCostResult> compute_acquisition_cost(const AcquisitionCostInput& input);

}  // namespace clv
