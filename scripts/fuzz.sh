#!/usr/bin/env bash
# Builds the libFuzzer target (build/fuzz, clang, ASan+UBSan) and runs it from the seed corpus.
#   scripts/fuzz.sh [SECONDS]   (default 60). Exits non-zero on any finding (crash, leak, timeout).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

# RelWithDebInfo: optimised enough to fuzz fast, with line numbers in sanitizer reports.
if [ ! -f build/fuzz/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build/fuzz -DCLV_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build/fuzz -j "$(nproc)" --target fuzz_request

# New inputs go to a scratch corpus under build/, never into the committed seeds.
mkdir -p build/fuzz/corpus build/fuzz/artifacts
build/fuzz/fuzz_request -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -dict=tests/fuzz/request.dict -artifact_prefix=build/fuzz/artifacts/ -print_final_stats=1 \
  build/fuzz/corpus tests/fuzz/corpus
