/**
 * The build's half of src/islands/page-texts.ts: what the text blocks written so far on a page
 * carry (keyed by the page's request, as stepper ids are), so that each island's block brings
 * only what is new to the page.
 */
import type { PageTexts } from '../../islands/page-texts.ts';

const written = new WeakMap<object, Map<string, Map<string, string>>>();

/** The entries of `texts` that no block on this page has carried yet; records them as carried. */
export function textsNewToPage(page: object, texts: PageTexts): PageTexts {
  const groups = written.get(page) ?? new Map<string, Map<string, string>>();
  written.set(page, groups);
  const fresh: Record<string, Record<string, string>> = {};
  for (const [group, entries] of Object.entries(texts)) {
    const seen = groups.get(group) ?? new Map<string, string>();
    groups.set(group, seen);
    for (const [key, text] of Object.entries(entries)) {
      const before = seen.get(key);
      // Islands read the merged blocks: one key must mean one text on a page.
      if (before !== undefined && before !== text) throw new Error(`two islands on one page give "${group}.${key}" different texts`);
      if (before === undefined) (fresh[group] ??= {})[key] = text;
      seen.set(key, text);
    }
  }
  return fresh;
}
