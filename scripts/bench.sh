#!/usr/bin/env bash
# Prints speed (evaluations per second, native and wasm in Node) and download-size figures.
#   scripts/bench.sh [SECONDS_PER_REQUEST]   (default 1). Figures only, no pass/fail thresholds.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-1}
scripts/build.sh >/dev/null  # incremental; makes the figures match the current sources
echo "== native"
build/native/clv_bench "$seconds"
echo
echo "== wasm"
node tests/bench/wasm_bench.mjs "$seconds"
