// The layer rules (tests/layers.cjs) catch a back edge: run on a deliberately wrong src/
// (tests/fixtures/back-edges), dependency-cruiser names each wrong import and passes the right
// one. `npm test` runs the same rules on the real src/.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const rules = createRequire(import.meta.url)('../layers.cjs') as IConfiguration;
const fixture = fileURLToPath(new URL('../fixtures/back-edges', import.meta.url));

describe('the layer rules', () => {
  it('name every back edge of the wrong tree, and only those', async () => {
    const { output } = await cruise(['src'], {
      baseDir: fixture,
      validate: true,
      ruleSet: { forbidden: rules.forbidden ?? [] },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
    });
    const violations = (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(violations).toEqual([
      'i18n-imports-types-only: src/i18n/sides.ts → src/core/types.ts',
      'src-never-imports-scripts: src/quiz/uses-tool.ts → scripts/tool.ts',
      'stores-imports-only-below: src/stores/shown.ts → src/islands/widget.ts',
    ]);
  });
});
