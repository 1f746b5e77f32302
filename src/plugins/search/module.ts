/**
 * Where the search dialog's script is, for the pages that load it (src/components/Search.astro)
 * and the build that writes it (./integration.ts). No Node imports: pages import this.
 */

/** Its source, which `astro dev` serves as it is. */
export const SEARCH_SOURCE = 'src/islands/search/search-dialog.ts';
/** Where the build writes it, below the base path. */
export const SEARCH_MODULE = 'search-dialog.js';
/** Pagefind's bundle (pagefind.js and the index), below the base path. */
export const PAGEFIND_BUNDLE = 'pagefind/';
