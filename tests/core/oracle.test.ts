// Conformance: every captured Linux case, run through the model by the same adapter the trace
// command uses, compared by the oracle's rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { traceOracleScenario } from '../../src/core/index.ts';
import { compareWithCapture, tolerance } from './oracle-compare.ts';
import type { CapturedCase } from './oracle-compare.ts';

const dir = fileURLToPath(new URL('../fixtures/oracle/linux/', import.meta.url));
const cases: CapturedCase[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CapturedCase);

describe('Linux captures (tests/fixtures/oracle/linux)', () => {
  it('has all eleven captured cases', () => {
    expect(cases.map((c) => c.name)).toHaveLength(11);
  });

  for (const kase of cases) {
    it(kase.name, () => {
      expect(compareWithCapture(kase, traceOracleScenario(kase.scenario))).toEqual([]);
    });
  }
});

describe('the comparison itself', () => {
  const kase = cases.find((c) => c.name === 'a_normal') as CapturedCase;
  const trace = traceOracleScenario(kase.scenario);

  it('rejects a segment with the wrong ack', () => {
    const segments = trace.segments.map((s, i) => (i === 2 ? { ...s, ack: (s.ack ?? 0) + 1 } : s));
    expect(compareWithCapture(kase, { ...trace, segments })[0]).toMatch(/client segment #2: want ACK/);
  });

  it('rejects a segment outside the time tolerance', () => {
    const late = trace.segments.map((s, i) => (i === 0 ? { ...s, t: s.t + tolerance(s.t) + 0.001 } : s));
    expect(compareWithCapture(kase, { ...trace, segments: late })[0]).toMatch(/client segment #1 \(SYN\) at t=/);
  });

  it('rejects a trace that leaves TIME_WAIT too early', () => {
    const client = trace.states.client.map((s) => (s.state === 'CLOSED' && s.t > 1 ? { ...s, t: 30 } : s));
    expect(compareWithCapture(kase, { ...trace, states: { ...trace.states, client } })).toContainEqual(
      expect.stringMatching(/client left TIME_WAIT at t=30/),
    );
  });

  it('rejects a missing error', () => {
    const f = cases.find((c) => c.name === 'f_abortive_close_linger0') as CapturedCase;
    const t = traceOracleScenario(f.scenario);
    expect(compareWithCapture(f, { ...t, errors: [] })).toEqual(["missing error ECONNRESET on server's recv"]);
  });
});
