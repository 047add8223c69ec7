// PLACEHOLDER: replaced by the real adapter for "simple_clv".
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_simple_clv(InputReader& inputs) {
    CalculationOutput out;
    out.problems.push_back({inputs.path(), "not_implemented"});
    return out;
}

}  // namespace clv::api
