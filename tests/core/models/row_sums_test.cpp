// The likelihoods' sums over fixed chunks of rows (src/core/models/row_sums.hpp): the chunks
// cover every row once, add in chunk order whatever thread ran them, and a model's total over
// a table of many chunks equals its per-customer log-likelihoods added up.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "core/models/bg_nbd.hpp"
#include "core/models/pareto_nbd.hpp"
#include "core/models/row_sums.hpp"

using namespace clv::models;
using Catch::Detail::Approx;

namespace {

// A table of `n` distinct customers with whole frequencies, sorted by frequency as grouping leaves it.
CustomerGroups random_table(std::size_t n, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    CustomerColumns c;
    for (std::size_t i = 0; i < n; ++i) {
        const double T = 1 + 77 * unit(random), x = std::floor(12 * unit(random) * unit(random));
        c.frequency.push_back(x);
        c.recency.push_back(x > 0 ? T * unit(random) : 0);
        c.T.push_back(T);
    }
    return *group_customers(c, Model::bg_nbd).value;
}

}  // namespace

TEST_CASE("row chunks cover every row once and add in chunk order", "[models][row_sums]") {
    for (std::size_t n : {std::size_t(0), std::size_t(1), rows_per_chunk - 1, rows_per_chunk, rows_per_chunk + 1,
                          7 * rows_per_chunk / 2}) {
        INFO("rows " << n);
        const RowSums s = sum_row_chunks(n, [](std::size_t begin, std::size_t end) {
            RowSums part;
            for (std::size_t i = begin; i < end; ++i) part.value += double(i);
            part.d[0] = double(end - begin);
            part.d[3] = end > begin ? 1 : 0;  // chunks that held rows
            return part;
        });
        CHECK(s.value == double(n) * (double(n) - 1) / 2);
        CHECK(s.d[0] == double(n));
        CHECK(s.d[3] == double((n + rows_per_chunk - 1) / rows_per_chunk));
    }
}

TEST_CASE("a likelihood over many chunks equals its rows' log-likelihoods added, the same bits every time",
          "[models][row_sums]") {
    const CustomerGroups g = random_table(3 * rows_per_chunk + 123, 7);
    REQUIRE(g.size() > 3 * rows_per_chunk);
    const BgNbdParams bg{0.25, 4.4, 0.8, 2.4};
    const ParetoNbdParams pareto{0.55, 10.6, 0.6, 11.7};
    double bg_sum = 0, pareto_sum = 0;
    for (std::size_t i = 0; i < g.size(); ++i) {
        bg_sum += g.weight[i] * bg_nbd_log_likelihood(bg, g.frequency[i], g.recency[i], g.T[i]);
        pareto_sum += g.weight[i] * pareto_nbd_log_likelihood(pareto, g.frequency[i], g.recency[i], g.T[i]);
    }
    std::vector<double> gradient, again;
    const double bg_total = bg_nbd_total_log_likelihood(bg, g, &gradient);
    CHECK(bg_total == Approx(bg_sum).epsilon(1e-12));
    CHECK(bg_nbd_total_log_likelihood(bg, g, &again) == bg_total);  // bit for bit, whichever thread ran what
    CHECK(again == gradient);
    CHECK(bg_nbd_total_log_likelihood(bg, g, nullptr) == bg_total);
    CHECK(pareto_nbd_total_log_likelihood(pareto, g, nullptr) == Approx(pareto_sum).epsilon(1e-12));
    // The gradient is the likelihood's: a central difference in r, to 1e-6 relative.
    const double h = 1e-6;
    const double numeric = (bg_nbd_total_log_likelihood({bg.r + h, bg.alpha, bg.a, bg.b}, g, nullptr) -
                            bg_nbd_total_log_likelihood({bg.r - h, bg.alpha, bg.a, bg.b}, g, nullptr)) / (2 * h);
    CHECK(gradient[0] == Approx(numeric).epsilon(1e-6));
}
