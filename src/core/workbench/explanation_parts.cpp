#include "explanation_parts.hpp"

namespace clv::workbench {

void append_steps(Explanation& to, const Explanation& from) {
    for (const auto& step : from.steps()) to.record(step.id, step.formula, step.values, step.result);
}

void add_warning_once(std::vector<Warning>& to, Warning warning) {
    for (const auto& held : to)
        if (held.code == warning.code) return;
    to.push_back(std::move(warning));
}

void merge_warnings(std::vector<Warning>& to, const std::vector<Warning>& from) {
    for (const auto& warning : from) add_warning_once(to, warning);
}

double share_of(double part, double whole) { return whole != 0 ? part / whole : 0.0; }

}  // namespace clv::workbench
