#!/usr/bin/env bash
# Adding a lesson is adding its two MDX files, and any page can host islands (run by `npm test`).
#
# Takes a snapshot of the working tree (tracked and new files, nothing ignored), and in it
#   - copies the three-way handshake lesson, both languages, under a new id and course order,
#     touching no other file;
#   - adds a page that is not a lesson with a stepper, a header explorer and a quiz
#     (tests/added-lesson/island-host.astro);
# builds it (without warnings) and runs tests/added-lesson/ against that build: every island of
# the copied lesson and of the page hydrates and works. The diagram cache is copied in, so the
# copied lesson's diagrams (the same as the original's) are not drawn again.
#   bash scripts/check-added-lesson.sh        (BASE_PATH and SITE_URL apply as usual)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source_id=three-way-handshake
added_id=handshake-again

work=$(mktemp -d "${TMPDIR:-/tmp}/hw-added-lesson.XXXXXX")
trap 'rm -rf "$work"' EXIT
tree="$work/tree"
mkdir -p "$tree/node_modules/.cache"

git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
  tar --null -T - -cf - | tar -xf - -C "$tree"
for entry in node_modules/* node_modules/.bin node_modules/.package-lock.json; do
  ln -s "$PWD/$entry" "$tree/node_modules/"
done
[ -d node_modules/.cache/hw-mermaid ] && cp -r node_modules/.cache/hw-mermaid "$tree/node_modules/.cache/"

for lang in en zh; do
  sed -E -e "1,/^---$/!b" -e "s/^id: .*/id: $added_id/" -e "s/^order: .*/order: 90/" \
    "content/lessons/$lang/$source_id.mdx" >"$tree/content/lessons/$lang/$added_id.mdx"
  grep -q "^id: $added_id$" "$tree/content/lessons/$lang/$added_id.mdx"
done
sed 's#../../src/#../#' tests/added-lesson/island-host.astro >"$tree/src/pages/island-host.astro"

echo "Building the tree with lesson \"$added_id\" added and a non-lesson page with islands…"
(cd "$tree" && bash scripts/build-quietly.sh dist)
mkdir -p test-results
cp "$tree"/test-results/build-*.log test-results/ 2>/dev/null || true

E2E_PORT=${ADDED_LESSON_PORT:-$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')}
DIST_DIR="$tree/dist" E2E_PORT=$E2E_PORT ADDED_LESSON_ID=$added_id \
  playwright test --config tests/added-lesson/playwright.config.ts
