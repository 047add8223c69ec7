// validate_model's input rules (validation_checks.cpp), apart from its arithmetic.
#pragma once

#include <vector>

#include "validation.hpp"

namespace clv::models::detail {

// Adds every problem of `in`; the customers' rows that passed (check_customers).
std::vector<bool> check_validation(const ValidationInput& in, ProblemList& problems);

}  // namespace clv::models::detail
