// PLACEHOLDER: replaced by the real adapter for "expected_lifetime".
#include "../calculation.hpp"

namespace clv::api {

CalculationOutput evaluate_expected_lifetime(InputReader& inputs) {
    CalculationOutput out;
    out.problems.push_back({inputs.path(), "not_implemented"});
    return out;
}

}  // namespace clv::api
