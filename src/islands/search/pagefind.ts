/**
 * The part of Pagefind's browser API (pagefind.js, written by the build into `pagefind/`) that the
 * search dialog uses. The script is loaded from the built site at run time, not bundled, so its
 * types are declared here, after Pagefind's documented search API.
 */

/** One page that matched, once its fragment is loaded. */
export interface PagefindPage {
  url: string;
  /** Text around the matches, HTML-escaped by Pagefind, the matches in <mark>. */
  excerpt: string;
  meta: { title?: string };
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindPage>;
}

/** Pagefind's ranking parameters; `metaWeights` scales what a match in a metadata field adds. */
export interface PagefindRanking {
  metaWeights?: Record<string, number>;
}

export interface Pagefind {
  options(options: { noWorker?: boolean; excerptLength?: number; ranking?: PagefindRanking }): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a later call has superseded this one. */
  debouncedSearch(term: string, options?: object, debounceMs?: number): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * The page's title as words, on a page in a language Pagefind splits into words (Chinese here).
 * Pagefind splits such a page's text into words, but a metadata field only at whitespace: the
 * title 三次握手 is one word there, and a search for 握手 would get none of the title's boost.
 */
export const TITLE_WORDS = 'title_words';

/** On a lesson: the names of the glossary terms it teaches (src/lessons/glossary.ts). */
export const TAUGHT_TERMS = 'terms';

/**
 * What a match in each metadata field adds to a page's score (the title's own weight is Pagefind's
 * default, 5). The title's words weigh what the title does. A term the lesson teaches weighs as
 * much: among the pages that name it, the lesson that teaches it comes first. The alt text of the
 * page's first image (Pagefind's automatic `image_alt`, here the first diagram's description)
 * adds nothing: it describes one figure, not the page, and the dialog shows no image.
 */
const META_WEIGHTS: Record<string, number> = { [TITLE_WORDS]: 5, [TAUGHT_TERMS]: 5, image_alt: 0 };

/**
 * Loads pagefind.js from the bundle at `bundleUrl` and starts it on the main thread. Its web
 * worker would be a second script as large again; a course this size searches in milliseconds
 * without one. Pagefind picks the index of the page's language from <html lang>.
 */
export async function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
  await pagefind.options({ noWorker: true, excerptLength: 24, ranking: { metaWeights: META_WEIGHTS } });
  await pagefind.init();
  return pagefind;
}
