// Customer acquisition cost (CAC): what it costs to win one new customer.
#pragma once

#include <vector>

#include "explanation.hpp"
#include "problems.hpp"

namespace clv {

struct CostItem {
    std::string name;  // e.g. "advertising"
    double amount = 0;
};

struct AcquisitionCostInput {
    std::vector<CostItem> items;  // advertising, marketing_events, sales_team, sales_tools, other
    double new_customers = 0;
};

struct ItemShare {
    std::string name;
    double amount = 0;
    double share = 0;  // amount / total; 0 when the total is 0
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

// Sum of the items and each item's share of it; shared by every cost breakdown.
std::vector<ItemShare> shares_of(const std::vector<CostItem>& items, double total);

}  // namespace clv
