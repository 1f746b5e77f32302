/**
 * The base-path crawl. Starting from both home pages (and the 404 page as
 * served for a deep missing path), it follows every <a href>, <link href>, <img src/srcset>,
 * <script src>, island module, url(...) in inline and linked CSS, and sitemap <loc> — all
 * under the base path the site was built for — and requires each to answer 200 with no
 * redirect, every #fragment to exist on its page (or be the `#step=N` of a page with a stepper),
 * and every built page to be reachable.
 * Absolute URLs on the production origin (canonical, hreflang, sitemap) are checked against
 * the local server; other origins are listed but not fetched (the tests run offline).
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { parseStepHash } from '../../src/stores/stepper-hash.ts';
import { expect, test } from './fixtures.ts';
import { BASE, SERVER_ORIGIN, SITE_ORIGIN, builtPages, urlOf } from './site.ts';

const NOT_FETCHED = /^(mailto|tel|javascript|data|blob):/i;

/** Every URL a rendered page refers to, resolved against the page (fragments kept). */
function collectReferences(): string[] {
  const urls: string[] = [];
  const add = (value: string | null | undefined, against = document.baseURI) => {
    if (value && value.trim()) urls.push(new URL(value.trim(), against).href);
  };
  const cssUrls = (css: string, against: string) => {
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) if (!match[2]!.startsWith('#')) add(match[2], against);
  };
  const srcset = (value: string | null) => {
    for (const candidate of (value ?? '').split(',')) add(candidate.trim().split(/\s+/)[0]);
  };
  for (const element of document.querySelectorAll('[href]')) add(element.getAttribute('href'));
  for (const element of document.querySelectorAll('[src]')) add(element.getAttribute('src'));
  for (const element of document.querySelectorAll('[srcset]')) srcset(element.getAttribute('srcset'));
  for (const element of document.querySelectorAll('[poster]')) add(element.getAttribute('poster'));
  for (const element of document.querySelectorAll('object[data]')) add(element.getAttribute('data'));
  for (const element of document.querySelectorAll('[*|href]:not([href])')) add(element.getAttributeNS('http://www.w3.org/1999/xlink', 'href'));
  for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
    for (const island of document.querySelectorAll(`astro-island[${name}]`)) add(island.getAttribute(name));
  }
  for (const element of document.querySelectorAll('[style]')) cssUrls(element.getAttribute('style') ?? '', document.baseURI);
  for (const style of document.querySelectorAll('style')) cssUrls(style.textContent ?? '', document.baseURI);
  return urls;
}

interface Visit {
  url: string;
  from: string;
  expectedStatus: number;
}

class Crawl {
  readonly statuses = new Map<string, number>();
  readonly broken: string[] = [];
  readonly external = new Set<string>();
  readonly htmlPages = new Set<string>();
  private readonly idsByPage = new Map<string, Set<string>>();
  /** Pages with a connection stepper, whose `#step=N` fragment is its state, not an element id. */
  private readonly stepperPages = new Set<string>();
  private readonly fragments: { page: string; id: string; from: string }[] = [];
  private readonly queue: Visit[] = [];
  private readonly page: Page;
  private readonly request: APIRequestContext;

  constructor(page: Page, request: APIRequestContext) {
    this.page = page;
    this.request = request;
  }

  /** The URL on the local server, or undefined when it points at another site. */
  private localUrl(url: string): string | undefined {
    const parsed = new URL(url);
    if (parsed.origin === SITE_ORIGIN && SITE_ORIGIN !== SERVER_ORIGIN) return `${SERVER_ORIGIN}${parsed.pathname}${parsed.search}${parsed.hash}`;
    return parsed.origin === SERVER_ORIGIN ? parsed.href : undefined;
  }

  enqueue(url: string, from: string, expectedStatus = 200): void {
    if (NOT_FETCHED.test(url)) return;
    const local = this.localUrl(url);
    if (!local) {
      this.external.add(url);
      return;
    }
    const target = new URL(local);
    const id = decodeURIComponent(target.hash.slice(1));
    target.hash = '';
    if (id) this.fragments.push({ page: target.href, id, from });
    this.queue.push({ url: target.href, from, expectedStatus });
  }

  async run(): Promise<void> {
    for (let visit = this.queue.shift(); visit; visit = this.queue.shift()) {
      if (this.statuses.has(visit.url)) continue;
      await this.fetch(visit);
    }
    for (const { page, id, from } of this.fragments) {
      const ids = this.idsByPage.get(page);
      if (this.stepperPages.has(page) && parseStepHash(id).step !== null) continue;
      if (ids && !ids.has(id)) this.broken.push(`#${id} does not exist on ${page} (linked from ${from})`);
    }
  }

  private async fetch({ url, from, expectedStatus }: Visit): Promise<void> {
    const response = await this.request.get(url, { maxRedirects: 0 });
    const status = response.status();
    this.statuses.set(url, status);
    if (status !== expectedStatus) {
      const location = response.headers()['location'];
      this.broken.push(`${status}${location ? ` → ${location}` : ''}: ${url} (linked from ${from})`);
      return;
    }
    if (!new URL(url).pathname.startsWith(BASE)) this.broken.push(`outside the base path ${BASE}: ${url} (linked from ${from})`);
    const type = response.headers()['content-type'] ?? '';
    if (type.startsWith('text/html')) await this.visitPage(url, expectedStatus);
    else if (type.startsWith('text/css')) this.followCss(await response.text(), url);
    else if (/xml/.test(type)) {
      for (const [, loc] of (await response.text()).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) this.enqueue(loc!, url);
    }
  }

  private async visitPage(url: string, expectedStatus: number): Promise<void> {
    if (expectedStatus === 200) this.htmlPages.add(url);
    await this.page.goto(url);
    const ids = await this.page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
    this.idsByPage.set(url, new Set(ids));
    if ((await this.page.locator('astro-island[component-url*="ConnectionStepper"]').count()) > 0) this.stepperPages.add(url);
    for (const reference of await this.page.evaluate(collectReferences)) this.enqueue(reference, url);
  }

  private followCss(css: string, url: string): void {
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
      const reference = match[2] ?? match[4];
      if (reference && !reference.startsWith('#') && !NOT_FETCHED.test(reference)) this.enqueue(new URL(reference, url).href, url);
    }
  }
}

const missingPage = urlOf('lessons/no-such-lesson/deeper/');

test.describe('base-path crawl', () => {
  test.use({ allowedErrorUrls: [missingPage] });

  test('every link and asset reachable from both home pages answers 200 under the base path', async ({ page, request }) => {
    test.setTimeout(120_000);
    const crawl = new Crawl(page, request);
    crawl.enqueue(urlOf(''), 'start');
    crawl.enqueue(urlOf('zh/'), 'start');
    crawl.enqueue(missingPage, 'start (the 404 page served at a deep path)', 404);
    await crawl.run();

    console.log(
      `crawl: ${crawl.statuses.size} URLs checked (${crawl.htmlPages.size} pages), ${crawl.broken.length} broken, ` +
        `${crawl.external.size} on other sites not fetched${crawl.external.size ? `: ${[...crawl.external].join(', ')}` : ''}`,
    );
    expect(crawl.broken, 'broken links and assets').toEqual([]);
    const unreachable = builtPages().map(({ url }) => url).filter((url) => !crawl.htmlPages.has(url));
    expect(unreachable, 'built pages no link leads to').toEqual([]);
  });

  test('the sitemap lists exactly the built pages, at their production URLs', async ({ request }) => {
    const locs = async (url: string): Promise<string[]> => {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      return [...(await response.text()).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1]!);
    };
    const production = (url: string) => new URL(new URL(url).pathname, SITE_ORIGIN).href;
    const sitemaps = await locs(urlOf('sitemap-index.xml'));
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = (await Promise.all(sitemaps.map((sitemap) => locs(`${SERVER_ORIGIN}${new URL(sitemap).pathname}`)))).flat();
    expect(listed.sort()).toEqual(builtPages().map(({ url }) => production(url)).sort());
  });
});
