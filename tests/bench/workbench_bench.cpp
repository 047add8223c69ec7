// The 20 segments and 4 scenarios are made the same way as in workbench_wasm_bench.mjs, so the
// native and wasm figures time the same requests (through clv::api::evaluate, JSON included).
#include "workbench_bench.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/evaluate.hpp"

namespace {

using nlohmann::json;

// Scenario s of the client: 20 segments, the retention and discount rate moved per scenario.
std::string sensitivity_request(int s) {
    json segments = json::array();
    for (int i = 0; i < 20; ++i)
        segments.push_back({{"name", "Segment " + std::to_string(i + 1)}, {"customers", 500 + 137 * i},
                            {"average_order_value", 30 + 7 * i}, {"orders_per_period", 2 + i % 5},
                            {"gross_margin_rate", 0.2 + 0.01 * i}, {"retention_rate", 0.4 + 0.025 * i + 0.01 * s},
                            {"acquisition_cost", 40 + 5 * i}, {"retention_cost_per_customer", 3 + i % 7}});
    const json base = {{"calculation", "segments"},
                       {"inputs", {{"segments", segments}, {"discount_rate", 0.08 + 0.02 * s}}}};
    return json{{"version", 1}, {"calculation", "sensitivity"},
                {"inputs", {{"base", base}, {"outcome", "total_profit"}, {"change", 0.1}}}}.dump();
}

}  // namespace

void run_workbench_bench() {
    std::vector<std::string> requests;
    for (int s = 0; s < 4; ++s) requests.push_back(sensitivity_request(s));
    using clock = std::chrono::steady_clock;
    std::vector<double> times;
    bool ok = true;
    for (int repeat = 0; repeat < 30; ++repeat) {
        const auto start = clock::now();
        for (const auto& request : requests) ok = clv::api::evaluate(request).find("\"ok\":true") != std::string::npos && ok;
        times.push_back(std::chrono::duration<double, std::milli>(clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    std::printf("\nworkbench (native, evaluate() with JSON)\n");
    std::printf("  %-44s %10.2f ms median  (best %.2f)  budget 5 ms%s%s\n",
                "sensitivity, 20 segments x 4 scenarios", times[times.size() / 2], times.front(),
                times[times.size() / 2] > 5 ? "  over" : "", ok ? "" : "  (ok:false)");
}
