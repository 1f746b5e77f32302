/**
 * Parity checks between languages, used by tests/unit/i18n.test.ts: every
 * interface string and every lesson must exist in both English and Chinese.
 */

/** Items of `a` that are not in `b`, sorted. */
export function onlyIn(a: Iterable<string>, b: Iterable<string>): string[] {
  const other = new Set(b);
  return [...new Set(a)].filter((item) => !other.has(item)).sort();
}

/** The `id:` of a lesson file's YAML front matter, or undefined when there is none. */
export function frontMatterId(source: string): string | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  const raw = frontMatter && /^id:[ \t]*(.+?)[ \t]*$/m.exec(frontMatter)?.[1];
  return raw ? raw.replace(/^(['"])(.*)\1$/, '$2') : undefined;
}
