#include "row_sums.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace clv::models {

RowSums& RowSums::operator+=(const RowSums& other) {
    value += other.value;
    for (std::size_t i = 0; i < d.size(); ++i) d[i] += other.d[i];
    return *this;
}

namespace detail {

void run_chunks(std::size_t count, void (*task)(const void*, std::size_t), const void* context) {
#ifdef CLV_THREADS
    const std::size_t threads = std::min<std::size_t>({count, std::max(1u, std::thread::hardware_concurrency()), 8});
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t k; (k = next.fetch_add(1)) < count;) task(context, k);
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t) {
        try {
            helpers.emplace_back(work);
        } catch (const std::exception&) {  // no more threads: those running take every chunk
            break;
        }
    }
    work();
    for (auto& helper : helpers) helper.join();
#else
    // No threads in this build (the browser's wasm): the same chunks, one after another.
    for (std::size_t k = 0; k < count; ++k) task(context, k);
#endif
}

}  // namespace detail

}  // namespace clv::models
