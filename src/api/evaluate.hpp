// The engine's one entry point: a JSON request in, a JSON response out. Never throws.
#pragma once

#include <string>

namespace clv::api {

struct Family;

// Request/response format version; bump on any incompatible change.
constexpr int format_version = 1;
// Largest request accepted, in bytes (a 1200-period cash-flow list is ~30 KB).
constexpr std::size_t max_request_bytes = 1 << 20;

// Evaluates one request (see README.md, "The request format") with the calculations of
// `family` and returns the response text. {"calculation": "describe"} describes the family.
std::string evaluate(const std::string& request_text, const Family& family);

// evaluate() with every family (all_families()): the CLI and the tests.
std::string evaluate(const std::string& request_text);

// The engine's version string, e.g. "clvcalc 1.0.0 (format 1)".
std::string engine_version();

}  // namespace clv::api
