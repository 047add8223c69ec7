// The only file that knows about Emscripten: exposes the JSON entry point to JavaScript.
// evaluate() never throws (see src/api/evaluate.cpp), so no exception crosses into JS.
#include <emscripten/bind.h>

#include "../api/evaluate.hpp"
#include "module.hpp"

namespace {

std::string evaluate_request(const std::string& request) {
    return clv::api::evaluate(request, module_family());
}

}  // namespace

EMSCRIPTEN_BINDINGS(clvcalc) {
    emscripten::function("evaluate", &evaluate_request);
    emscripten::function("version", &clv::api::engine_version);
}
