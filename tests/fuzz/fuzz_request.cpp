// libFuzzer target for the one parser of outside input: clv::api::evaluate (request JSON).
// Whatever the bytes, the response must be JSON holding a boolean "ok"; ASan/UBSan catch the rest.
// Uses abort() rather than assert() so the check stays on in optimised builds.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "api/evaluate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string request(reinterpret_cast<const char*>(data), size);
    const std::string response = clv::api::evaluate(request);
    const auto parsed = nlohmann::json::parse(response, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("ok") || !parsed["ok"].is_boolean()) {
        std::fprintf(stderr, "bad response: %.2000s\n", response.c_str());
        std::abort();
    }
    return 0;
}
