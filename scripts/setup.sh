#!/usr/bin/env bash
# Installs what is missing (apt packages, npm packages), builds everything, then serves dist/.
#   scripts/setup.sh [--no-serve] [PORT] [--base /sub/path/]
# Safe to re-run: each step is skipped when already done, so a second run is just a quick build.
set -euo pipefail
cd "$(dirname "$0")/.."

serve=1
if [ "${1:-}" = --no-serve ]; then serve=0; shift; fi

# clang + libclang-rt-14-dev: the libFuzzer/ASan/UBSan runtimes for the fuzz build.
# fonts-wqy-microhei: CJK glyphs, so headless Chromium renders the Chinese page (screenshots, tests).
# postgresql, sqlite3: real engines for the summary SQL test (tests/node/summary_sql.test.mjs).
packages=(build-essential cmake python3 emscripten binaryen node-acorn nlohmann-json3-dev catch2
          chromium fonts-wqy-microhei clang libclang-rt-14-dev postgresql sqlite3)
# poppler-utils: pdftotext and pdfinfo read the printed reports in the browser tests.
packages+=(poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=; [ "$(id -u)" = 0 ] || sudo="sudo -E"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" </dev/null
fi

# playwright-core 1.57 needs Node >= 20; Debian 12's own nodejs is 18, so say so rather than fail later.
if ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' 2>/dev/null; then
  echo "setup: Node.js >= 20 is required (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

# npm writes node_modules/.package-lock.json on install: older than the lockfile means stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund </dev/null
fi

scripts/build.sh

if ((serve)); then exec scripts/serve.sh "$@"; fi
