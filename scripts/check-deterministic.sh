#!/usr/bin/env bash
# Building twice gives the same bytes (issue 2, item 9).
#
# Takes one snapshot of the working tree (tracked and new files, nothing ignored) and builds it
# twice, in two different directories, each with empty build caches: an absolute path leaking
# into the output shows up, and the mermaid diagrams are rendered in Chromium both times
# instead of being read back from node_modules/.cache. Every file of the two outputs is
# compared byte for byte and the first difference is printed. Both builds must be free of
# warnings (scripts/build-quietly.sh). BASE_PATH and SITE_URL apply as usual.
#   bash scripts/check-deterministic.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work=$(mktemp -d "${TMPDIR:-/tmp}/hw-determinism.XXXXXX")
trap 'rm -rf "$work"' EXIT

git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
  tar --null -T - -cf "$work/snapshot.tar"

for name in first second; do
  mkdir "$work/$name" "$work/$name/node_modules"
  tar -xf "$work/snapshot.tar" -C "$work/$name"
  # Links to the installed packages; the caches (.cache, .vite, .astro) stay local and empty.
  for entry in node_modules/* node_modules/.bin node_modules/.package-lock.json; do
    ln -s "$PWD/$entry" "$work/$name/node_modules/"
  done
  echo "Building in $work/$name (cold caches)…"
  (cd "$work/$name" && bash scripts/build-quietly.sh dist)
done

first=$work/first/dist
second=$work/second/dist
if ! diff -rq "$first" "$second" >"$work/differences" 2>&1; then
  echo "✗ The build is not deterministic: $(wc -l <"$work/differences") difference(s). First:" >&2
  difference=$(head -n 1 "$work/differences")
  echo "  $difference" >&2
  if [[ $difference =~ ^Files\ (.+)\ and\ (.+)\ differ$ ]]; then
    cmp "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" >&2 || true
    diff <(fold -w 100 "${BASH_REMATCH[1]}") <(fold -w 100 "${BASH_REMATCH[2]}") | head -n 12 >&2 || true
  fi
  exit 1
fi
echo "✓ Deterministic: all $(find "$first" -type f | wc -l) files identical across two cold builds in different directories."
