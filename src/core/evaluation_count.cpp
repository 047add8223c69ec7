#include "evaluation_count.hpp"

namespace clv {

namespace {
thread_local std::uint64_t computed = 0;
}  // namespace

std::uint64_t calculations_computed() { return computed; }

void detail::count_calculation() { ++computed; }

}  // namespace clv
