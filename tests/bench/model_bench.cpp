// Native time to fit BG/NBD and Pareto/NBD on the CDNOW summary (tests/data/, 2,357 customers)
// and on simulated summaries of 100,000 and 1,000,000 distinct customers, beside the budgets of
// issue 13 (figures only, nothing fails). Run from the repository root.
#include "model_bench.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/models/bg_nbd.hpp"
#include "core/models/pareto_nbd.hpp"
#include "model_generator.hpp"

namespace {

using clv::models::CustomerColumns;
using clv::models::Model;

CustomerColumns cdnow() {
    std::ifstream file("tests/data/cdnow_customers_summary_with_transactions.csv");
    CustomerColumns c;
    std::string line;
    std::getline(file, line);
    while (std::getline(file, line)) {
        std::istringstream fields(line);
        std::string id, x, t_x, T;
        std::getline(fields, id, ',');
        std::getline(fields, x, ',');
        std::getline(fields, t_x, ',');
        std::getline(fields, T, ',');
        c.frequency.push_back(std::stod(x));
        c.recency.push_back(std::stod(t_x));
        c.T.push_back(std::stod(T));
    }
    return c;
}

// Best of `repeats` runs: grouping and fitting, in milliseconds.
void time_fit(const char* name, const CustomerColumns& c, Model model, int repeats, double budget_ms) {
    double best = 1e300;
    clv::models::ModelFit fit;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const auto groups = clv::models::group_customers(c, model);
        if (!groups.ok()) {
            std::printf("  %-44s refused (%s)\n", name, groups.problems.front().code.c_str());
            return;
        }
        fit = model == Model::bg_nbd ? clv::models::fit_bg_nbd(*groups.value) : clv::models::fit_pareto_nbd(*groups.value);
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("  %-44s %10.1f ms  (%d iterations, %s)", name, best, fit.iterations, fit.converged ? "converged" : "NOT converged");
    if (budget_ms > 0) std::printf("  budget %.0f ms %s", budget_ms, best <= budget_ms ? "ok" : "over");
    std::printf("\n");
}

}  // namespace

void run_model_bench() {
    std::printf("\nmodel fits (native)\n");
    const CustomerColumns small = cdnow();
    time_fit("BG/NBD, CDNOW 2,357 customers", small, Model::bg_nbd, 20, 4);
    time_fit("Pareto/NBD, CDNOW 2,357 customers", small, Model::pareto_nbd, 3, 0);
    const auto bg = clv_bench::simulate_bg_nbd(100'000, 0.25, 4.4, 0.8, 2.4, 1, 78, 1);
    time_fit("BG/NBD, 100,000 simulated customers", bg, Model::bg_nbd, 3, 0);
    const auto pareto = clv_bench::simulate_pareto_nbd(100'000, 0.55, 10.6, 0.6, 11.7, 1, 78, 2);
    time_fit("Pareto/NBD, 100,000 simulated customers", pareto, Model::pareto_nbd, 1, 1000);
    const auto million = clv_bench::simulate_bg_nbd(1'000'000, 0.25, 4.4, 0.8, 2.4, 1, 78, 3);
    time_fit("BG/NBD, 1,000,000 simulated customers", million, Model::bg_nbd, 1, 600);
}
