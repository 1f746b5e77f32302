/**
 * The JavaScript budget in a real browser (issue 4, item 8): on every built page with islands, in
 * both languages, everything the browser fetches for its scripts after a learner has used the
 * page — scrolled through it slowly (every client:visible island hydrates), stepped the stepper
 * once and checked one quiz answer — weighs at most 35 KB (gzip level 9, each file compressed on
 * its own, as a server would send it). "For its scripts" means JavaScript files and the lesson's
 * message file (JSON the islands fetch): strings moved out of code still count.
 *
 * scripts/weight.ts counts the same from the build without a browser; this test is the ground
 * truth for what a page really loads, and checks the two agree.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from '@playwright/test';
import { quizStrings } from '../../src/i18n/sections/quiz.ts';
import { expect, test } from './fixtures.ts';
import { BASE, builtPages, DIST, type SitePage } from './site.ts';
import { JS_BUDGET_BYTES, measureBuiltPage } from '../../scripts/weight.ts';


const pagesWithIslands = builtPages().filter((page) =>
  readFileSync(join(DIST, page.route, 'index.html'), 'utf8').includes('<astro-island'),
);

/** Scrolls to the bottom a viewport at a time, letting each island that comes into view hydrate. */
async function scrollThrough(page: Page): Promise<void> {
  for (let y = 0; ; ) {
    const { height, inner } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, inner: innerHeight }));
    if (y >= height) break;
    y += inner / 2;
    await page.evaluate((top) => scrollTo({ top }), y);
    await page.waitForTimeout(60);
  }
}

/** One step of each stepper, and one checked answer of the quiz: what loads their messages. */
async function useIslands(page: Page, lang: SitePage['lang']): Promise<void> {
  for (const stepper of await page.locator('.stp.is-live').all()) {
    await stepper.locator('[data-action="forward"]').click();
  }
  const card = page.getByTestId('quiz-question').first();
  if ((await card.count()) === 0) return;
  await card.scrollIntoViewIfNeeded();
  const radio = card.locator('input[type=radio]').first();
  const checkbox = card.locator('input[type=checkbox]').first();
  if (await radio.count()) await radio.check();
  else if (await checkbox.count()) await checkbox.check();
  else await card.getByRole('textbox').fill('0');
  await card.getByRole('button', { name: quizStrings[lang]['quiz.check'], exact: true }).click();
  await expect(card.locator('.quiz-feedback')).toBeVisible();
}

for (const sitePage of pagesWithIslands) {
  test(`JS weight: ${sitePage.route} loads at most ${JS_BUDGET_BYTES / 1024} KB gzip of JavaScript in all`, async ({ page }) => {
    const scripts: Promise<{ url: string; gzip: number }>[] = [];
    page.on('response', (response: Response) => {
      const type = response.headers()['content-type'] ?? '';
      const isJs = response.request().resourceType() === 'script' || /javascript/.test(type);
      const isScriptData = response.request().resourceType() === 'fetch' && /\/lesson\.[\w.-]+\.json$/.test(new URL(response.url()).pathname);
      if (isJs || isScriptData) scripts.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body, { level: 9 }).byteLength })));
    });
    await page.goto(sitePage.url);
    await scrollThrough(page);
    // Each island swaps its static picture for the live one once it has hydrated.
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await useIslands(page, sitePage.lang);
    await page.waitForLoadState('networkidle');

    const files = [...new Map((await Promise.all(scripts)).map((file) => [file.url, file])).values()].sort((a, b) => b.gzip - a.gzip);
    const total = files.reduce((sum, file) => sum + file.gzip, 0);
    console.log(
      [`${sitePage.route}: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} files`, ...files.map((f) => `  ${(f.gzip / 1024).toFixed(2).padStart(6)}  ${new URL(f.url).pathname.split('/').pop()}`)].join('\n'),
    );
    expect(files.length).toBeGreaterThan(0);
    expect(total, files.map((f) => `${f.url} ${f.gzip}`).join('\n')).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    // The build-time count (scripts/weight.ts) saw the same files: nothing loads that it misses.
    const built = measureBuiltPage(DIST, `${sitePage.route}index.html`, BASE);
    const fetched = files.map((f) => new URL(f.url).pathname.split('/').pop()).sort();
    expect(fetched).toEqual(built.jsFiles.map((p) => p.split('/').pop()).sort());
  });
}
