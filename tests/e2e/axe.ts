/**
 * axe-core's WCAG 2.x A/AA rules on a page (or a part of it), as one line per violating node.
 * Only violations are asked for (axe's `resultTypes`): every rule still runs on every node, but
 * axe no longer builds a selector and an HTML excerpt for each of the thousands of nodes that
 * pass, which is most of its time on a lesson and nothing these tests read.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}`),
  );
}
