// The calculator's module (clvcalc.js / clvcalc.wasm): the ten textbook calculations.
#include "module.hpp"

const clv::api::Family& module_family() { return clv::api::calculator_family(); }
