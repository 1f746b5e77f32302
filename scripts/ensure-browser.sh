# Finds (or, when there is none, installs) a Chromium for Playwright and for the build's mermaid
# diagrams, and exports its path as PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH; and its headless shell
# (Debian's chromium-headless-shell), which draws the diagrams and runs the tests that do not time
# anything at a fraction of the browser's CPU, as CHROMIUM_HEADLESS_SHELL (src/plugins/chromium.ts
# says which job takes which).
#
# SOURCE this file (`. scripts/ensure-browser.sh`) so the export reaches the caller (running it
# with bash installs a browser just the same). Order, one line of output per step:
#   1. PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, if already set
#   2. Playwright's own download, if `playwright install chromium` was done before
#   3. `playwright install chromium` now (works on laptops; fails fast without network access)
#   4. chromium / chromium-browser / google-chrome on PATH
#   5. Debian/Ubuntu as root or with password-less sudo: apt-get install chromium and
#      chromium-headless-shell, with fonts-liberation (metric-compatible Arial, first in the
#      diagrams' font stack)
# then the headless shell: CHROMIUM_HEADLESS_SHELL if set, chromium-headless-shell on PATH, or
# apt-get install chromium-headless-shell where that can be done; without one, the browser does
# both jobs (only slower).
# On Linux it also makes sure a CJK font is present, so Chinese diagram labels are measured with
# real glyphs (fonts-wqy-microhei) instead of fallback boxes.

hw_say() { printf '[browser] %s\n' "$*" >&2; }

hw_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"
  else return 1
  fi
}

hw_can_apt() { command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; }

hw_apt_install() {
  hw_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
    hw_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

hw_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case ":$PATH:" in
  *":$hw_root/node_modules/.bin:"*) ;;
  *) export PATH="$hw_root/node_modules/.bin:$PATH" ;; # our Node 24 and playwright
esac

hw_find() { node "$hw_root/scripts/chromium.ts" "$1" 2>/dev/null; }

hw_ensure_browser() {
  local found="" log
  if [ -n "${PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH:-}" ]; then
    found=$(node "$hw_root/scripts/chromium.ts" env) || { hw_say "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH is set but unusable."; return 1; }
  fi
  [ -n "$found" ] || found=$(hw_find playwright) || true

  if [ -z "$found" ]; then
    hw_say "No Playwright Chromium yet; trying 'playwright install chromium'…"
    log=$(mktemp)
    if playwright install chromium >"$log" 2>&1; then
      found=$(hw_find playwright) || true
    else
      hw_say "Playwright's download failed ($(grep -m1 -oE 'Error: .{0,100}' "$log" || echo 'no details')); looking for a system Chromium."
    fi
    rm -f "$log"
  fi

  [ -n "$found" ] || found=$(hw_find system) || true

  if [ -z "$found" ]; then
    if hw_can_apt; then
      hw_say "No browser found; installing Debian's chromium package (apt-get install chromium chromium-headless-shell fonts-liberation fonts-wqy-microhei)…"
      hw_apt_install chromium chromium-headless-shell fonts-liberation fonts-wqy-microhei || hw_say "apt-get install failed."
      found=$(hw_find system) || true
    fi
  fi

  if [ -z "$found" ]; then
    hw_say "No Chromium found and none could be installed."
    hw_say "Install one (e.g. 'npx playwright install chromium', or your OS's chromium package)"
    hw_say "or point PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH at it, then run this again."
    return 1
  fi

  if [ "$(uname -s)" = Linux ] && command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    if hw_can_apt; then
      hw_say "No CJK font found; installing fonts-wqy-microhei so Chinese diagram labels are measured correctly…"
      hw_apt_install fonts-wqy-microhei || hw_say "Could not install fonts-wqy-microhei; Chinese labels may be clipped."
    else
      hw_say "Warning: no CJK font installed; Chinese diagram labels may be measured wrongly."
    fi
  fi

  local shell=""
  if [ -n "${CHROMIUM_HEADLESS_SHELL:-}" ]; then
    shell=$(hw_find shell) || { hw_say "CHROMIUM_HEADLESS_SHELL is set but unusable."; return 1; }
  fi
  [ -n "$shell" ] || shell=$(hw_find shell) || true
  if [ -z "$shell" ] && hw_can_apt && apt-cache show chromium-headless-shell >/dev/null 2>&1; then
    hw_say "No headless shell found; installing Debian's chromium-headless-shell (the tests' and diagrams' Chromium)…"
    hw_apt_install chromium-headless-shell || hw_say "apt-get install chromium-headless-shell failed."
    shell=$(hw_find shell) || true
  fi

  hw_say "Using Chromium at $found ($(hw_version "$found"))"
  export PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH="$found"
  if [ -n "$shell" ]; then
    hw_say "Using its headless shell at $shell ($(hw_version "$shell")) for the diagrams and the tests that time nothing"
    export CHROMIUM_HEADLESS_SHELL="$shell"
  else
    hw_say "No headless shell: the browser draws the diagrams and runs every test (slower)."
  fi
}

# `chromium --version` may print shell noise on stderr (Debian's wrapper does): keep stdout only.
hw_version() { "$1" --version 2>/dev/null | grep -m1 -oE '[0-9]+(\.[0-9]+){2,}' || echo "unknown version"; }

hw_ensure_browser
