#!/usr/bin/env bash
# Building twice gives the same bytes, wherever the checkout lies.
#
# Compares two builds of the working tree, the second one made with empty build caches from a
# snapshot (tracked and new files, nothing ignored) in another directory, so the mermaid
# diagrams are rendered in Chromium again instead of read back from node_modules/.cache, and an
# absolute path leaking into the output shows up. Every file must be identical, byte for byte,
# except the `uid` of each <astro-island>: Astro hashes it from the component's absolute source
# path together with the island's HTML and props (shorthash in
# astro/dist/runtime/server/render/component.js), so it differs between two checkouts; the HTML
# and props it also hashes are compared here, so two builds of one checkout get the same uids.
#
# The first build is the one given (`npm test` passes the build its e2e tests just ran against,
# so determinism costs one build, not two), or else a cold build of the snapshot here.
# The search index (pagefind/, written after each build) is compared like every other file.
# The first difference is printed. Every build must be free of warnings
# (scripts/build-quietly.sh). BASE_PATH and SITE_URL apply as usual, and must be the ones the
# given build was made with.
#   bash scripts/check-deterministic.sh [BUILT_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
given=${1:-}
if [ -n "$given" ] && [ ! -f "$given/index.html" ]; then
  echo "✗ $given holds no built site." >&2
  exit 1
fi

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

if [ -n "$given" ]; then
  echo "First build: $given (the one tested)."
  cp -r "$given" "$work/first"
else
  checkout "$work/here"
  build "$work/here" "$work/first"
fi
checkout "$work/elsewhere"
build "$work/elsewhere" "$work/second"

# Island uids aside, the other directory's output must be the same.
for tree in first second; do
  find "$work/$tree" -name '*.html' -exec sed -i -E 's/(<astro-island uid=")[^"]*"/\1…"/g' {} +
done
report "$work/first" "$work/second" "a cold build in another directory, island uids aside"
echo "✓ Deterministic: all $(find "$work/second" -type f | wc -l) files identical across two builds in different directories, the second cold, but for island uids."
