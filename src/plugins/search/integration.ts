/**
 * Site search with Pagefind, in two parts:
 *   - the search dialog's script (src/islands/search/search-dialog.ts) is built by the site's own
 *     client build, under a fixed name, so every page can load it from one known URL when the
 *     learner opens search, and not before (./module.ts);
 *   - after the build, Pagefind indexes the built pages into `pagefind/` (the index and its
 *     browser script, pagefind.js). Only each page's `data-pagefind-body` (its <main>) is read,
 *     and each language gets its own index, from <html lang>.
 * Any error Pagefind reports fails the build: a site without its index would still build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createIndex } from 'pagefind';
import type { Plugin } from 'vite';
import { PAGEFIND_BUNDLE, SEARCH_MODULE, SEARCH_SOURCE } from './module.ts';

const sourceFile = fileURLToPath(new URL(`../../../${SEARCH_SOURCE}`, import.meta.url));

/**
 * Adds the dialog's script to the client build as a chunk of its own under a fixed name (the
 * client build's entries are the islands Astro finds; this script is not one). Its name carries no
 * content hash, like pagefind.js beside it: the pages, rendered after the client build, cannot learn
 * a hash from it.
 */
function searchModuleChunk(): Plugin {
  return {
    name: 'hw-search-module',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      this.emitFile({ type: 'chunk', id: sourceFile, fileName: SEARCH_MODULE });
    },
  };
}

/**
 * Pagefind writes the languages of pagefind-entry.json in no fixed order (two runs on the same
 * pages differ there and nowhere else); sorting them keeps the build byte-for-byte reproducible.
 */
async function sortEntryLanguages(bundleDir: string): Promise<void> {
  const file = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(file, 'utf8')) as { languages: Record<string, unknown> };
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => a.localeCompare(b)));
  await writeFile(file, JSON.stringify(entry));
}

export function siteSearch(): AstroIntegration {
  return {
    name: 'hw-site-search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [searchModuleChunk()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: readonly string[]): never => {
          throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
        };
        const { index, errors } = await createIndex();
        if (!index) return fail('start', errors);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) fail('index the site', added.errors);
        const bundle = join(site, PAGEFIND_BUNDLE);
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0) fail('write its files', written.errors);
        await sortEntryLanguages(bundle);
        logger.info(`Pagefind indexed ${added.page_count} pages into ${PAGEFIND_BUNDLE}`);
      },
    },
  };
}
