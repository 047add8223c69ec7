#include "cost_items.hpp"

namespace clv {

const std::vector<CostFamilyItems>& cost_families() {
    static const std::vector<CostFamilyItems> families = {
        {"acquisition", {"advertising", "marketing_events", "sales_team", "sales_tools", "other"}},
        {"retention", {"customer_service", "loyalty_programme", "satisfaction_surveys", "other"}},
        {"churn_management", {"churn_analysis", "win_back_offers", "reactivation", "other"}},
        {"data_management", {"collection", "storage", "analysis", "other"}},
        {"training", {"courses", "materials", "trainers", "other"}},
    };
    return families;
}

const std::vector<std::string>& cost_family_items(const std::string& family) {
    static const std::vector<std::string> none;
    for (const auto& entry : cost_families())
        if (entry.family == family) return entry.items;
    return none;
}

std::vector<ItemShare> shares_of(const std::vector<CostItem>& items, double total) {
    std::vector<ItemShare> shares;
    for (const auto& item : items)
        shares.push_back({item.name, item.amount, total > 0 ? item.amount / total : 0.0});
    return shares;
}

double total_of(const std::vector<CostItem>& items) {
    double total = 0;
    for (const auto& item : items) total += item.amount;
    return total;
}

std::vector<NamedValue> money_values(const std::vector<CostItem>& items) {
    std::vector<NamedValue> values;
    for (const auto& item : items) values.push_back({item.name, item.amount, Unit::money});
    return values;
}

void check_cost_items(ProblemList& problems, const std::vector<CostItem>& items,
                      const std::string& prefix) {
    for (const auto& item : items)
        problems.require_range(prefix + item.name, item.amount, 0, limits::max_money);
}

}  // namespace clv
