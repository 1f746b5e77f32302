#!/usr/bin/env bash
# `npm test`: every test, from a fresh machine to the last line, failing fast.
#   setup (npm ci if needed, a Chromium) → astro check, layers (dependency-cruiser) and Vitest
#   side by side → build under a GitHub Pages base path → Playwright e2e against dist/ served under that base
#   (the byte budget and the long-task report among them, the budget table at the end) →
#   an added lesson and a non-lesson page with islands (their own build and e2e), side by side
#   with determinism (the tested build against a cold build in another directory, byte for byte).
# Gates that need nothing from each other run side by side (side_by_side below): none of them
# keeps both cores busy alone (astro check is one thread; a build waits on Chromium for its
# diagrams). The build waits for astro check: both write .astro/ and node_modules/.astro/.
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

# Passed/failed counts from a Vitest or Playwright JSON report ("0 0" when there is none); a
# Playwright test that passed only when retried counts as failed, as the run does.
counts() {
  [ -f "$1" ] || { echo "0 0"; return; }
  node -e '
    const report = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    const s = report.stats;
    console.log(s ? `${s.expected} ${s.unexpected + s.flaky}` : `${report.numPassedTests} ${report.numFailedTests}`);
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

# side_by_side NAME FUNCTION [NAME FUNCTION…]: runs the functions at once, each into its own
# log, printed whole and in the order given once all have finished; fails naming every one
# that failed.
side_by_side() {
  local names=() logs=() pids=() failed=() i mark
  while [ $# -gt 0 ]; do
    names+=("$1")
    logs+=("$results/side-by-side-$(printf '%s' "$1" | tr -c 'a-z0-9' '-').log")
    "$2" >"${logs[-1]}" 2>&1 &
    pids+=($!)
    shift 2
  done
  for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then mark="✓"; else mark="✗"; failed+=("${names[$i]}"); fi
    printf '\n\033[1m%s %s\033[0m  (finished by %d s)\n' "$mark" "${names[$i]}" $((SECONDS - started))
    cat "${logs[$i]}"
  done
  if [ ${#failed[@]} -gt 0 ]; then
    failed_gate=$(printf '%s, ' "${failed[@]}")
    failed_gate=${failed_gate%, }
    return 1
  fi
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

type_check() { astro check --minimumFailingSeverity hint; }
layers() { depcruise --config tests/layers.cjs src; }
unit_tests() {
  vitest run --config tests/vitest.config.ts --reporter=default --reporter=json --outputFile.json="$vitest_json"
}
step "Side by side: type check (astro check), layers (dependency-cruiser, tests/layers.cjs), unit tests (Vitest)"
side_by_side "astro check" type_check "layers" layers "unit tests" unit_tests

step "Build into $DIST_DIR/ under the base path $BASE_PATH for $SITE_URL"
gate "build" bash scripts/build-quietly.sh "$DIST_DIR"

headless_shell=${CHROMIUM_HEADLESS_SHELL:-"none named: Playwright's own, or the browser"}
step "End-to-end tests (Playwright; the headless shell: $headless_shell; the long-task spec in Chromium at $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH)"
E2E_PORT=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
export E2E_PORT
gate "end-to-end tests" playwright test --config tests/playwright.config.ts

added_lesson() { bash scripts/check-added-lesson.sh; }
determinism() { bash scripts/check-deterministic.sh "$DIST_DIR"; }
step "Side by side: an added lesson and a non-lesson page with islands (own build and e2e); determinism (the tested build against a cold build in another directory)"
side_by_side "added lesson" added_lesson "determinism" determinism
