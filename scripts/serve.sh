#!/usr/bin/env bash
# Serves dist/ on http://127.0.0.1:PORT/ (default 8080). Extra options go to serve.mjs, e.g. --base /x/y/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || echo "warning: dist/index.html is missing; run scripts/build.sh" >&2
exec node scripts/serve.mjs "$@"
