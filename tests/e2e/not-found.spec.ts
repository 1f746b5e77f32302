/**
 * A missing page — an unknown lesson slug, a missing slug, a typo anywhere under the base —
 * gets the 404 page with status 404 (GitHub Pages serves the base's 404.html), in the language
 * of the path asked for, with every asset loading from wherever it is served.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { DIST, HTML_LANG, homeRoute, langOf, urlOf } from './site.ts';

const missingRoutes = [
  'lessons/no-such-lesson/',
  'zh/lessons/no-such-lesson/',
  'lessons/',
  'zh/lessons/',
  'no/such/page.html',
].filter((route) => !existsSync(join(DIST, route, route.endsWith('/') ? 'index.html' : '')));

for (const route of missingRoutes) {
  const url = urlOf(route);
  const lang = langOf(route);

  test.describe(`/${route}`, () => {
    test.use({ allowedErrorUrls: [url] });

    test('gets the 404 page, in the language of the path, linking home', async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      const heading = page.locator('h1:visible');
      await expect(heading).toHaveCount(1);
      expect(await heading.evaluate((h1) => h1.closest('[lang]')?.getAttribute('lang'))).toBe(HTML_LANG[lang]);
      const homeLinks = page.locator('main a:visible');
      await expect(homeLinks.first()).toBeVisible();
      const targets = await homeLinks.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(targets).toContain(new URL(urlOf(homeRoute(lang))).pathname);
      await expect(page.getByTestId('home-link')).toHaveAttribute('href', new URL(urlOf(homeRoute(lang))).pathname);
    });

    test('without JavaScript the 404 page is still readable', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        expect((await page.goto(url))?.status()).toBe(404);
        await expect(page.locator('h1:visible').first()).toBeVisible();
        const text = await page.locator('main').innerText();
        expect(text).toMatch(lang === 'zh' ? /[\u4e00-\u9fff]/ : /[A-Za-z]{3}/);
      } finally {
        await context.close();
      }
    });
  });
}
