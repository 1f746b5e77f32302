/**
 * Every page, 404 pages included, loaded once at a phone width under a dark system theme:
 *   - its theme is set before <body> is parsed and follows the system, its diagrams too (the
 *     toggle, the stored choice and reloads: theme.spec.ts, on one page of each kind);
 *   - a built page fits the 360 px screen it was loaded at (pages.spec.ts checks 1440 px);
 *   - axe-core finds no WCAG 2.x A/AA violations in the dark and the light theme, at 360 px and
 *     at a 1280 px desktop.
 * One load serves all of it: the page follows the system's colour scheme while no theme is
 * chosen, so switching the emulated scheme re-themes it, and a resize re-lays it out. Loaded at
 * phone width, not resized to it: what a page lays out as it loads is what a phone shows.
 */
import { expect, test } from './fixtures.ts';
import { axeViolations as violations } from './axe.ts';
import { expectTheme, fitsTheScreen, probeThemeAtBody, themeAtBody } from './page-checks.ts';
import { built404Pages, builtPages, urlOf } from './site.ts';

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 720 };

const pages = [
  ...builtPages().map(({ route, url }) => ({ name: `/${route}`, url, builtPage: true })),
  // The 404 pages as files (GitHub Pages serves them for any missing path): no outline to open.
  ...built404Pages().map((route) => ({ name: `/${route}`, url: urlOf(route), builtPage: false })),
];

for (const { name, url, builtPage } of pages) {
  test(`${name}: theme set before <body> and following the system, ${builtPage ? 'fits 360 px, ' : ''}no axe violations in either theme at 360 and 1280 px`, async ({ page }) => {
    // Four runs of axe, each several seconds on a long lesson at a shared 2-core machine.
    test.setTimeout(60_000);
    await probeThemeAtBody(page, url);
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await page.goto(url))?.status()).toBe(200);

    await test.step('the theme is set before <body> is parsed, and the diagrams follow it', async () => {
      expect(await themeAtBody(page)).toBe('dark');
      await expectTheme(page, 'dark');
    });
    if (builtPage) await test.step('fits a 360 px wide screen without horizontal scrolling', () => fitsTheScreen(page));

    expect(await violations(page), 'dark theme, at 360 px').toEqual([]);
    await page.setViewportSize(DESKTOP);
    expect(await violations(page), 'dark theme, at 1280 px').toEqual([]);

    await page.emulateMedia({ colorScheme: 'light' });
    await test.step('the theme follows the system, and the diagrams follow it', () => expectTheme(page, 'light'));
    expect(await violations(page), 'light theme, at 1280 px').toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await violations(page), 'light theme, at 360 px').toEqual([]);
  });
}
