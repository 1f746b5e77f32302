/**
 * The states reference page in both languages: every state's anchor is there with what `ss`
 * prints for it, the diagram's second layer shows and hides with its checkbox (JavaScript or not),
 * the diagram's table lists every arc the drawing has, and the page ships no script.
 */
import { figure5Layout } from '../../src/core/figure5.ts';
import { TCP_STATES } from '../../src/core/types.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { REFERENCE_ARCS, STATE_FACTS } from '../../src/lessons/state-reference.ts';
import { expect, test } from './fixtures.ts';
import { urlOf, type Lang } from './site.ts';

const route = (lang: Lang) => (lang === 'zh' ? 'zh/states/' : 'states/');

for (const lang of ['en', 'zh'] as const) {
  const t = dictionaries[lang];

  test.describe(`states page (${lang})`, () => {
    test('has an anchor for each of the eleven states, with its ss name', async ({ page }) => {
      await page.goto(urlOf(route(lang)));
      await expect(page.locator('h1')).toHaveText(t['states.page.title']);
      expect(STATE_FACTS.map((f) => f.state)).toEqual([...TCP_STATES]);
      for (const facts of STATE_FACTS) {
        const heading = page.locator(`h2#${facts.anchor}`);
        await expect(heading, facts.anchor).toHaveCount(1);
        await expect(page.locator(`section:has(> h2#${facts.anchor}) [data-testid="ss-name"]`)).toHaveText(facts.ss);
      }
      await page.goto(`${urlOf(route(lang))}#fin-wait-2`);
      await expect(page.locator('h2#fin-wait-2')).toBeInViewport();
    });

    test('shows the second layer only when asked, and swaps the images', async ({ page }) => {
      await page.goto(urlOf(route(lang)));
      const first = page.getByTestId('layer-figure5');
      const more = page.getByTestId('layer-more');
      await expect(first).toBeVisible();
      await expect(more).toBeHidden();
      await page.getByLabel(t['states.diagram.toggle']).check();
      await expect(first).toBeHidden();
      await expect(more).toBeVisible();
      const shown = more.locator('img:visible');
      await expect(shown).toHaveCount(1);
      await shown.scrollIntoViewIfNeeded();
      await expect.poll(() => shown.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(figure5Layout().width);
      await page.getByLabel(t['states.diagram.toggle']).uncheck();
      await expect(first).toBeVisible();
    });

    test('lists every drawn arc in the diagram’s table, with its RFC section', async ({ page }) => {
      await page.goto(urlOf(route(lang)));
      const table = page.getByTestId('arc-table');
      await table.locator('summary').click();
      const rows = table.locator('tbody tr');
      await expect(rows).toHaveCount(REFERENCE_ARCS.length);
      const drawnRules = figure5Layout().arcs.flatMap((a) => a.rules);
      const listed = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-rule')));
      expect(listed.filter((r) => r !== 'not-modelled').sort()).toEqual([...drawnRules].sort());
      await expect(table.locator('a[href="https://www.rfc-editor.org/rfc/rfc9293.html#section-3.10.7.2"]').first()).toBeVisible();
    });

    test('without JavaScript: no script, the diagram, its toggle and its table', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const scripts: string[] = [];
        page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
        await page.goto(urlOf(route(lang)));
        await expect(page.getByTestId('layer-figure5').locator('img:visible')).toHaveCount(1);
        await page.getByLabel(t['states.diagram.toggle']).check();
        await expect(page.getByTestId('layer-more').locator('img:visible')).toHaveCount(1);
        await expect(page.getByTestId('arc-table').locator('tbody tr')).toHaveCount(REFERENCE_ARCS.length);
        expect(scripts).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('the second layer fits a 360 px screen by scrolling inside its figure', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(urlOf(route(lang)));
      await page.getByLabel(t['states.diagram.toggle']).check();
      const figure = page.getByTestId('diagram-more');
      await figure.scrollIntoViewIfNeeded();
      const { scrollWidth, clientWidth } = await figure.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });

    test('on a 360 px screen both layers draw their smallest labels at 10 px or more', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(urlOf(route(lang)));
      for (const layer of ['diagram', 'diagram-more']) {
        if (layer === 'diagram-more') await page.getByLabel(t['states.diagram.toggle']).check();
        const img = page.getByTestId(layer).locator('img:visible');
        await img.scrollIntoViewIfNeeded();
        // The image is lazy: currentSrc stays empty until its load starts, so ask for src.
        const { src, shown, drawn } = await img.evaluate((el: HTMLImageElement) => ({
          src: el.src,
          shown: el.getBoundingClientRect().width,
          drawn: Number(el.getAttribute('width')),
        }));
        const svg = await (await page.request.get(src)).text();
        const smallest = Math.min(...[...svg.matchAll(/font-size:\s*([\d.]+)/g)].map((m) => Number(m[1])));
        expect(smallest, `${layer}: the SVG's smallest font size`).toBeLessThan(100);
        expect(smallest * (shown / drawn), `${layer}: its smallest label as drawn, px`).toBeGreaterThanOrEqual(10);
      }
    });
  });
}
