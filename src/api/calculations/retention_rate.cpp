// PLACEHOLDER: replaced by the real adapter for "retention_rate".
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_retention_rate(InputReader& inputs) {
    CalculationOutput out;
    out.problems.push_back({inputs.path(), "not_implemented"});
    return out;
}

}  // namespace clv::api
