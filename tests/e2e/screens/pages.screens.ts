/**
 * Screenshot baselines of every page, in both languages, light and dark, phone and desktop width.
 * They are a reviewer's tool rather than a gate: a platform change should leave them as they are,
 * and a change that means to alter what a learner sees updates them on purpose and says why
 * (`npm run test:screens -- --update-snapshots`). Not part of `npm test`: every lesson edit
 * legitimately moves pixels, and a gate that always needs updating checks nothing.
 *
 * Islands are shown as a learner meets them: the page is scrolled to the end first, so every
 * island has hydrated, then the full page is taken from the top. The exam is taken with a shared
 * seed: without one, each visit draws its own fifteen questions.
 */
import { expect, test } from '@playwright/test';
import { layOutDeferredSections } from '../deferred.ts';
import { built404Pages, builtPages, urlOf } from '../site.ts';

const THEMES = ['light', 'dark'] as const;
const WIDTHS = { phone: { width: 360, height: 740 }, desktop: { width: 1440, height: 900 } } as const;

const pages = [...builtPages(), ...built404Pages().map((route) => ({ route, url: urlOf(route) }))].map((page) =>
  /(^|\/)exam\/$/.test(page.route) ? { ...page, url: `${page.url}?seed=k3` } : page,
);

for (const { route, url } of pages) {
  for (const theme of THEMES) {
    for (const [device, viewport] of Object.entries(WIDTHS)) {
      const name = `${route.replace(/\/$|\.html$/, '').replaceAll('/', '-') || 'home'}-${theme}-${device}.png`;
      test(`${route || '(home)'} ${theme} ${device}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.addInitScript((choice) => localStorage.setItem('hw:theme', choice), theme);
        await page.goto(url, { waitUntil: 'networkidle' });
        // Scroll in viewport steps so every island nears the viewport and hydrates.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y < height; y += viewport.height) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(30);
        }
        await page.waitForLoadState('networkidle');
        // A full-page capture draws beyond the viewport without bringing what is there near it.
        await layOutDeferredSections(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect(page).toHaveScreenshot(name, { fullPage: true, animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.002 });
      });
    }
  }
}
