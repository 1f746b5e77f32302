/**
 * The theme: follows the system, cycles auto → light → dark → auto from the toggle, applies to
 * the page and its diagrams, is remembered across reloads and pages, and is on <html> before
 * the page's content is even parsed (so nothing can be painted in the wrong theme).
 *
 * That every page's theme is set before <body> is parsed, follows the system and takes its
 * diagrams along is checked on the load a11y.spec.ts makes of each page. The whole cycle (the
 * toggle, reloads, the other language, a stored choice against the system) is one inline script
 * and one toggle in the layout every page shares, so it runs here on one page of each kind (the
 * home page, a lesson, the lab, a lab level, the states page…) in both languages, not six loads
 * on each of the site's pages.
 */
import { expect, test } from './fixtures.ts';
import { expectTheme, probeThemeAtBody, themeAtBody, type Theme } from './page-checks.ts';
import { builtPages, counterpartRoute, urlOf, type SitePage } from './site.ts';

const THEME_KEY = 'hw:theme';

/** A page's kind: its path without the language, lessons and lab levels each one kind. */
const kindOf = ({ route }: SitePage): string => route.replace(/^zh\//, '').replace(/^(lessons|lab)\/[^/]+\/$/, '$1/*');

const pages = builtPages();
/** The first page of each kind, in each language. */
const cyclePages = pages.filter((sitePage, i, all) => all.findIndex((other) => other.lang === sitePage.lang && kindOf(other) === kindOf(sitePage)) === i);

for (const sitePage of cyclePages) {
  test.describe(`/${sitePage.route}`, () => {
    // The cases where no flash may show, each a load with its stored choice under its system
    // setting. Stored nothing first (the storage emptied, as a new learner's is).
    const noFlashCases: { stored: Theme | null; system: Theme; expected: Theme }[] = [
      { stored: null, system: 'dark', expected: 'dark' },
      { stored: 'dark', system: 'light', expected: 'dark' },
      { stored: 'light', system: 'dark', expected: 'light' },
    ];

    // One page serves every theme check: the cycle ends where a learner who has chosen nothing
    // starts, so the next click chooses light, as a first click does; the no-flash cases then
    // set the storage themselves before each load.
    test('theme toggle cycles auto → light → dark → auto, auto follows the system, the choice is remembered across reloads and pages, and no flash', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(sitePage.url);
      const toggle = page.getByTestId('theme-toggle');
      await expect(toggle).toBeVisible();
      await expect(toggle).toHaveAttribute('data-theme-choice', 'auto');
      await expectTheme(page, 'dark');

      await toggle.click();
      await expect(toggle).toHaveAttribute('data-theme-choice', 'light');
      await expectTheme(page, 'light');

      await toggle.click();
      await expect(toggle).toHaveAttribute('data-theme-choice', 'dark');
      await expectTheme(page, 'dark');

      await toggle.click();
      await expect(toggle).toHaveAttribute('data-theme-choice', 'auto');
      await expectTheme(page, 'dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await expectTheme(page, 'light');

      await test.step('the chosen theme is remembered across reloads and pages', async () => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await expectTheme(page, 'dark');
        await toggle.click();
        await expectTheme(page, 'light');
        expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('light');

        await page.reload();
        await expect(page.getByTestId('theme-toggle')).toHaveAttribute('data-theme-choice', 'light');
        await expectTheme(page, 'light');

        await page.goto(urlOf(counterpartRoute(sitePage.route)));
        await expectTheme(page, 'light');
      });

      await probeThemeAtBody(page, sitePage.url);
      for (const { stored, system, expected } of noFlashCases) {
        await test.step(`no flash: stored ${stored ?? 'nothing'}, system ${system} → ${expected} before <body> is parsed`, async () => {
          await page.evaluate(([key, value]) => (value ? localStorage.setItem(key, value) : localStorage.removeItem(key)), [THEME_KEY, stored] as const);
          await page.emulateMedia({ colorScheme: system });
          await page.goto(sitePage.url);
          expect(await themeAtBody(page)).toBe(expected);
          await expectTheme(page, expected);
        });
      }
    });
  });
}
