#!/usr/bin/env bash
# Builds the libFuzzer targets (build/fuzz, clang, ASan+UBSan) and runs each from its seed corpus:
# fuzz_request (request JSON) and fuzz_transactions (transaction files), half the time each.
#   scripts/fuzz.sh [SECONDS]   (default 60 in all). Exits non-zero on any finding (crash, leak, timeout).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
each=$(( seconds / 2 > 0 ? seconds / 2 : 1 ))

# -O1 with line tables only: fast enough to fuzz, line numbers in sanitizer reports, and a lighter
# compile than -O2 -g (this build is most of a CI run's fuzz step).
if [ ! -f build/fuzz/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build/fuzz -DCLV_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" >/dev/null
fi
cmake --build build/fuzz -j "$(nproc)" --target fuzz_request fuzz_transactions

# New inputs go to scratch corpora under build/, never into the committed seeds.
mkdir -p build/fuzz/corpus build/fuzz/corpus_transactions build/fuzz/artifacts
build/fuzz/fuzz_request -max_total_time="$each" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -dict=tests/fuzz/request.dict -artifact_prefix=build/fuzz/artifacts/ -print_final_stats=1 \
  build/fuzz/corpus tests/fuzz/corpus
build/fuzz/fuzz_transactions -max_total_time="$each" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -dict=tests/fuzz/transactions.dict -artifact_prefix=build/fuzz/artifacts/transactions- -print_final_stats=1 \
  build/fuzz/corpus_transactions tests/fuzz/corpus_transactions
