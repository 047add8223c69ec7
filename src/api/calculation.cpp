#include "calculation.hpp"

namespace clv::api {

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
