// PLACEHOLDER: replaced by the real adapter for "cost_structure".
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_cost_structure(InputReader& inputs) {
    CalculationOutput out;
    out.problems.push_back({inputs.path(), "not_implemented"});
    return out;
}

}  // namespace clv::api
