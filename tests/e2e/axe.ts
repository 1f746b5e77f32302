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
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { layOutDeferredSections } from './deferred.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await layOutDeferredSections(page);
  const builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}`),
  );
}
