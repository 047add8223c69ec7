// The workbench family: a consultant's model of one client (its own wasm module clvworkbench).
#pragma once

#include "../calculation.hpp"

namespace clv::api {

const Family& workbench_family();

}  // namespace clv::api
