// Native speed of clv::api::evaluate on a few representative requests (evaluations per second),
// then of reading and summarising a transaction file (transaction_bench.cpp) and of the model
// fits (model_bench.cpp) and of the workbench's sensitivity over scenarios (workbench_bench.cpp).
//   build/native/clv_bench [SECONDS_PER_REQUEST]   (default 1). Prints figures, no thresholds.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "api/evaluate.hpp"
#include "model_bench.hpp"
#include "transaction_bench.hpp"
#include "workbench_bench.hpp"

namespace {

std::vector<std::pair<std::string, std::string>> requests() {
    return {
        {"acquisition_cost",
         R"({"version":1,"calculation":"acquisition_cost","inputs":{"advertising":30000,"marketing_events":12000,"sales_team":45000,"sales_tools":3000,"new_customers":600}})"},
        {"discounted_clv 1200 periods",
         R"({"version":1,"calculation":"discounted_clv","inputs":{"cash_flow_per_period":100,"periods":1200,"discount_rate":0.01,"period":"month","table_periods":1200}})"},
        {"retention_clv infinite",
         R"({"version":1,"calculation":"retention_clv","inputs":{"margin_per_period":100,"retention_rate":0.8,"discount_rate":0.1}})"},
        {"malformed (error path)", R"({"version":1,"calculation":"acquisition_cost","inputs":{"new_customers":"600"}})"},
    };
}

}  // namespace

int main(int argc, char** argv) {
    const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
    std::printf("native (%s), %.1f s per request\n", clv::api::engine_version().c_str(), seconds);
    for (const auto& [name, request] : requests()) {
        using clock = std::chrono::steady_clock;
        const auto start = clock::now();
        std::size_t count = 0, bytes = 0;
        double elapsed = 0;
        do {
            for (int i = 0; i < 16; ++i) bytes += clv::api::evaluate(request).size();
            count += 16;
            elapsed = std::chrono::duration<double>(clock::now() - start).count();
        } while (elapsed < seconds);
        const bool ok = clv::api::evaluate(request).find("\"ok\":true") != std::string::npos;
        std::printf("  %-28s %12.0f evaluations/s  %8.2f us each  response %zu B%s\n", name.c_str(),
                    double(count) / elapsed, 1e6 * elapsed / double(count), bytes / count,
                    ok ? "" : "  (ok:false)");
    }
    run_transaction_bench();
    run_model_bench();
    run_workbench_bench();
    return 0;
}
