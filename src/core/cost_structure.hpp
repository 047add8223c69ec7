// The cost structure of customer management: every cost family (acquisition, retention, churn
// management, data management, training) in total, per customer, and item by item.
#pragma once

#include <string>
#include <vector>

#include "cost_items.hpp"
#include "explanation.hpp"
#include "problems.hpp"

namespace clv {

struct CostFamily {
    std::string family;           // e.g. "training"
    std::vector<CostItem> items;  // e.g. courses, materials, trainers, other
};

struct CostStructureInput {
    std::vector<CostFamily> families;  // normally every family of cost_families(), in that order
    double customers = 0;              // customers served, whole, ≥ 1
};

struct ItemBreakdown {
    std::string item;
    double amount = 0;           // money
    double share_of_family = 0;  // amount / family total; 0 when the family total is 0
    double share_of_total = 0;   // amount / total; 0 when the total is 0
};

struct FamilyBreakdown {
    std::string family;
    double total = 0;              // sum of the family's items, money
    double share = 0;              // family total / total; 0 when the total is 0
    double cost_per_customer = 0;  // family total / customers, money
    std::vector<ItemBreakdown> items;
};

struct CostStructureResult {
    double total = 0;              // sum of the family totals, money
    double cost_per_customer = 0;  // total / customers, money
    std::vector<FamilyBreakdown> families;  // in the order of the input
    Explanation explanation;
    std::vector<Warning> warnings;
};

// Family total = sum of its items; total = sum of the family totals; cost per customer =
// total / customers. Item problems name their path, e.g. "families.training.courses".
Outcome<CostStructureResult> compute_cost_structure(const CostStructureInput& input);

}  // namespace clv
