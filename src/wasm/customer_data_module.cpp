// The customer-data module (clvcalc-data.js / clvcalc-data.wasm): transaction files, summaries,
// warehouse SQL (and the models, when they join the family).
#include "../api/customer_data/customer_data_family.hpp"
#include "module.hpp"

const clv::api::Family& module_family() { return clv::api::customer_data_family(); }
