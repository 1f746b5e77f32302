// Invariants over random scenarios: random ISNs (wrap included), delays, losses, duplicates,
// reordering and stray old segments, both profiles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seqDiff, simulate, TRANSITIONS } from '../../src/core/index.ts';
import { sendMismatches } from './arc-sends.ts';
import type { EndpointSnapshot, Run, Scenario, ScenarioEvent, NthSent, SeqNum, Side } from '../../src/core/index.ts';

const MAX = 4294967295;
const isn = fc.oneof(fc.integer({ min: 0, max: MAX }), fc.constantFrom(MAX, MAX - 1, MAX - 3, 0));
const side = fc.constantFrom<Side>('client', 'server');
const pick = fc.record({ from: side, nth: fc.integer({ min: 1, max: 12 }) });
const time = fc.double({ min: 0, max: 2, noNaN: true });

/** A client/server program pair: one connection, some data each way, both close in some order. */
const programs = fc
  .record({
    simultaneousOpen: fc.boolean(),
    connectAt: time,
    clientBytes: fc.array(fc.integer({ min: 1, max: 3000 }), { maxLength: 3 }),
    serverBytes: fc.array(fc.integer({ min: 1, max: 3000 }), { maxLength: 3 }),
    clientEnd: fc.constantFrom('close', 'shutdown', 'abort'),
    serverFirst: fc.boolean(),
    clientCloseAt: time,
    serverCloseAt: time,
  })
  .map((p): ScenarioEvent[] => {
    const client: ScenarioEvent[] = [{ t: p.connectAt, who: 'client', call: 'connect' }];
    for (const bytes of p.clientBytes) client.push({ t: p.connectAt, who: 'client', call: 'send', bytes });
    const server: ScenarioEvent[] = [
      p.simultaneousOpen ? { t: p.connectAt, who: 'server', call: 'connect' } : { t: 0, who: 'server', call: 'listen' },
    ];
    if (p.serverFirst) {
      // The server talks first and closes; the client reads to the end (no one waits on a silent peer).
      for (const bytes of p.serverBytes) server.push({ t: 0, who: 'server', call: 'send', bytes });
      server.push({ t: p.serverCloseAt, who: 'server', call: 'close' });
      client.push({ t: 0, who: 'client', call: 'recv_until_eof' });
      client.push({ t: p.clientCloseAt, who: 'client', call: 'close' });
    } else {
      client.push({ t: p.clientCloseAt, who: 'client', call: p.clientEnd });
      if (p.clientEnd === 'shutdown') client.push({ t: 0, who: 'client', call: 'recv_until_eof' });
      server.push({ t: 0, who: 'server', call: 'recv_until_eof' });
      for (const bytes of p.serverBytes) server.push({ t: 0, who: 'server', call: 'send', bytes });
      server.push({ t: p.serverCloseAt, who: 'server', call: 'close' });
      if (p.clientEnd === 'shutdown') client.push({ t: 0, who: 'client', call: 'close' });
    }
    return [...client, ...server];
  });

const scenarios: fc.Arbitrary<Scenario> = fc.record({
  profile: fc.constantFrom('rfc9293' as const, 'linux' as const),
  link: fc.record({
    delay: fc.double({ min: 0, max: 0.2, noNaN: true }),
    delays: fc.record({ client: fc.double({ min: 0, max: 0.2, noNaN: true }) }, { requiredKeys: [] }),
  }),
  client: fc.record({ isn }),
  server: fc.record({ isn }),
  drops: fc.uniqueArray(pick, { maxLength: 4, selector: (p: NthSent) => `${p.from}${p.nth}` }),
  duplicates: fc.array(pick, { maxLength: 2 }),
  delays: fc.array(fc.record({ from: side, nth: fc.integer({ min: 1, max: 12 }), extra: fc.double({ min: 0, max: 0.5, noNaN: true }) }), {
    maxLength: 2,
  }),
  inject: fc.array(
    fc.record({
      t: fc.double({ min: 0, max: 3, noNaN: true }),
      to: side,
      segment: fc.record({
        flags: fc.constantFrom<('ACK' | 'FIN' | 'PSH')[]>(['ACK'], ['ACK', 'PSH'], ['ACK', 'FIN']),
        seq: fc.integer({ min: 0, max: MAX }),
        ack: fc.integer({ min: 0, max: MAX }),
        len: fc.integer({ min: 0, max: 100 }),
      }),
    }),
    { maxLength: 2 },
  ),
  events: programs,
  msl: fc.constantFrom(1, 30, 120),
});

const RUNS = { numRuns: 300 };

function before(run: Run, index: number, who: Side): EndpointSnapshot {
  return index === 0 ? run.initial[who] : (run.steps[index - 1] as Run['steps'][number])[who];
}

describe('properties of random runs', () => {
  it('never throws, and every step is in time order', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const run = simulate(scenario);
        for (let i = 1; i < run.steps.length; i++) {
          expect((run.steps[i] as Run['steps'][number]).t).toBeGreaterThanOrEqual((run.steps[i - 1] as Run['steps'][number]).t);
        }
      }),
      RUNS,
    );
  });

  it('every SYN and FIN consumes exactly one sequence number', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const run = simulate(scenario);
        run.steps.forEach((step, i) => {
          for (const who of ['client', 'server'] as const) {
            const after = step[who];
            const sent = step.sent.filter((s) => s.from === who && !s.segment.flags.includes('RST'));
            if (after.sndNxt === null || sent.length === 0) continue;
            const start = before(run, i, who).sndNxt ?? (after.iss as SeqNum);
            const fresh = sent.filter((s) => seqDiff(s.segment.seq, start) >= 0);
            const used = fresh.reduce(
              (n, s) => n + s.segment.len + (s.segment.flags.includes('SYN') ? 1 : 0) + (s.segment.flags.includes('FIN') ? 1 : 0),
              0,
            );
            expect(seqDiff(after.sndNxt, start)).toBe(used);
          }
        });
      }),
      RUNS,
    );
  });

  it('the acknowledgements an endpoint sends never go backwards', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const run = simulate(scenario);
        const last = new Map<string, SeqNum>();
        run.steps.forEach((step, i) => {
          for (const s of step.sent) {
            // A RST from an endpoint with no connection answers a stray segment; it acknowledges nothing.
            if (s.segment.ack === null || s.reason.key.startsWith('closed.')) continue;
            const irs = before(run, i, s.from).irs ?? step[s.from].irs;
            const key = `${s.from}/${irs}`;
            const prev = last.get(key);
            if (prev !== undefined) expect(seqDiff(s.segment.ack, prev)).toBeGreaterThanOrEqual(0);
            last.set(key, s.segment.ack);
          }
        });
      }),
      RUNS,
    );
  });

  // (A passive side whose handshake was reset returns to LISTEN, RFC 9293 §3.10.7.4, and a
  // listener waiting for its next connection is at rest too.)
  it('both ends finish in CLOSED or TIME_WAIT (or LISTEN; or half-open after a RST), unless a stray desynchronized them', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const run = simulate(scenario);
        const end = run.steps.at(-1) ?? run.initial;
        const reset = run.segments.some((s) => s.segment.flags.includes('RST'));
        // A stray carrying data or a FIN may land in the window and be taken as real: the two ends
        // then disagree about the byte stream for good (what TIME_WAIT's 2 MSL exists to prevent),
        // and how such a connection ends is not TCP's to guarantee. The other properties still hold.
        if (run.segments.some((s) => s.injected && (s.segment.len > 0 || s.segment.flags.includes('FIN')))) return;
        for (const who of ['client', 'server'] as const) {
          const me = end[who];
          if (['CLOSED', 'TIME_WAIT', 'LISTEN'].includes(me.state)) continue;
          // A half-open connection (RFC 9293 §3.5.2): the peer closed with a RST that never took
          // effect here (the RST was lost, or arrived out of sequence and its challenge ACK was
          // lost or throttled, RFC 5961 §§3, 7), and this side has nothing to send, so no timer
          // runs: it waits forever, as a real one without keep-alives would.
          const halfOpen = reset && end[who === 'client' ? 'server' : 'client'].state === 'CLOSED' && Object.keys(me.timers).length === 0;
          expect(halfOpen, `${who} ends in ${me.state}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('the engine only takes arcs listed in TRANSITIONS', () => {
    const arcs = new Set(TRANSITIONS.map((t) => `${t.from}>${t.to}:${t.rule}`));
    fc.assert(
      fc.property(scenarios, (scenario) => {
        for (const step of simulate(scenario).steps) {
          for (const t of step.transitions) expect(arcs).toContain(`${t.from}>${t.to}:${t.reason.key}`);
        }
      }),
      RUNS,
    );
  });

  it('a step that takes arcs sends what their `send` flags say', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        expect(sendMismatches(simulate(scenario))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('the same scenario gives the same run', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        expect(JSON.stringify(simulate(scenario).steps)).toBe(JSON.stringify(simulate(scenario).steps));
      }),
      { numRuns: 50 },
    );
  });
});
