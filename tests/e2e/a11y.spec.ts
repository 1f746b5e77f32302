/**
 * axe-core finds no WCAG 2.x A/AA violations on any page, 404 pages included, in the light and
 * the dark theme, at a desktop and at a phone width.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { built404Pages, builtPages, urlOf } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}`),
  );
}

const pages = [
  ...builtPages().map(({ route, url }) => ({ name: `/${route}`, url })),
  ...built404Pages().map((route) => ({ name: `/${route}`, url: urlOf(route) })),
];

for (const { name, url } of pages) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${name}: no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      expect((await page.goto(url))?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await violations(page)).toEqual([]);

      await page.setViewportSize({ width: 360, height: 800 });
      expect(await violations(page), 'at 360 px').toEqual([]);
    });
  }
}
