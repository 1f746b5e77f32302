#!/usr/bin/env bash
# `npm test`: every test, from a fresh machine to the last line, failing fast.
#   setup (npm ci if needed, a Chromium) → astro check → layers (dependency-cruiser) → Vitest →
#   build under a GitHub Pages base path → Playwright e2e against dist/ served under that base
#   (the byte budget and the long-task report among them, the budget table at the end) →
#   an added lesson and a non-lesson page with islands (their own build and e2e) →
#   determinism (two cold builds in different directories, compared byte for byte).
# The last line is always "N passed, N failed": the Vitest and Playwright tests; a gate that
# fails without a failing test (type check, layers, build, determinism) counts as one
# failure, so a run that stops early never reads as clean.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$SECONDS

export BASE_PATH=${BASE_PATH:-/handshake-and-wave/}
export SITE_URL=${SITE_URL:-https://example.github.io}
export ASTRO_TELEMETRY_DISABLED=1
# The site under test gets its own directory, so a `npm run build` (or another checkout's
# tooling) writing dist/ meanwhile cannot change it mid-run. Under node_modules/ because
# tsconfig.json type-checks every other directory, built JavaScript included.
export DIST_DIR=${DIST_DIR:-node_modules/.cache/hw-test/dist}
results=test-results
vitest_json=$results/vitest.json
playwright_json=$results/playwright.json
added_lesson_json=$results/added-lesson.json
failed_gate=""

step() { printf '\n\033[1m▶ %s\033[0m  (at %d s)\n' "$*" $((SECONDS - started)); }

# Passed/failed counts from a Vitest or Playwright JSON report ("0 0" when there is none).
counts() {
  [ -f "$1" ] || { echo "0 0"; return; }
  node -e '
    const report = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    const s = report.stats;
    console.log(s ? `${s.expected + s.flaky} ${s.unexpected}` : `${report.numPassedTests} ${report.numFailedTests}`);
  ' "$1" 2>/dev/null || echo "0 1"
}

summary() {
  local status=$? vitest playwright added passed failed
  read -r -a vitest <<<"$(counts "$vitest_json")"
  read -r -a playwright <<<"$(counts "$playwright_json")"
  read -r -a added <<<"$(counts "$added_lesson_json")"
  playwright=($((playwright[0] + added[0])) $((playwright[1] + added[1])))
  passed=$((vitest[0] + playwright[0]))
  failed=$((vitest[1] + playwright[1]))
  if [ "$status" -ne 0 ]; then
    echo "✗ Stopped at: ${failed_gate:-an unexpected error} (exit status $status)." >&2
    [ "$failed" -gt 0 ] || failed=1
  fi
  echo
  echo "Vitest ${vitest[0]}/${vitest[1]}, Playwright ${playwright[0]}/${playwright[1]} (passed/failed); $((SECONDS - started)) s in all."
  echo "$passed passed, $failed failed"
}

gate() {
  failed_gate=$1
  shift
  "$@"
  failed_gate=""
}

rm -rf "$results"
mkdir -p "$results"
trap summary EXIT

step "Setup"
failed_gate="setup (dependencies or browser)"
. scripts/setup.sh
failed_gate=""

step "Type check (astro check)"
gate "astro check" astro check --minimumFailingSeverity hint

step "Layers (dependency-cruiser, tests/layers.cjs)"
gate "layers" depcruise --config tests/layers.cjs src

step "Unit tests (Vitest)"
gate "unit tests" vitest run --config tests/vitest.config.ts \
  --reporter=default --reporter=json --outputFile.json="$vitest_json"

step "Build into $DIST_DIR/ under the base path $BASE_PATH for $SITE_URL"
gate "build" bash scripts/build-quietly.sh "$DIST_DIR"

step "End-to-end tests (Playwright, Chromium at $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH)"
E2E_PORT=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
export E2E_PORT
gate "end-to-end tests" playwright test --config tests/playwright.config.ts

step "An added lesson and a non-lesson page with islands (own build and e2e)"
gate "added lesson" bash scripts/check-added-lesson.sh

step "Determinism (two cold builds in different directories)"
gate "determinism" bash scripts/check-deterministic.sh
