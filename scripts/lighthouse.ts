/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G network, the CPU
 * slowed 4 ×) of every page of a build, served as GitHub Pages serves it (gzip, a cache
 * lifetime): each page is audited `--runs` times and each category's score is the median of
 * those runs. The budget is 100 in performance, accessibility, best practices and SEO on every
 * page. It exits 1 when a median is lower, and writes every run's scores and the metrics behind
 * the performance score to test-results/lighthouse.json.
 *
 *   node scripts/lighthouse.ts [--dir dist] [--base /handshake-and-wave/] [--runs 3] [route ...]
 *
 * Routes are paths below the base ('', 'lessons/tcp-header/', '404.html'); none means every
 * page. One page at a time, in one Chromium: Lighthouse times the page, so nothing else should
 * run beside it (about 10 s a run here).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../src/plugins/chromium.ts';
import { createSiteServer, normalizeBase, pageRoutesOf } from './serve.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

/**
 * Audits a page is excused from, each with why. The 404 page asks search engines not to index
 * it, which is what a missing page should say; Lighthouse's SEO category counts that against it.
 */
const EXCUSED: Record<string, { category: Category; why: string }> = {
  '404.html': { category: 'seo', why: 'noindex on purpose: a missing page should not be indexed' },
};

interface Run {
  scores: Record<Category, number>;
  metrics: Record<string, number>;
}

/** Every page of the build: each directory's index.html, and the 404 pages. */
const pagesOf = (dir: string): string[] => [...pageRoutesOf(dir), ...['404.html', 'zh/404.html'].filter((file) => existsSync(join(dir, file)))];

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      runs: { type: 'string', default: '3' },
    },
  });
  const base = normalizeBase(values.base);
  const runs = Number(values.runs);
  const routes = positionals.length > 0 ? positionals : pagesOf(values.dir);
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: run scripts/ensure-browser.sh first.');

  const server = createSiteServer(values.dir, base, { pagesHeaders: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag)) });

  const results: Record<string, Run[]> = {};
  let failures = 0;
  console.log(`Lighthouse (mobile), median of ${runs} run(s): ${CATEGORIES.join(', ')}; then TBT, CLS, LCP of the median performance run`);
  try {
    for (const route of routes) {
      const url = `${origin}${base}${route}`;
      const pageRuns: Run[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
        const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? Number.NaN]));
        pageRuns.push({ scores, metrics });
      }
      results[route] = pageRuns;
      const medians = CATEGORIES.map((c) => median(pageRuns.map((r) => r.scores[c])));
      const excused = EXCUSED[route];
      const missed = CATEGORIES.filter((c, i) => medians[i]! < 100 && excused?.category !== c);
      failures += missed.length;
      const middle = [...pageRuns].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(pageRuns.length / 2)]!;
      const m = middle.metrics;
      const row = [
        `/${route}`.padEnd(36),
        ...medians.map((score) => String(score).padStart(4)),
        `TBT ${Math.round(m['total-blocking-time']!)} ms`.padStart(12),
        `CLS ${m['cumulative-layout-shift']!.toFixed(3)}`.padStart(10),
        `LCP ${(m['largest-contentful-paint']! / 1000).toFixed(1)} s`.padStart(10),
      ].join(' ');
      console.log(`${row}${missed.length ? `  ✗ ${missed.join(', ')}` : ''}${excused ? `  (${excused.category} excused: ${excused.why})` : ''}`);
    }
  } finally {
    chrome.kill();
    server.close();
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync(join('test-results', 'lighthouse.json'), `${JSON.stringify({ runs, results }, null, 1)}\n`);
  console.log(failures ? `✗ ${failures} median score(s) under 100.` : `✓ Every median score is 100 (${routes.length} pages).`);
  return failures ? 1 : 0;
}

process.exitCode = await main();
