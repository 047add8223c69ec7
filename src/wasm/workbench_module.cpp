// The workbench module (clvworkbench.js / clvworkbench.wasm): the consultant's model of one
// client, loaded when the page's workbench tool is first opened.
#include "../api/workbench/workbench_family.hpp"
#include "module.hpp"

const clv::api::Family& module_family() { return clv::api::workbench_family(); }
