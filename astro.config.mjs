// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { normaliseBase } from './src/i18n/locales.ts';
import { baseLinks } from './src/plugins/base-links.ts';
import { termLinks } from './src/plugins/term-links.ts';
import { lessonSections } from './src/plugins/lesson-sections.ts';
import { SITE_PAGES } from './src/lessons/site-pages.ts';
import { mermaidDiagrams } from './src/plugins/mermaid/mdast-plugin.ts';
import { createDiagramRenderer } from './src/plugins/mermaid/render.ts';
import { diagramFiles } from './src/plugins/mermaid/integration.ts';
import { islandDataFiles } from './src/plugins/island-data/integration.ts';
import { siteSearch } from './src/plugins/search/integration.ts';

// Local builds serve from `/`; the GitHub Pages workflow sets both for a project
// site: SITE_URL=https://OWNER.github.io BASE_PATH=/REPO/.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH || '/');
const diagramCache = fileURLToPath(new URL('./node_modules/.cache/hw-mermaid/', import.meta.url));
const islandDataCache = fileURLToPath(new URL('./node_modules/.cache/hw-island-data/', import.meta.url));

/**
 * Astro 7 marks content-collection MDX with a "use astro:head-inject"
 * directive that rolldown then warns about for every MDX entry
 * (withastro/astro#18087, open upstream). Drop exactly that warning.
 * @returns {import('vite').Plugin}
 */
function quietHeadInjectDirective() {
  return {
    name: 'hw-quiet-head-inject-directive',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return false;
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The site's stylesheet is inline in every page: the first paint needs no second request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    processor: satteri({
      mdastPlugins: [
        mermaidDiagrams({ base, render: createDiagramRenderer(diagramCache) }),
        baseLinks(base),
        // State names link to the states page from the build that first has it.
        termLinks({ base, statesPage: SITE_PAGES.some((page) => page.path === 'states') }),
        // Last: it groups the nodes the plugins above have made.
        lessonSections(),
      ],
    }),
  },
  integrations: [
    mdx(),
    preact(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
      filter: (page) => !/\/404\/?$/.test(page),
    }),
    diagramFiles({ cacheDir: diagramCache }),
    islandDataFiles({ cacheDir: islandDataCache }),
    // Last: Pagefind indexes the finished pages.
    siteSearch(),
  ],
  vite: {
    plugins: [quietHeadInjectDirective()],
    // Where the wrappers write the data their islands fetch (src/plugins/island-data/files.ts).
    define: { __ISLAND_DATA_DIR__: JSON.stringify(islandDataCache) },
    // The browser's chunks are the bundler's own split: measured against grouping by folder
    // (node_modules/ in one file, or the layers below islands/ in one), it gives the smallest
    // pages cold and warm (tests/e2e/budget.spec.ts). Measured since, and worse or no better:
    // each folder of src/ in one chunk (with or without splitting it by the pages that use it);
    // src/islands/quiz/ in one (1.3 KB off a lesson, but the lab then loads the quiz's code);
    // each npm package in one (0.4 KB off a lesson, 0.25 KB onto the exam and progress pages).
    resolve: {
      alias: {
        '@lesson': fileURLToPath(new URL('./src/components/lesson/index.ts', import.meta.url)),
      },
    },
  },
});
