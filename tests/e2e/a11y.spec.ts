/**
 * axe-core finds no WCAG 2.x A/AA violations on any page, 404 pages included, in the light and
 * the dark theme, at a desktop and at a phone width.
 */
import { expect, test } from './fixtures.ts';
import { axeViolations as violations } from './axe.ts';
import { built404Pages, builtPages, urlOf } from './site.ts';

const pages = [
  ...builtPages().map(({ route, url }) => ({ name: `/${route}`, url })),
  ...built404Pages().map((route) => ({ name: `/${route}`, url: urlOf(route) })),
];

for (const { name, url } of pages) {
  // One load serves both themes: the page follows the system's colour scheme while no theme is
  // chosen (theme.spec.ts checks that it does), so switching the emulated scheme re-themes it.
  test(`${name}: no axe violations in the light and the dark theme, at a desktop and a phone width`, async ({ page }) => {
    // Four runs of axe, each several seconds on a long lesson at a shared 2-core machine: the time
    // of the two tests this one was (one per theme), not of one.
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: 'light' });
    expect((await page.goto(url))?.status()).toBe(200);
    for (const theme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await violations(page), `${theme} theme`).toEqual([]);

      await page.setViewportSize({ width: 360, height: 800 });
      expect(await violations(page), `${theme} theme, at 360 px`).toEqual([]);
    }
  });
}
