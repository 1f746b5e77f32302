/**
 * Texts that several islands of one page show (the steppers' strings and linked views, the reason
 * templates of steppers and quiz alike), written into the page once instead of into each island's
 * props: a long lesson's islands are too far apart in its HTML for gzip to find the repeats. The
 * build (src/components/lesson/PageTexts.astro) writes, before each island, a
 * `<script type="application/json" data-page-texts>` with what no island before it on the page
 * has brought; an island reads them all, and waits for the document to be parsed first, so it
 * never depends on the order the build rendered the islands in.
 */
import { useEffect, useState } from 'preact/hooks';

/** Named groups of texts, each a dictionary: 'reasons' → reason key → template, and so on. */
export type PageTexts = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Every text block of the page, merged group by group. */
function readPageTexts(): PageTexts {
  const merged: Record<string, Record<string, string>> = {};
  for (const block of document.querySelectorAll('script[data-page-texts]')) {
    for (const [group, entries] of Object.entries(JSON.parse(block.textContent!) as PageTexts)) Object.assign((merged[group] ??= {}), entries);
  }
  return merged;
}

/**
 * The page's texts, undefined until the page is parsed (the island shows its static picture
 * meanwhile). Islands are never unmounted, so the listener needs no removing.
 */
export function usePageTexts(): PageTexts | undefined {
  const [texts, setTexts] = useState<PageTexts>();
  useEffect(() => {
    const read = () => setTexts(readPageTexts());
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', read, { once: true });
    else read();
  }, []);
  return texts;
}
