// The only file that knows about Emscripten: exposes the JSON entry point to JavaScript.
// evaluate() never throws (see src/api/evaluate.cpp), so no exception crosses into JS.
#include <emscripten/bind.h>

#include "../api/evaluate.hpp"

EMSCRIPTEN_BINDINGS(clvcalc) {
    emscripten::function("evaluate", &clv::api::evaluate);
    emscripten::function("version", &clv::api::engine_version);
}
