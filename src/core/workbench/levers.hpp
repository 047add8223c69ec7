// A model of the workbench whose numeric inputs ("levers") can be moved one at a time, and the
// outcomes a sensitivity or a break-even reads from it: unit_economics's inputs one by one, or a
// segments table's columns each scaled by one factor for every group.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "../explanation.hpp"
#include "../problems.hpp"
#include "segments.hpp"
#include "unit_economics.hpp"

namespace clv::workbench {

// What a sensitivity or break-even reads: the lead convention's CLV, profit per customer,
// LTV:CAC, or the total profit of the customer base (segments: customer-weighted averages).
enum class ModelOutcome { clv, profit, ltv_to_cac, total_profit };
const std::vector<std::string>& model_outcome_names();  // clv, profit, ltv_to_cac, total_profit
std::optional<ModelOutcome> model_outcome_from_name(const std::string& name);
Unit outcome_unit(ModelOutcome outcome);  // ratio for LTV:CAC, money for the others

struct Lever {
    std::string name;  // the request's field path, e.g. "acquisition_spend.advertising"
    Unit unit = Unit::money;
    double value = 0;  // its value in the base request (a segments column: factor 1)
    double min = 0, max = 0;  // what the input allows (a sum of items: what the others leave)
    bool whole = false;       // counts: moved to whole numbers, not solved for
};

class LeverModel {
public:
    virtual ~LeverModel() = default;
    const std::vector<Lever>& levers() const { return levers_; }
    // The outcome with lever `index` at `value` (every other input as in the base); nullopt
    // when the model gives none there (a diverging CLV, CAC 0 for LTV:CAC).
    virtual std::optional<double> outcome_at(std::size_t index, double value, ModelOutcome outcome) const = 0;
    virtual std::optional<double> base_outcome(ModelOutcome outcome) const = 0;
    // The model's worked solution with lever `index` at `value`.
    virtual Explanation explanation_at(std::size_t index, double value) const = 0;

protected:
    std::vector<Lever> levers_;
};

// The model of a valid unit_economics input; its problems otherwise.
Outcome<std::shared_ptr<const LeverModel>> unit_economics_model(const UnitEconomicsInput& input);
// The model of a valid segments input; its problems otherwise.
Outcome<std::shared_ptr<const LeverModel>> segments_model(const SegmentsInput& input);

}  // namespace clv::workbench
