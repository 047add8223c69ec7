// PLACEHOLDER: replaced by the real adapter for "profitability".
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_profitability(InputReader& inputs) {
    CalculationOutput out;
    out.problems.push_back({inputs.path(), "not_implemented"});
    return out;
}

}  // namespace clv::api
