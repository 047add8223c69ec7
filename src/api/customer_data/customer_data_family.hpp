// The customer-data family: transaction files (transaction_calculations.hpp) and, from the
// models branch, the fitted models.
#pragma once

#include "../calculation.hpp"

namespace clv::api {

const Family& customer_data_family();

}  // namespace clv::api
