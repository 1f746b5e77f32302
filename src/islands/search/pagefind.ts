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

export interface Pagefind {
  options(options: { noWorker?: boolean; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a later call has superseded this one. */
  debouncedSearch(term: string, options?: object, debounceMs?: number): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Loads pagefind.js from the bundle at `bundleUrl` and starts it on the main thread. Its web
 * worker would be a second script as large again; a course this size searches in milliseconds
 * without one. Pagefind picks the index of the page's language from <html lang>.
 */
export async function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
  await pagefind.options({ noWorker: true, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}
