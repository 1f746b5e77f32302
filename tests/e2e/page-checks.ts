/**
 * Checks that every page gets, shared by the specs that load every page: whether it fits the
 * screen, and which theme it shows (and showed before its content was parsed).
 */
import type { Page } from '@playwright/test';
import { DIAGRAM_MIN_SCALE } from '../../src/plugins/mermaid/source.ts';
import { expect } from './fixtures.ts';

export type Theme = 'light' | 'dark';

async function noHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
}

/** No horizontal scrolling, the outline reachable, and every diagram at its size, at the current width. */
export async function fitsTheScreen(page: Page): Promise<void> {
  await noHorizontalScroll(page);
  await expect(page.locator('h1')).toBeInViewport();
  // On a phone the outline may sit behind a disclosure; it must open.
  const outline = page.getByTestId('outline');
  if (!(await outline.isVisible())) await page.locator('summary:has(+ nav[data-testid="outline"]), details:has(nav[data-testid="outline"]) > summary').first().click();
  await expect(outline).toBeVisible();
  await noHorizontalScroll(page);
  // A diagram shrinks to fit its figure, but not below the min-width its image carries (at least
  // DIAGRAM_MIN_SCALE of its drawn size); wider than that, it scrolls inside the figure, never the page.
  for (const figure of await page.getByTestId('diagram').all()) {
    await figure.scrollIntoViewIfNeeded();
    const { shown, drawn, room, least } = await figure.evaluate((el) => {
      const img = [...el.querySelectorAll('img')].find((i) => i.offsetWidth > 0)!;
      return { shown: img.getBoundingClientRect().width, drawn: Number(img.getAttribute('width')), room: el.clientWidth, least: parseFloat(img.style.minWidth) };
    });
    expect(least, `a ${drawn} px diagram's least width`).toBeGreaterThanOrEqual(Math.round(drawn * DIAGRAM_MIN_SCALE));
    expect(shown, `a ${drawn} px diagram in ${room} px`).toBeCloseTo(Math.min(drawn, Math.max(room, least)), 0);
  }
  await noHorizontalScroll(page);
}

/** The page is in `theme`, and each of its diagrams shows that theme's image only. */
export async function expectTheme(page: Page, theme: Theme): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  const other: Theme = theme === 'dark' ? 'light' : 'dark';
  for (const figure of await page.getByTestId('diagram').all()) {
    await expect(figure.locator(`img.diagram-${theme}`)).toBeVisible();
    await expect(figure.locator(`img.diagram-${other}`)).toBeHidden();
  }
}

/** Marks what the first thing in <body> sees: whatever it sees is what the first paint of any content would use. */
export async function probeThemeAtBody(page: Page, url: string): Promise<void> {
  // An init script would run too early; DOMContentLoaded too late.
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      /<body[^>]*>/,
      (tag) => `${tag}<script>window.__themeAtBody = document.documentElement.dataset.theme ?? null</script>`,
    );
    await route.fulfill({ response, body });
  });
}

export const themeAtBody = (page: Page) => page.evaluate(() => (window as { __themeAtBody?: string | null }).__themeAtBody);
