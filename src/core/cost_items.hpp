// Cost items and their shares: the building block of every cost breakdown (acquisition,
// retention, the cost structure of customer management), and the catalogue of item names.
#pragma once

#include <string>
#include <vector>

#include "explanation.hpp"
#include "problems.hpp"

namespace clv {

struct CostItem {
    std::string name;  // e.g. "advertising"
    double amount = 0;
};

struct ItemShare {
    std::string name;
    double amount = 0;
    double share = 0;  // amount / total; 0 when the total is 0
};

// One family of customer-management costs and the names of its items, e.g.
// {"retention", {"customer_service", "loyalty_programme", "satisfaction_surveys", "other"}}.
struct CostFamilyItems {
    std::string family;
    std::vector<std::string> items;
};

// Every cost family, in the order results list them: acquisition, retention, churn_management,
// data_management, training.
const std::vector<CostFamilyItems>& cost_families();

// The item names of one family of cost_families(); empty for a name that is not a family.
const std::vector<std::string>& cost_family_items(const std::string& family);

// Each item with its share of `total` (amount / total, money / money); 0 shares when total is 0.
std::vector<ItemShare> shares_of(const std::vector<CostItem>& items, double total);

// The sum of the items' amounts, in money.
double total_of(const std::vector<CostItem>& items);

// The items as named money values, the addends of a "sum of the items" explanation step.
std::vector<NamedValue> money_values(const std::vector<CostItem>& items);

// Adds a problem for each amount that is not finite, negative or above limits::max_money; the
// field is `prefix` + the item's name (e.g. "families.training." + "courses").
void check_cost_items(ProblemList& problems, const std::vector<CostItem>& items,
                      const std::string& prefix = "");

}  // namespace clv
