#!/usr/bin/env bash
# Prints speed (evaluations per second, native and wasm in Node; reading and summarising a
# 1,000,000-row transaction CSV, native and wasm), the wasm's download size, and
# the page's budgets measured in headless Chromium (first-answer payload, open -> first result,
# keystroke -> results, solution and chart updated), each beside its budget and marked "over" when
# it misses; and a 1,000,000-row CSV picked on the Customer data tool -> BG/NBD and Gamma-Gamma
# fitted and shown (tests/bench/page_data_bench.mjs).
#   scripts/bench.sh [SECONDS_PER_REQUEST]   (default 1). Figures only: a miss never fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-1}
scripts/build.sh >/dev/null  # incremental; makes the figures match the current sources
# The bench-only wasm module of the transaction reader (never shipped, so not in build.sh).
NODE_PATH=/usr/share/nodejs cmake --build build/wasm -j "$(nproc)" --target clv_transaction_bench_wasm >/dev/null
cmake --build build/native -j "$(nproc)" --target clv_bench >/dev/null
echo "== native"
build/native/clv_bench "$seconds"
echo
echo "== wasm"
node tests/bench/wasm_bench.mjs "$seconds"
echo
node tests/bench/transaction_wasm_bench.mjs
echo
node tests/bench/model_wasm_bench.mjs
echo
node tests/bench/workbench_wasm_bench.mjs
echo
echo "== page"
node tests/bench/page_bench.mjs
echo
echo "== workbench page"
node tests/bench/workbench_page_bench.mjs
echo
echo "== customer data page"
node tests/bench/page_data_bench.mjs
