/**
 * The search index as the build writes it (src/plugins/search/integration.ts, the real Pagefind),
 * over a small site made here: only <main data-pagefind-body> is indexed, each language searches
 * its own pages, Chinese words are found inside running text, and two runs, in two directories,
 * write the same bytes. The e2e search spec does the same against the real site in Chromium.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteSearch } from '../../src/plugins/search/integration.ts';
import { metaWords } from '../../src/plugins/search/module.ts';

const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>` +
  `<header>Sitewide banner</header><nav>Outline of every lesson</nav>` +
  `<main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

const SITE: Record<string, string> = {
  'index.html': page('en', 'Course map', 'Lessons about TCP connections.'),
  'lessons/open/index.html': page('en', 'The three-way handshake', 'A handshake of three segments opens a connection.'),
  'lessons/close/index.html': page('en', 'Closing', 'Each side sends a FIN; the first to close waits in TIME_WAIT.'),
  'zh/index.html': page('zh-CN', '课程地图', '关于 TCP 连接的课程。'),
  'zh/lessons/open/index.html': page('zh-CN', '建立连接', '客户端和服务器用三个报文段完成握手，然后开始传输数据。'),
  'zh/lessons/close/index.html': page('zh-CN', '关闭连接', '双方各自发送 FIN，先关闭的一方进入 TIME_WAIT。'),
  '404.html': '<!doctype html><html lang="en"><body><main><h1>Not found</h1><p>handshake</p></main></body></html>',
};

const logger = { info: () => {}, warn: () => {}, error: () => {} };

async function buildSite(root: string): Promise<void> {
  for (const [path, html] of Object.entries(SITE)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), html);
  }
  const hook = siteSearch().hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: typeof logger }) => Promise<void>;
  await hook({ dir: pathToFileURL(`${root}/`), logger });
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return new Map(await Promise.all(names.map(async (e) => [join(e.parentPath, e.name).slice(dir.length), await readFile(join(e.parentPath, e.name))] as const)));
}

interface SearchInstance {
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** Pagefind's own browser script, run in Node: fetch reads the bundle's files, <html lang> is `lang`. */
async function searchIn(bundle: string, lang: string, term: string): Promise<string[]> {
  const globals = globalThis as unknown as { document?: unknown; fetch: typeof fetch };
  const realFetch = globals.fetch;
  globals.document = { querySelector: () => ({ getAttribute: () => lang }), currentScript: null };
  globals.fetch = (async (url: string | URL) => new Response(await readFile(new URL(url, pathToFileURL(`${bundle}/`))))) as typeof fetch;
  try {
    const pagefind = (await import(/* @vite-ignore */ `${pathToFileURL(join(bundle, 'pagefind.js')).href}?${lang}`)) as {
      createInstance(options: object): SearchInstance;
    };
    const instance = pagefind.createInstance({ basePath: pathToFileURL(`${bundle}/`).href, noWorker: true });
    const { results } = await instance.search(term);
    return Promise.all(results.map(async (result) => (await result.data()).url.replace(/^.*?(?=\/(zh\/)?(lessons\/|$))/, '')));
  } finally {
    globals.fetch = realFetch;
    delete globals.document;
  }
}

describe('the search index', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'hw-search-index-'));
    await buildSite(join(work, 'one'));
    await buildSite(join(work, 'elsewhere', 'two'));
  }, 60_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('is the same, byte for byte, from two runs in two directories', async () => {
    const one = await filesOf(join(work, 'one', 'pagefind'));
    const two = await filesOf(join(work, 'elsewhere', 'two', 'pagefind'));
    expect([...one.keys()].sort()).toEqual([...two.keys()].sort());
    for (const [name, bytes] of one) expect(bytes.equals(two.get(name)!), name).toBe(true);
  });

  it('has one index per language, of the pages with a data-pagefind-body', async () => {
    const entry = JSON.parse(await readFile(join(work, 'one', 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en', 'zh-cn']);
    expect(entry.languages.en!.page_count).toBe(3);
    expect(entry.languages['zh-cn']!.page_count).toBe(3);
  });

  it.each([
    { lang: 'en', term: 'handshake', found: ['/lessons/open/'] },
    { lang: 'en', term: 'TIME_WAIT', found: ['/lessons/close/'] },
    { lang: 'zh-CN', term: '握手', found: ['/zh/lessons/open/'] },
    { lang: 'zh-CN', term: '报文段', found: ['/zh/lessons/open/'] },
    { lang: 'zh-CN', term: 'TIME_WAIT', found: ['/zh/lessons/close/'] },
    { lang: 'en', term: 'banner', found: [] },
    { lang: 'zh-CN', term: 'outline', found: [] },
  ])('searched in $lang, “$term” finds $found', async ({ lang, term, found }) => {
    expect(await searchIn(join(work, 'one', 'pagefind'), lang, term)).toEqual(found);
  });
});

describe('metadata words', () => {
  // Pagefind splits a metadata field only at whitespace; a Chinese title must come in words.
  it.each([
    { lang: 'zh-CN', text: '三次握手', words: '三次 握手' },
    { lang: 'zh-CN', text: '三次握手，四次挥手', words: '三次 握手 四次 挥手' },
    { lang: 'zh-CN', text: 'TIME_WAIT 与 2MSL', words: 'TIME_WAIT 与 2MSL' },
    { lang: 'en', text: 'The three-way handshake', words: 'The three-way handshake' },
  ])('in $lang, “$text” is “$words”', ({ lang, text, words }) => {
    expect(metaWords(lang, text)).toBe(words);
  });
});
