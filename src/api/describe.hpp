// The answer to {"calculation": "describe"}: what a family's calculations take and give, and the
// domain facts the page needs beside them (periods, units, conventions, cost families).
#pragma once

#include <nlohmann/json.hpp>

#include "calculation.hpp"

namespace clv::api {

// The name of the request that describes the engine; no calculation may take it.
constexpr const char* describe_name = "describe";

// {"family", "engine", "calculations": [{name, fields, one_of, results, warnings}], "periods",
//  "units", "conventions", "timings", "cost_families": [{family, items}]}.
nlohmann::json describe_family(const Family& family);

}  // namespace clv::api
