#!/usr/bin/env bash
# Installs/builds (setup.sh --no-serve), runs every suite, prints a per-suite summary and, last,
# exactly one line "N passed, N failed" (suites counted). Exit status is non-zero on any failure.
# Each suite's full output is also kept in build/test-logs/<suite>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
logs=build/test-logs
mkdir -p "$logs"

suites=(catch2 node browser fuzz)
declare -A command=(
  [catch2]="build/native/clv_tests"
  [node]="node --test tests/node/ tests/web/"
  [browser]="node --test tests/browser/"
  [fuzz]="scripts/fuzz.sh ${CLV_FUZZ_SECONDS:-60}"
)
summary=()
passed=0 failed=0

finish() {
  echo
  echo "== summary"
  printf '%s\n' "${summary[@]}"
  echo "$passed passed, $failed failed"
  ((failed == 0))
}

start=$SECONDS
if ! scripts/setup.sh --no-serve 2>&1 | tee "$logs/setup.log"; then
  summary+=("setup     FAILED ($((SECONDS - start)) s): no suite could run, see $logs/setup.log")
  for suite in "${suites[@]}"; do summary+=("$(printf '%-9s not run' "$suite")"); done
  failed=${#suites[@]}
  finish
fi
summary+=("$(printf '%-9s done (%d s)' setup $((SECONDS - start)))")

for suite in "${suites[@]}"; do
  echo
  echo "== $suite: ${command[$suite]}"
  start=$SECONDS
  # The fuzzer's own output is long: keep it in the log and show its end.
  if [ "$suite" = fuzz ]; then
    if ${command[$suite]} >"$logs/$suite.log" 2>&1; then status=0; else status=$?; fi
    if ((status == 0)); then grep -E '^(Done|stat::)' "$logs/$suite.log" || true; else tail -n 60 "$logs/$suite.log"; fi
  else
    if ${command[$suite]} 2>&1 | tee "$logs/$suite.log"; then status=0; else status=$?; fi
  fi
  if ((status == 0)); then
    passed=$((passed + 1)); result=passed
  else
    failed=$((failed + 1)); result="FAILED (exit $status, log $logs/$suite.log)"
  fi
  summary+=("$(printf '%-9s %s (%d s)' "$suite" "$result" $((SECONDS - start)))")
done
finish
