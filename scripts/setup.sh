#!/usr/bin/env bash
# Everything `npm start` and `npm test` need on a fresh machine, and nothing when it is already
# there: dependencies (npm ci, which also brings a Node 24 binary through the `node` dev
# dependency, so a system Node 20 is fine) and a Chromium for the build's diagrams and the
# browser tests.
#
# Run it (`bash scripts/setup.sh`) or source it (`. scripts/setup.sh`, as scripts/test.sh does)
# to keep PATH and PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH for the rest of the run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] Installing dependencies exactly as package-lock.json pins them (npm ci)…" >&2
  # Under Node 20 npm warns about every package needing Node >= 22.12; those warnings are
  # expected (the `node` dev dependency brings Node 24), so they become one line.
  npm ci --no-audit --no-fund 2>&1 | awk '
    /EBADENGINE/ { engine++; next }
    { print }
    END { if (engine) print "[setup] (npm warned that this Node is older than some packages need; the Node 24 from node_modules/.bin runs them.)" }
  ' >&2
fi

# npm already puts node_modules/.bin first when it runs a script; this covers direct runs.
case ":$PATH:" in
  *":$PWD/node_modules/.bin:"*) ;;
  *) export PATH="$PWD/node_modules/.bin:$PATH" ;;
esac

if ! node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 22 || (major === 22 && minor >= 12) ? 0 : 1)'; then
  echo "[setup] Node $(node --version) is too old for Astro (needs >= 22.12) and node_modules/.bin/node is missing." >&2
  echo "[setup] Run 'npm ci' (with install scripts enabled) or install Node 22/24." >&2
  exit 1
fi
echo "[setup] Node $(node --version) from $(command -v node)" >&2

export ASTRO_TELEMETRY_DISABLED=1
. scripts/ensure-browser.sh
