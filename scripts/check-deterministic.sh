#!/usr/bin/env bash
# Building twice gives the same bytes.
#
# Takes one snapshot of the working tree (tracked and new files, nothing ignored) and builds it
# three times, each with empty build caches, so the mermaid diagrams are rendered in Chromium
# every time instead of being read back from node_modules/.cache:
#   1. and 2. in the same directory: every file must be identical, byte for byte;
#   3. in another directory, so an absolute path leaking into the output shows up: identical
#      except for the `uid` of each <astro-island>, which Astro hashes from the component's
#      absolute source path (astro/dist/runtime/server/render/component.js), so it differs
#      between two checkouts though never between two builds of one.
# The search index (pagefind/, written after each build) is compared like every other file.
# The first difference is printed. Every build must be free of warnings
# (scripts/build-quietly.sh). BASE_PATH and SITE_URL apply as usual.
#   bash scripts/check-deterministic.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work=$(mktemp -d "${TMPDIR:-/tmp}/hw-determinism.XXXXXX")
trap 'rm -rf "$work"' EXIT

git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
  tar --null -T - -cf "$work/snapshot.tar"

# A checkout of the snapshot whose node_modules links to the installed packages; the caches
# (.cache, .vite, .astro) stay local, so each build starts cold.
checkout() {
  mkdir "$1" "$1/node_modules"
  tar -xf "$work/snapshot.tar" -C "$1"
  for entry in node_modules/* node_modules/.bin node_modules/.package-lock.json; do
    ln -s "$PWD/$entry" "$1/node_modules/"
  done
}

# build DIR OUT: a cold build of the checkout in DIR, its dist/ moved to OUT.
build() {
  echo "Building in $1 (cold caches)…"
  rm -rf "$1/.astro" "$1/node_modules/.cache" "$1/node_modules/.vite" "$1/dist"
  (cd "$1" && bash scripts/build-quietly.sh dist)
  mv "$1/dist" "$2"
}

# report A B: prints the first difference between two output trees; fails if there is one.
report() {
  if diff -rq "$1" "$2" >"$work/differences" 2>&1; then return 0; fi
  echo "✗ The build is not deterministic ($3): $(wc -l <"$work/differences") difference(s). First:" >&2
  difference=$(head -n 1 "$work/differences")
  echo "  $difference" >&2
  if [[ $difference =~ ^Files\ (.+)\ and\ (.+)\ differ$ ]]; then
    cmp "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" >&2 || true
    diff <(fold -w 100 "${BASH_REMATCH[1]}") <(fold -w 100 "${BASH_REMATCH[2]}") | head -n 12 >&2 || true
  fi
  return 1
}

checkout "$work/here"
checkout "$work/elsewhere"
build "$work/here" "$work/first"
build "$work/here" "$work/second"
build "$work/elsewhere" "$work/third"

report "$work/first" "$work/second" "two builds of one checkout"
# Island uids aside, the other directory's output must be the same too.
for tree in first third; do
  find "$work/$tree" -name '*.html' -exec sed -i -E 's/(<astro-island uid=")[^"]*"/\1…"/g' {} +
done
report "$work/first" "$work/third" "a checkout in another directory, island uids aside"
echo "✓ Deterministic: all $(find "$work/second" -type f | wc -l) files identical across two cold builds, and across directories but for island uids."
