// Benchmark of the TCP core: how fast the views can step through every library
// scenario, and how many bytes the core costs the browser.
//
//   node scripts/bench-core.ts        (npm run bench:core)
//
// (a) per scenario: steps, time to simulate it, and the mean cost of one step of the timeline
//     cursor, walking the whole run forward and back many times; (b) src/core bundled for the
//     browser with esbuild (minified ESM), raw and gzip bytes.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { SCENARIOS, SCENARIO_IDS, type ScenarioId } from '../src/core/scenarios.ts';
import { simulate } from '../src/core/simulate.ts';
import { createTimeline, type TimelineCursor } from '../src/core/timeline.ts';

const CORE = fileURLToPath(new URL('../src/core/', import.meta.url));

export interface ScenarioBench {
  readonly id: ScenarioId;
  readonly steps: number;
  /** Mean time to simulate the whole scenario (ms). */
  readonly simulateMs: number;
  /** Mean simulation cost per step (µs). */
  readonly simulateUsPerStep: number;
  /** Mean cost of one timeline step, forward and back (µs). */
  readonly stepUs: number;
}

/** Runs `work` until about `budgetMs` have passed (at least `minRuns` times); mean ms per run. */
function meanMs(work: () => void, budgetMs: number, minRuns = 5): number {
  work(); // warm up
  let runs = 0;
  const start = performance.now();
  while (runs < minRuns || performance.now() - start < budgetMs) {
    work();
    runs += 1;
  }
  return (performance.now() - start) / runs;
}

// Reading the frame's fields keeps the walk from being optimised away and is what a view does.
let sink = 0;
function walk(timeline: TimelineCursor): number {
  let cursor = timeline;
  let moves = 0;
  while (!cursor.atEnd) {
    cursor = cursor.next();
    sink += cursor.frame.client.state.length + cursor.frame.inFlight.length;
    moves += 1;
  }
  while (!cursor.atStart) {
    cursor = cursor.prev();
    sink += cursor.frame.server.state.length + cursor.frame.reasons.length;
    moves += 1;
  }
  return moves;
}

export function benchScenario(id: ScenarioId, budgetMs = 100): ScenarioBench {
  const scenario = SCENARIOS[id].build();
  const run = simulate(scenario);
  const simulateMs = meanMs(() => simulate(scenario), budgetMs);
  const timeline = createTimeline(run);
  const moves = walk(timeline);
  const walkMs = meanMs(() => walk(timeline), budgetMs);
  return {
    id,
    steps: run.steps.length,
    simulateMs,
    simulateUsPerStep: (simulateMs * 1000) / Math.max(1, run.steps.length),
    stepUs: (walkMs * 1000) / Math.max(1, moves),
  };
}

export interface BundleSize {
  readonly raw: number;
  readonly gzip: number;
}

/**
 * The core as a browser would get it: src/core/index.ts plus the view modules (timeline,
 * scenarios, mermaid text), minified ESM, everything reachable included (no tree-shaking by a
 * consumer assumed).
 */
export async function bundleSize(): Promise<BundleSize> {
  const result = await build({
    stdin: {
      contents: ['index', 'timeline', 'scenarios', 'mermaid'].map((m) => `export * from './${m}.ts';`).join('\n'),
      resolveDir: CORE,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

async function main(): Promise<void> {
  const rows = SCENARIO_IDS.map((id) => benchScenario(id));
  const table = rows.map((r) => ({
    scenario: r.id,
    steps: r.steps,
    'simulate ms': r.simulateMs.toFixed(3),
    'simulate µs/step': r.simulateUsPerStep.toFixed(2),
    'timeline µs/step': r.stepUs.toFixed(3),
  }));
  console.log('Stepping (timeline cursor walked forward and back; mean over many runs)');
  console.table(table);
  const worst = Math.max(...rows.map((r) => Math.max(r.stepUs, r.simulateUsPerStep)));
  console.log(`worst per-step cost: ${worst.toFixed(3)} µs (budget: 1000 µs)`);
  const size = await bundleSize();
  console.log(`core bundle (esbuild, minified ESM, browser): ${size.raw} B raw, ${size.gzip} B gzip`);
}

if (import.meta.main) await main();
