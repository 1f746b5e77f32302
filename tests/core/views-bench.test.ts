// The budgets, measured the way scripts/bench-core.ts prints them: stepping must stay
// well under 1 ms per step, and the core must stay small in the browser.
import { describe, expect, it } from 'vitest';
import { benchScenario, bundleSize } from '../../scripts/bench-core.ts';
import { SCENARIO_IDS } from '../../src/core/scenarios.ts';

const ONE_MS_IN_US = 1000;
/** gzip budget for the whole core (engine, timeline, scenarios, diagram text). */
const GZIP_BUDGET = 25_000;

describe('core performance budget', () => {
  it.each(SCENARIO_IDS)('%s: simulating and stepping cost well under 1 ms per step', (id) => {
    // The best of three short runs: a busy machine (a build beside the tests) only ever adds time,
    // and one descheduled run would otherwise fail a budget the code itself meets.
    const runs = [0, 1, 2].map(() => benchScenario(id, 15));
    expect(runs[0]!.steps).toBeGreaterThan(0);
    expect(Math.min(...runs.map((run) => run.stepUs))).toBeLessThan(ONE_MS_IN_US);
    expect(Math.min(...runs.map((run) => run.simulateUsPerStep))).toBeLessThan(ONE_MS_IN_US);
  });

  it(`bundles for the browser under ${GZIP_BUDGET} bytes gzip`, async () => {
    const size = await bundleSize();
    // A bundle this small would mean the entry lost the engine, not that the core got lean.
    expect(size.raw).toBeGreaterThan(10_000);
    expect(size.gzip).toBeLessThan(GZIP_BUDGET);
  }, 20_000);
});
