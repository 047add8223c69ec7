#!/usr/bin/env bash
# Builds the native CLI and tests (build/native), the wasm module (build/wasm), then assembles dist/.
# Incremental: CMake only recompiles what changed; dist/ is rebuilt from scratch every time so no
# stale file survives (it is tiny: a copy of web/ with its modules also bundled into main.js, the
# wasm output and two vendor files).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j "$jobs"

# emcc's JS optimizer needs Debian's acorn (TOOLCHAIN.md #1). The module is written to
# build/wasm/web rather than dist/, so wiping dist/ never forces a relink.
export NODE_PATH=/usr/share/nodejs
wasm_out="$PWD/build/wasm/web"
if ! grep -qx "CLV_WEB_OUT:PATH=$wasm_out" build/wasm/CMakeCache.txt 2>/dev/null; then
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DCLV_WEB_OUT="$wasm_out" >/dev/null
fi
cmake --build build/wasm -j "$jobs"

# Assemble in a staging directory, then swap, so a running server never sees a half-built dist/.
stage=build/dist.tmp
rm -rf "$stage" && mkdir -p "$stage/vendor"
if [ -d web ]; then cp -R web/. "$stage/"; else echo "build: warning: no web/ directory, dist/ has no page" >&2; fi
cp "$wasm_out/clvcalc.js" "$wasm_out/clvcalc.wasm" "$stage/"
cp "$wasm_out/clvworkbench.js" "$wasm_out/clvworkbench.wasm" "$stage/"
cp node_modules/uplot/dist/uPlot.esm.js node_modules/uplot/dist/uPlot.min.css "$stage/vendor/"
# The page's modules as one minified main.js (scripts/bundle.mjs says why).
if [ -f "$stage/main.js" ]; then
  if [ -d node_modules/esbuild ]; then node scripts/bundle.mjs "$stage"
  else echo "build: warning: esbuild is not installed (npm ci): dist/ ships the modules unbundled, with no engine worker" >&2; fi
fi

# The stylesheet inside index.html (scripts/inline-styles.mjs says why).
node scripts/inline-styles.mjs "$stage"

# The service worker's list of files kept for offline use.
node scripts/service-worker.mjs "$stage"

# The first answer of a first visit, baked into index.html in each language (scripts/prerender.mjs
# says why). It renders the staged page in headless Chromium, so it needs the bundle above.
if [ -d node_modules/playwright-core ] && [ -x /usr/bin/chromium ]; then node scripts/prerender.mjs "$stage"
else echo "build: warning: no Chromium or playwright-core (scripts/setup.sh): index.html has no prerendered answer" >&2; fi

# Build stamp: a hash of every shipped file, for the service worker's cache name. It is written
# to build-id.txt and replaces the placeholder __BUILD_ID__ in sw.js (if there is one).
build_id=$(cd "$stage" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)
echo "$build_id" > "$stage/build-id.txt"
[ ! -f "$stage/sw.js" ] || sed -i "s/__BUILD_ID__/$build_id/g" "$stage/sw.js"

rm -rf build/dist.old && { [ ! -e dist ] || mv dist build/dist.old; } && mv "$stage" dist && rm -rf build/dist.old
echo "dist/ assembled (build $build_id): $(find dist -type f | wc -l) files, $(du -sh dist | cut -f1)"
