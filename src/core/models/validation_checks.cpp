// The input rules of validate_model: the parameters, the calibration columns (as for a
// prediction), the holdout counts and the tracking series.
#include <algorithm>
#include <string>

#include "validation_checks.hpp"

namespace clv::models::detail {

namespace {

constexpr std::size_t max_row_problems = 20;  // as the customer columns' checks

void check_params(const ValidationInput& in, ProblemList& problems) {
    const bool bg = in.model == Model::bg_nbd;
    const double values[4] = {bg ? in.bg_nbd.r : in.pareto_nbd.r, bg ? in.bg_nbd.alpha : in.pareto_nbd.alpha,
                              bg ? in.bg_nbd.a : in.pareto_nbd.s, bg ? in.bg_nbd.b : in.pareto_nbd.beta};
    const char* names[4] = {"r", "alpha", bg ? "a" : "s", bg ? "b" : "beta"};
    for (int k = 0; k < 4; ++k) problems.require_positive(std::string("params.") + names[k], values[k], 1e12);
}

void check_holdout(const ValidationInput& in, std::size_t customers, ProblemList& problems) {
    problems.require_positive("holdout.duration", in.duration_holdout, limits::max_lifespan * 31);
    const auto& h = in.frequency_holdout;
    if (h.empty()) return problems.add({"holdout.frequency", "missing_field"});
    if (h.size() != customers) return problems.add({"holdout.frequency", "wrong_length", double(customers), double(customers)});
    std::size_t reported = 0;
    for (std::size_t i = 0; i < h.size() && reported < max_row_problems; ++i)
        if (!problems.require_whole("holdout.frequency[" + std::to_string(i) + "]", h[i], 0, limits::max_count)) ++reported;
}

void check_tracking(const ValidationInput& in, ProblemList& problems) {
    const auto& t = *in.tracking;
    if (t.time.empty()) return problems.add({"tracking.time", "missing_field"});
    if (t.repeat_purchases.size() != t.time.size())
        return problems.add({"tracking.repeat_purchases", "wrong_length", double(t.time.size()), double(t.time.size())});
    std::size_t reported = 0;
    for (std::size_t k = 0; k < t.time.size() && reported < max_row_problems; ++k) {
        const std::string at = "[" + std::to_string(k) + "]";
        const double before = k == 0 ? 0 : t.time[k - 1];
        bool good = problems.require_range("tracking.time" + at, t.time[k], before, limits::max_lifespan * 31 * 2);
        good = problems.require_range("tracking.repeat_purchases" + at, t.repeat_purchases[k], 0, limits::max_count) && good;
        if (!good) ++reported;
    }
    // Every customer's first purchase lies at calibration_end − T ≥ 0.
    const auto& T = in.customers.T;
    const double latest_start = T.empty() ? 0 : *std::max_element(T.begin(), T.end());
    problems.require_range("tracking.calibration_end", t.calibration_end, latest_start - 1e-9, limits::max_lifespan * 31);
}

}  // namespace

std::vector<bool> check_validation(const ValidationInput& in, ProblemList& problems) {
    check_params(in, problems);
    problems.require_whole("max_frequency", in.max_frequency, 1, 100);
    const auto good = check_customers(in.customers, in.model, problems);
    // A row standing for several customers would need weighted plots: not offered.
    if (!in.customers.weight.empty()) problems.add({"customers.weight", "not_used_by_model"});
    check_holdout(in, in.customers.frequency.size(), problems);
    if (in.tracking && problems.empty()) check_tracking(in, problems);
    return good;
}

}  // namespace clv::models::detail
