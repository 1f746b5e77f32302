/**
 * Where the search dialog's script is, for the pages that load it (src/components/Search.astro)
 * and the build that writes it (./integration.ts), and what pages give Pagefind beyond their text.
 * No Node imports: pages import this.
 */

/** Its source, which `astro dev` serves as it is. */
export const SEARCH_SOURCE = 'src/islands/search/search-dialog.ts';
/** Where the build writes it, below the base path. */
export const SEARCH_MODULE = 'search-dialog.js';
/** Pagefind's bundle (pagefind.js and the index), below the base path. */
export const PAGEFIND_BUNDLE = 'pagefind/';

/** Whether Pagefind splits text of this language (BCP 47) into words: Chinese, Japanese, Thai. */
export function segmentsWords(lang: string): boolean {
  return ['zh', 'ja', 'th'].includes(lang.split('-')[0]!.toLowerCase());
}

/**
 * Text for a metadata field, which Pagefind splits into words only at whitespace: in a language it
 * segments, the words separated by spaces, split as its browser script splits a query
 * (Intl.Segmenter), so that each word of a query can match; in any other language, the text itself.
 */
export function metaWords(lang: string, text: string): string {
  if (!segmentsWords(lang)) return text;
  return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment)
    .join(' ');
}
