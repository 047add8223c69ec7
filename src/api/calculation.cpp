#include "calculation.hpp"

namespace clv::api {

const std::vector<Calculation>& calculations() {
    static const std::vector<Calculation> table = {
        {"acquisition_cost", evaluate_acquisition_cost},
        {"retention_cost", evaluate_retention_cost},
        {"retention_rate", evaluate_retention_rate},
        {"simple_clv", evaluate_simple_clv},
        {"discounted_clv", evaluate_discounted_clv},
        {"retention_clv", evaluate_retention_clv},
        {"expected_lifetime", evaluate_expected_lifetime},
        {"convert_rate", evaluate_convert_rate},
        {"profitability", evaluate_profitability},
        {"cost_structure", evaluate_cost_structure},
    };
    return table;
}

std::optional<Period> read_period(InputReader& inputs, const std::string& name, Period fallback) {
    auto word = inputs.choice(name, period_names(), period_name(fallback));
    if (!word) return std::nullopt;
    return period_from_name(*word);
}

void add_core_problems(CalculationOutput& out, const InputReader& reader,
                       const std::vector<Problem>& problems) {
    for (auto problem : problems) {
        problem.field = reader.path() + problem.field;
        out.problems.push_back(std::move(problem));
    }
}

}  // namespace clv::api
