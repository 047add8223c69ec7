#include "sbg.hpp"

#include <cmath>
#include <string>

#include "special_functions.hpp"

namespace clv::models {

double sbg_log_churn_probability(const SbgParams& p, int t) {
    return log_beta(p.alpha + 1, p.beta + t - 1) - log_beta(p.alpha, p.beta);
}

double sbg_log_survival(const SbgParams& p, int t) { return log_beta(p.alpha, p.beta + t) - log_beta(p.alpha, p.beta); }

double sbg_log_likelihood(const SbgParams& p, const std::vector<double>& n, std::vector<double>* gradient) {
    if (!(p.alpha > 0 && p.beta > 0)) return NAN;
    const int periods = int(n.size()) - 1;
    double total = 0, d_alpha = 0, d_beta = 0;
    const double psi_ab = digamma(p.alpha + p.beta), psi_b = digamma(p.beta);
    const double psi_a1 = digamma(p.alpha + 1), psi_a = digamma(p.alpha);
    for (int t = 1; t <= periods; ++t) {
        const double lost = n[t - 1] - n[t];
        if (lost == 0) continue;
        total += lost * sbg_log_churn_probability(p, t);
        if (!gradient) continue;
        const double psi_abt = digamma(p.alpha + p.beta + t);
        d_alpha += lost * (psi_a1 - psi_abt - psi_a + psi_ab);
        d_beta += lost * (digamma(p.beta + t - 1) - psi_abt - psi_b + psi_ab);
    }
    const double left = n[periods];
    if (left > 0) {
        total += left * sbg_log_survival(p, periods);
        if (gradient) {
            const double psi_abn = digamma(p.alpha + p.beta + periods);
            d_alpha += left * (psi_ab - psi_abn);
            d_beta += left * (digamma(p.beta + periods) - psi_abn - psi_b + psi_ab);
        }
    }
    if (gradient) *gradient = {d_alpha, d_beta};
    return total;
}

namespace {

void check_survivors(const std::vector<double>& n, ProblemList& problems) {
    if (n.size() < 2) {
        problems.add({"survivors", "wrong_length", 2.0, 1201.0});
        return;
    }
    for (std::size_t i = 0; i < n.size(); ++i) {
        const std::string field = "survivors[" + std::to_string(i) + "]";
        if (!problems.require_at_least(field, n[i], 0)) continue;
        if (i == 0 && n[0] == 0) problems.add({field, "must_be_positive", 0.0});
        if (i > 0 && n[i] > n[i - 1]) problems.add({field, "survivors_rising", 0.0, n[i - 1]});
    }
    if (!problems.empty()) return;
    if (n.back() == n.front()) problems.add({"survivors", "no_churn"});
    else if (n[1] == 0) problems.add({"survivors", "all_lost_at_once"});
}

}  // namespace

Outcome<ModelFit> fit_sbg(const std::vector<double>& survivors) {
    ProblemList problems;
    check_survivors(survivors, problems);
    if (!problems.empty()) return {std::nullopt, problems.take()};
    FitProblem problem{Model::sbg, {"alpha", "beta"}, {1, 1},
                       [&](const std::vector<double>& v, std::vector<double>* gradient) {
                           return sbg_log_likelihood({v[0], v[1]}, survivors, gradient);
                       },
                       survivors.front()};
    ModelFit fit = fit_by_maximum_likelihood(problem);
    fit.customers = survivors.front();
    fit.rows = survivors.size();
    fit.distinct_rows = survivors.size();
    return {std::move(fit), {}};
}

SbgParams sbg_params(const ModelFit& fit) { return {fit.param("alpha"), fit.param("beta")}; }

SurvivalProjection sbg_project(const SbgParams& p, double first_survivors, int periods) {
    SurvivalProjection out;
    for (int t = 0; t <= periods; ++t) {
        out.survivors.push_back(first_survivors * std::exp(sbg_log_survival(p, t)));
        out.retention_rate.push_back(t == 0 ? 1 : (p.beta + t - 1) / (p.alpha + p.beta + t - 1));
    }
    return out;
}

std::vector<std::optional<double>> sbg_observed_retention(const std::vector<double>& survivors) {
    std::vector<std::optional<double>> out;
    for (std::size_t t = 0; t < survivors.size(); ++t) {
        if (t == 0) out.emplace_back(1.0);
        else if (survivors[t - 1] > 0) out.emplace_back(survivors[t] / survivors[t - 1]);
        else out.emplace_back(std::nullopt);
    }
    return out;
}

}  // namespace clv::models
