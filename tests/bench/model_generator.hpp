// Simulated customer summaries from known parameters, for the model bench and the recovery
// tests: each customer's purchases drawn in continuous time over an observation time T.
#pragma once

#include <random>

#include "core/models/customer_table.hpp"

namespace clv_bench {

// BG/NBD (Fader, Hardie & Lee 2005): λ ~ Gamma(r, α), p ~ Beta(a, b); purchases at Poisson rate λ
// from the first one at 0, and after each the customer leaves with probability p. T is uniform
// on [T_min, T_max] (customers acquired over a period).
inline clv::models::CustomerColumns simulate_bg_nbd(std::size_t customers, double r, double alpha, double a, double b,
                                                    double T_min, double T_max, unsigned seed) {
    std::mt19937_64 random(seed);
    std::gamma_distribution<double> rate(r, 1 / alpha), beta_a(a, 1), beta_b(b, 1);
    std::uniform_real_distribution<double> uniform(0, 1);
    clv::models::CustomerColumns c;
    for (std::size_t i = 0; i < customers; ++i) {
        const double lambda = rate(random), u = beta_a(random), p = u / (u + beta_b(random));
        const double T = T_min + (T_max - T_min) * uniform(random);
        double t = 0, last = 0, x = 0;
        std::exponential_distribution<double> wait(lambda);
        while (true) {
            t += wait(random);
            if (t > T) break;
            x += 1;
            last = t;
            if (uniform(random) < p) break;  // leaves after this purchase
        }
        c.frequency.push_back(x);
        c.recency.push_back(last);
        c.T.push_back(T);
    }
    return c;
}

// Pareto/NBD: λ ~ Gamma(r, α), μ ~ Gamma(s, β), lifetime ~ Exponential(μ); purchases at rate λ
// while alive.
inline clv::models::CustomerColumns simulate_pareto_nbd(std::size_t customers, double r, double alpha, double s,
                                                        double beta, double T_min, double T_max, unsigned seed) {
    std::mt19937_64 random(seed);
    std::gamma_distribution<double> rate(r, 1 / alpha), death(s, 1 / beta);
    std::uniform_real_distribution<double> uniform(0, 1);
    clv::models::CustomerColumns c;
    for (std::size_t i = 0; i < customers; ++i) {
        const double lambda = rate(random), mu = death(random);
        const double T = T_min + (T_max - T_min) * uniform(random);
        const double end = std::min(T, std::exponential_distribution<double>(mu)(random));
        double t = 0, last = 0, x = 0;
        std::exponential_distribution<double> wait(lambda);
        while ((t += wait(random)) <= end) {
            x += 1;
            last = t;
        }
        c.frequency.push_back(x);
        c.recency.push_back(last);
        c.T.push_back(T);
    }
    return c;
}

}  // namespace clv_bench
