// Small helpers for a workbench answer built from the calculator's answers: their steps and
// warnings carried over into one explanation and one list of warnings.
#pragma once

#include <vector>

#include "../explanation.hpp"
#include "../problems.hpp"

namespace clv::workbench {

// Appends every step of `from` to `to`, in order.
void append_steps(Explanation& to, const Explanation& from);

// Appends each warning of `from` whose code `to` does not hold yet (one caveat, said once).
void merge_warnings(std::vector<Warning>& to, const std::vector<Warning>& from);

// Appends `warning` unless `to` already holds its code.
void add_warning_once(std::vector<Warning>& to, Warning warning);

// part / whole, or 0 when whole is 0 (a share of nothing).
double share_of(double part, double whole);

}  // namespace clv::workbench
