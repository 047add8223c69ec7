// A likelihood's sum over the rows of a customer table, in fixed chunks of rows: each chunk's
// partial sums are computed on their own (on several threads where the build has them) and then
// added in chunk order, so the total is the same bits on one thread or many, natively and in
// wasm. A fit evaluates its likelihood a few dozen times over every distinct customer: on two
// cores a million customers take half the time.
#pragma once

#include <array>
#include <cstddef>

namespace clv::models {

// A chunk's (or the whole table's) log-likelihood and its gradient in the model's parameters.
struct RowSums {
    double value = 0;
    std::array<double, 4> d{};
    RowSums& operator+=(const RowSums& other);
};

// Rows per chunk: below it a table is one chunk (one thread, as a loop would add it).
constexpr std::size_t rows_per_chunk = 1 << 16;

// Σ over chunks [k · rows_per_chunk, min(n, (k + 1) · rows_per_chunk)) of sum_rows(begin, end).
// `sum_rows` must only read shared data.
template <class SumRows>
RowSums sum_row_chunks(std::size_t n, const SumRows& sum_rows);

namespace detail {
// Runs task(k) for k = 0 … count − 1, on up to the machine's threads.
void run_chunks(std::size_t count, void (*task)(const void*, std::size_t), const void* context);
}  // namespace detail

template <class SumRows>
RowSums sum_row_chunks(std::size_t n, const SumRows& sum_rows) {
    const std::size_t chunks = n == 0 ? 1 : (n + rows_per_chunk - 1) / rows_per_chunk;
    if (chunks == 1) return sum_rows(std::size_t(0), n);
    struct Context {
        const SumRows* sum_rows;
        std::size_t n;
        RowSums* partials;
    };
    constexpr std::size_t max_chunks_on_stack = 1024;  // 67 million rows
    RowSums stack_partials[max_chunks_on_stack];
    if (chunks > max_chunks_on_stack) return sum_rows(std::size_t(0), n);
    Context context{&sum_rows, n, stack_partials};
    detail::run_chunks(
        chunks,
        [](const void* raw, std::size_t k) {
            const auto& c = *static_cast<const Context*>(raw);
            const std::size_t begin = k * rows_per_chunk, end = begin + rows_per_chunk < c.n ? begin + rows_per_chunk : c.n;
            c.partials[k] = (*c.sum_rows)(begin, end);
        },
        &context);
    RowSums total;
    for (std::size_t k = 0; k < chunks; ++k) total += stack_partials[k];
    return total;
}

}  // namespace clv::models
