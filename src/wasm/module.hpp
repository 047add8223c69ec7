// The family of calculations one wasm module carries: each module links bindings.cpp with one
// *_module.cpp that defines module_family(), so a tool's download holds only its own code.
#pragma once

#include "../api/calculation.hpp"

const clv::api::Family& module_family();
