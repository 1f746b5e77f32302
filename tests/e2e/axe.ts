/**
 * axe-core's WCAG 2.x A/AA rules on a page (or a part of it), as one line per violating node.
 * Only violations are asked for (axe's `resultTypes`): every rule still runs on every node, but
 * axe no longer builds a selector and an HTML excerpt for each of the thousands of nodes that
 * pass, which is most of its time on a lesson and nothing these tests read.
 *
 * Legacy mode (axe.run in the page itself): the default runs each frame's part and then opens a
 * blank page to put the parts together, which is what frames from other origins need; the site
 * has no frames at all, and that extra page made each run 3–4 times slower (a Chinese lesson:
 * 2.1–3.2 s against 0.7–0.8 s).
 *
 * axe-core goes into a document once. AxeBuilder evaluates the source it is given twice per
 * analyze() in legacy mode (by default axe-core's unminified 1.5 MB), and a test that checks a
 * page in two themes at two widths analyzes it four times: eight copies sent through the
 * DevTools protocol, parsed and compiled, for the one the page needs. So the page gets
 * axe-core's minified build (axe.min.js, the file axe-core's README has pages include) here,
 * once, and AxeBuilder gets a source (its `axeSource` option) that only checks that axe is there.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { layOutDeferredSections } from './deferred.ts';

const AXE_MIN_JS = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_IN_PAGE = `if (typeof window.axe?.run !== 'function') throw new Error('axe-core is not in this document');`;

async function injectAxeOnce(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!present) await page.evaluate(AXE_MIN_JS);
}

export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await layOutDeferredSections(page);
  await injectAxeOnce(page);
  const builder = new AxeBuilder({ page, axeSource: AXE_IN_PAGE })
    .setLegacyMode(true)
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}`),
  );
}
