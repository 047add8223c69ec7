// The cost structure of customer management over two periods: this period's five families
// (cost_structure.hpp, reused) with cost per new, retained and all customers, and, given the
// previous period's, each family's growth and the fastest-growing family.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../cost_structure.hpp"

namespace clv::workbench {

struct CostPeriodsInput {
    std::vector<CostFamily> families;                         // this period, every family
    std::optional<std::vector<CostFamily>> previous_families;  // the previous period's
    double new_customers = 0;        // won this period, whole >= 1
    double customers_retained = 0;   // kept this period, whole >= 1
};

struct FamilyGrowth {
    std::string family;
    double previous_total = 0;
    double change = 0;                  // this period's total - the previous
    std::optional<double> growth;       // change / previous; none when the previous was 0
};

struct CostPeriodsResult {
    CostStructureResult current;        // over all customers (new + retained)
    std::optional<CostStructureResult> previous;
    double customers = 0;               // new + retained
    double cost_per_new_customer = 0;   // acquisition total / new customers
    double cost_per_retained_customer = 0;  // retention total / customers retained
    std::vector<FamilyGrowth> growth;   // empty without a previous period
    std::optional<double> total_growth;
    std::optional<std::string> fastest_growing;  // the family of the highest growth
    Explanation explanation;
    std::vector<Warning> warnings;
};

Outcome<CostPeriodsResult> compute_cost_periods(const CostPeriodsInput& input);

}  // namespace clv::workbench
