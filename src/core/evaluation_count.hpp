// How many calculations this thread has computed: each compute_* of a calculation counts one.
// Lets tests pin that checking an answer reuses the result already computed instead of
// running the calculation again (app issue 11, item 5).
#pragma once

#include <cstdint>

namespace clv {

// The number of compute_* calls of calculations made on this thread so far.
std::uint64_t calculations_computed();

namespace detail {
void count_calculation();  // called once at the top of each compute_* of a calculation
}  // namespace detail

}  // namespace clv
