// Each library scenario must tell its story: the exact segments on the wire, the states both
// sides pass through, the errors the applications see — in both profiles where the story allows.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario.ts';
import {
  SCENARIOS,
  SCENARIO_IDS,
  abortiveClose,
  closeFromClient,
  closeFromServer,
  halfClose,
  httpLife,
  lostFinalAck,
  normalOpen,
  oldDuplicateAfterReconnect,
  oldDuplicateSynThreeWay,
  oldDuplicateSynTwoWay,
  rstClosedPort,
  simultaneousClose,
  simultaneousOpen,
  threeSegmentClose,
} from '../../src/core/scenarios.ts';
import { simulate, type Run, type SentSegment } from '../../src/core/simulate.ts';
import { PROFILES, type Profile, type Side, type TcpState } from '../../src/core/types.ts';

/** `c:SYN`, `s:ACK+FIN`, `c:ACK+PSH(5)`: who sent what, in wire order (injected strays left out). */
function wire(run: Run): string[] {
  return run.segments.filter((s) => !s.injected).map(describeSegment);
}
function describeSegment(s: SentSegment): string {
  return `${s.from[0]}:${s.segment.flags.join('+')}${s.segment.len > 0 ? `(${s.segment.len})` : ''}`;
}
/** The segments one side sent, as `[flags, seq, ack, len]`. */
function numbers(run: Run, from: Side): [string, number, number | null, number][] {
  return run.segments
    .filter((s) => s.from === from && !s.injected)
    .map((s) => [s.segment.flags.join('+'), s.segment.seq, s.segment.ack, s.segment.len]);
}
function states(run: Run, side: Side): TcpState[] {
  return [
    run.initial[side].state,
    ...run.steps.flatMap((step) => step.transitions.filter((tr) => tr.side === side).map((tr) => tr.to)),
  ];
}
function errors(run: Run): string[] {
  return run.steps.flatMap((step) =>
    step.returns.filter((r) => r.error !== undefined).map((r) => `${r.side}:${r.call}:${r.error}`),
  );
}
/** When `side` entered `state` (the n-th time) and left it. */
function stay(run: Run, side: Side, state: TcpState, n = 0): { enter: number; leave: number | undefined } {
  const changes = run.steps.flatMap((step) =>
    step.transitions.filter((tr) => tr.side === side).map((tr) => ({ t: step.t, tr })),
  );
  const entries = changes.filter((c) => c.tr.to === state);
  const entry = entries[n];
  if (!entry) throw new Error(`${side} never entered ${state} (#${n})`);
  const exit = changes.find((c) => c.t >= entry.t && c.tr.from === state && c !== entry);
  return { enter: entry.t, leave: exit?.t };
}
/** Teardown only: the segments from the first FIN on. */
function teardown(run: Run): string[] {
  const all = wire(run);
  return all.slice(all.findIndex((s) => s.includes('FIN')));
}

const OPEN = ['c:SYN', 's:SYN+ACK', 'c:ACK'];

describe.each(PROFILES)('library scenarios, %s profile', (profile: Profile) => {
  it('normal-open: SYN, SYN+ACK, ACK with the ISNs, both ESTABLISHED', () => {
    const run = simulate(normalOpen({ profile }));
    expect(wire(run)).toEqual(OPEN);
    expect(numbers(run, 'client')).toEqual([
      ['SYN', 100, null, 0],
      ['ACK', 101, 301, 0],
    ]);
    expect(numbers(run, 'server')).toEqual([['SYN+ACK', 300, 101, 0]]);
    expect(states(run, 'client')).toEqual(['CLOSED', 'SYN_SENT', 'ESTABLISHED']);
    expect(states(run, 'server')).toEqual(['CLOSED', 'LISTEN', 'SYN_RECEIVED', 'ESTABLISHED']);
  });

  it('normal-open wraps sequence numbers at 2^32', () => {
    const run = simulate(normalOpen({ profile, clientIsn: 4294967295, serverIsn: 4294967295 }));
    expect(numbers(run, 'client')).toEqual([
      ['SYN', 4294967295, null, 0],
      ['ACK', 0, 0, 0],
    ]);
    expect(numbers(run, 'server')).toEqual([['SYN+ACK', 4294967295, 0, 0]]);
  });

  it('close-from-client: FIN, ACK, FIN, ACK; the client waits in TIME_WAIT', () => {
    const run = simulate(closeFromClient({ profile, msl: 30 }));
    expect(wire(run)).toEqual([...OPEN, 'c:ACK+FIN', 's:ACK', 's:ACK+FIN', 'c:ACK']);
    expect(states(run, 'client')).toEqual([
      'CLOSED', 'SYN_SENT', 'ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'TIME_WAIT', 'CLOSED',
    ]);
    expect(states(run, 'server')).toEqual([
      'CLOSED', 'LISTEN', 'SYN_RECEIVED', 'ESTABLISHED', 'CLOSE_WAIT', 'LAST_ACK', 'CLOSED',
    ]);
    const timeWait = stay(run, 'client', 'TIME_WAIT');
    // 2 × MSL in the textbook; Linux's fixed 60 s plus half a 2.048 s slot of its timer wheel.
    expect((timeWait.leave ?? Infinity) - timeWait.enter).toBeCloseTo(profile === 'rfc9293' ? 60 : 61.024, 6);
  });

  it('close-from-server: the mirror image; the server waits in TIME_WAIT', () => {
    const run = simulate(closeFromServer({ profile }));
    expect(wire(run)).toEqual([...OPEN, 's:ACK+FIN', 'c:ACK', 'c:ACK+FIN', 's:ACK']);
    expect(states(run, 'server').slice(-4)).toEqual(['FIN_WAIT_1', 'FIN_WAIT_2', 'TIME_WAIT', 'CLOSED']);
    expect(states(run, 'client').slice(-4)).toEqual(['ESTABLISHED', 'CLOSE_WAIT', 'LAST_ACK', 'CLOSED']);
  });

  it('three-segment-close: the ACK rides on the FIN only where ACKs of FINs are delayed (linux)', () => {
    const run = simulate(threeSegmentClose({ profile }));
    if (profile === 'linux') {
      expect(teardown(run)).toEqual(['c:ACK+FIN', 's:ACK+FIN', 'c:ACK']);
      expect(states(run, 'client').slice(-3)).toEqual(['FIN_WAIT_1', 'TIME_WAIT', 'CLOSED']);
    } else {
      expect(teardown(run)).toEqual(['c:ACK+FIN', 's:ACK', 's:ACK+FIN', 'c:ACK']);
      expect(states(run, 'client').slice(-4)).toEqual(['FIN_WAIT_1', 'FIN_WAIT_2', 'TIME_WAIT', 'CLOSED']);
    }
    expect(states(run, 'server').slice(-3)).toEqual(['CLOSE_WAIT', 'LAST_ACK', 'CLOSED']);
    expect(errors(run)).toEqual([]);
  });

  it('simultaneous-open: the SYNs cross, each side answers SYN+ACK then ACK; six segments', () => {
    const run = simulate(simultaneousOpen({ profile }));
    expect(numbers(run, 'client')).toEqual([
      ['SYN', 100, null, 0],
      ['SYN+ACK', 100, 301, 0],
      ['ACK', 101, 301, 0],
    ]);
    expect(numbers(run, 'server')).toEqual([
      ['SYN', 300, null, 0],
      ['SYN+ACK', 300, 101, 0],
      ['ACK', 301, 101, 0],
    ]);
    for (const side of ['client', 'server'] as const) {
      expect(states(run, side)).toEqual(['CLOSED', 'SYN_SENT', 'SYN_RECEIVED', 'ESTABLISHED']);
      // The profiles differ in what completes the handshake: Linux takes the peer's SYN+ACK (two
      // one-way delays after the SYNs), RFC 9293 finds it entirely old and waits for the peer's
      // ACK (three delays), which is also when connect() returns.
      const { enter } = stay(run, side, 'SYN_RECEIVED');
      const { leave } = stay(run, side, 'SYN_RECEIVED');
      const d = run.scenario.link?.delay ?? 0;
      expect((leave ?? NaN) - enter).toBeCloseTo(profile === 'linux' ? d : 2 * d, 9);
      const sent = run.segments.filter((s) => s.from === side);
      const why = profile === 'linux' ? 'syn_received.send_ack_dup_syn' : 'syn_received.send_ack_old_syn';
      expect(sent[2]?.reason.key).toBe(why);
    }
  });

  it('simultaneous-close: the FINs cross; both go CLOSING, then TIME_WAIT', () => {
    const run = simulate(simultaneousClose({ profile, msl: 1 }));
    expect(teardown(run).sort()).toEqual(['c:ACK', 'c:ACK+FIN', 's:ACK', 's:ACK+FIN']);
    // Both FINs leave before either arrives.
    expect(teardown(run).slice(0, 2).sort()).toEqual(['c:ACK+FIN', 's:ACK+FIN']);
    for (const side of ['client', 'server'] as const) {
      expect(states(run, side).slice(-5)).toEqual(['ESTABLISHED', 'FIN_WAIT_1', 'CLOSING', 'TIME_WAIT', 'CLOSED']);
    }
  });

  it('old-duplicate-syn-three-way: the client resets the stray SYN+ACK, the server returns to LISTEN', () => {
    const run = simulate(oldDuplicateSynThreeWay({ profile }));
    // The second SYN+ACK is a new connection: a new ISS from RFC 9293's ISN clock.
    const [stray, real] = numbers(run, 'server');
    expect(stray).toEqual(['SYN+ACK', 300, 91, 0]);
    expect(real).toEqual(['SYN+ACK', expect.any(Number), 101, 0]);
    const newIss = real?.[1] ?? NaN;
    expect(numbers(run, 'client')).toEqual([
      ['RST', 91, null, 0],
      ['SYN', 100, null, 0],
      ['ACK', 101, (newIss + 1) % 2 ** 32, 0],
    ]);
    expect(states(run, 'server')).toEqual([
      'CLOSED', 'LISTEN', 'SYN_RECEIVED', 'LISTEN', 'SYN_RECEIVED', 'ESTABLISHED',
    ]);
    expect(states(run, 'client')).toEqual(['CLOSED', 'SYN_SENT', 'ESTABLISHED']);
    expect(errors(run)).toEqual([]);
  });

  it('old-duplicate-syn-two-way: the stray SYN alone makes the server ESTABLISHED; the client resets it', () => {
    const run = simulate(oldDuplicateSynTwoWay({ profile }));
    const stray = run.steps.find((s) => s.event.kind === 'arrive' && s.event.segment.injected);
    expect(stray?.transitions.map((tr) => [tr.side, tr.from, tr.to])).toEqual([['server', 'LISTEN', 'ESTABLISHED']]);
    // Established with the old incarnation's numbers, before the client said anything.
    expect(stray?.server.irs).toBe(90);
    expect(stray?.server.rcvNxt).toBe(91);
    expect(run.segments.filter((s) => s.from === 'client' && s.t < (stray?.t ?? 0))).toEqual([]);
    // The client never asked; its TCP resets the phantom, and the server listens again (its
    // listening socket survives the connections it accepted), so the real connect succeeds.
    const [, real] = numbers(run, 'server');
    const newIss = real?.[1] ?? NaN;
    expect(numbers(run, 'server')).toEqual([
      ['SYN+ACK', 300, 91, 0],
      ['SYN+ACK', newIss, 101, 0],
    ]);
    expect(numbers(run, 'client')).toEqual([
      ['RST', 91, null, 0],
      ['SYN', 100, null, 0],
      ['ACK', 101, (newIss + 1) % 2 ** 32, 0],
    ]);
    expect(states(run, 'server')).toEqual(['CLOSED', 'LISTEN', 'ESTABLISHED', 'LISTEN', 'ESTABLISHED']);
    expect(states(run, 'client')).toEqual(['CLOSED', 'SYN_SENT', 'ESTABLISHED']);
    expect(errors(run)).toEqual([]);
  });

  it('old-duplicate-syn-two-way, reset lost: the phantom waits ESTABLISHED until the real SYN exposes it (Figure 9)', () => {
    const run = simulate(oldDuplicateSynTwoWay({ profile, reset: 'lost' }));
    const client = run.segments.filter((s) => s.from === 'client' && !s.injected);
    expect(client.map((s) => s.dropped)).toEqual([true, false, false, false, false]);
    const [, , real] = numbers(run, 'server');
    const newIss = real?.[1] ?? NaN;
    expect(numbers(run, 'server')).toEqual([
      ['SYN+ACK', 300, 91, 0],
      // The real SYN meets the phantom: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, an ACK of the old SYN.
      ['ACK', 301, 91, 0],
      ['SYN+ACK', newIss, 101, 0],
    ]);
    expect(numbers(run, 'client')).toEqual([
      ['RST', 91, null, 0], // lost
      ['SYN', 100, null, 0],
      ['RST', 91, null, 0], // SYN_SENT: that ACK is not of our SYN
      ['SYN', 100, null, 0], // retransmitted after the 1 s RTO
      ['ACK', 101, (newIss + 1) % 2 ** 32, 0],
    ]);
    // The phantom lasts from the stray SYN until the second reset.
    expect(states(run, 'server')).toEqual(['CLOSED', 'LISTEN', 'ESTABLISHED', 'LISTEN', 'ESTABLISHED']);
    expect(states(run, 'client')).toEqual(['CLOSED', 'SYN_SENT', 'ESTABLISHED']);
    // The SYN's first retransmission: RFC 6298's 1 s; Linux's timer fires at 1.016 s (jiffies).
    const resend = client[3];
    expect(resend?.t).toBeCloseTo(0.5 + (profile === 'rfc9293' ? 1 : 1.016), 9);
    expect(errors(run)).toEqual([]);
  });

  it('old-duplicate-syn-three-way, reset lost: SYN_RECEIVED until the real SYN exposes it', () => {
    const run = simulate(oldDuplicateSynThreeWay({ profile, reset: 'lost' }));
    // The real SYN meets SYN_RECEIVED: a passive open returns to LISTEN and drops it (RFC 9293
    // §3.10.7.4, fourth check); the client's retransmitted SYN then opens the connection.
    const [stale, real] = numbers(run, 'server');
    expect(stale).toEqual(['SYN+ACK', 300, 91, 0]);
    expect(real?.slice(0, 1)).toEqual(['SYN+ACK']);
    expect(real?.[2]).toBe(101);
    expect(numbers(run, 'client').map((n) => n[0])).toEqual(['RST', 'SYN', 'SYN', 'ACK']);
    const serverRules = run.steps.flatMap((s) => s.transitions).filter((t) => t.side === 'server').map((t) => t.reason.key);
    expect(serverRules).toContain('syn_received.rcv_syn_passive');
    expect(states(run, 'server')).toEqual(['CLOSED', 'LISTEN', 'SYN_RECEIVED', 'LISTEN', 'SYN_RECEIVED', 'ESTABLISHED']);
    expect(errors(run)).toEqual([]);
  });

  it('lost-final-ack: the server re-sends its FIN, the client in TIME_WAIT ACKs it again', () => {
    const run = simulate(lostFinalAck({ profile, msl: 30 }));
    expect(wire(run)).toEqual([...OPEN, 'c:ACK+FIN', 's:ACK', 's:ACK+FIN', 'c:ACK', 's:ACK+FIN', 'c:ACK']);
    const clientSegments = run.segments.filter((s) => s.from === 'client');
    expect(clientSegments.map((s) => s.dropped)).toEqual([false, false, false, true, false]);
    const fins = run.segments.filter((s) => s.from === 'server' && s.segment.flags.includes('FIN'));
    const [fin, again] = fins;
    expect(again?.segment).toEqual(fin?.segment);
    const gap = (again?.t ?? 0) - (fin?.t ?? 0);
    if (profile === 'rfc9293') expect(gap).toBeCloseTo(1, 6); // RFC 6298: RTO floor 1 s
    else expect(gap).toBeGreaterThan(0.2); // Linux: SRTT + max(4·RTTVAR, 200 ms)
    expect(states(run, 'server').slice(-2)).toEqual(['LAST_ACK', 'CLOSED']);
    expect(states(run, 'client').slice(-2)).toEqual(['TIME_WAIT', 'CLOSED']);
    // TIME_WAIT starts over when the FIN comes again.
    const timeWait = stay(run, 'client', 'TIME_WAIT');
    const secondFinArrives = again?.arrivals[0] ?? NaN;
    expect(timeWait.leave).toBeCloseTo(secondFinArrives + (profile === 'rfc9293' ? 60 : 61.024), 6);
  });

  it('half-close: after its FIN the client still receives everything the server sends', () => {
    const run = simulate(halfClose({ profile }));
    const replies = run.segments.filter((s) => s.from === 'server' && s.segment.len === 1000);
    expect(replies).toHaveLength(3);
    for (const reply of replies) {
      const arrival = run.steps.find((s) => s.event.kind === 'arrive' && s.event.segment === reply);
      expect(arrival?.client.state).toBe('FIN_WAIT_2');
      // ACKed by the client at once: it still receives normally.
      expect(arrival?.sent.map(describeSegment)).toEqual(['c:ACK']);
    }
    expect(states(run, 'client').slice(-5)).toEqual(['ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'TIME_WAIT', 'CLOSED']);
    expect(states(run, 'server').slice(-4)).toEqual(['ESTABLISHED', 'CLOSE_WAIT', 'LAST_ACK', 'CLOSED']);
    const clientFin = run.segments.find((s) => s.from === 'client' && s.segment.flags.includes('FIN'));
    const serverFin = run.segments.find((s) => s.from === 'server' && s.segment.flags.includes('FIN'));
    expect(serverFin?.segment.seq).toBe(301 + 3000);
    expect(clientFin?.segment.seq).toBe(101 + 20);
    const timeWait = run.steps.find((s) => s.transitions.some((tr) => tr.side === 'client' && tr.to === 'TIME_WAIT'));
    expect(timeWait?.client.rcvNxt).toBe(301 + 3000 + 1);
    expect(errors(run)).toEqual([]);
  });

  it('rst-closed-port: RST+ACK with seq 0 and ack ISN+1; connect is refused', () => {
    const run = simulate(rstClosedPort({ profile }));
    expect(numbers(run, 'client')).toEqual([['SYN', 100, null, 0]]);
    expect(numbers(run, 'server')).toEqual([['ACK+RST', 0, 101, 0]]);
    expect(states(run, 'client')).toEqual(['CLOSED', 'SYN_SENT', 'CLOSED']);
    expect(states(run, 'server')).toEqual(['CLOSED']);
    expect(errors(run)).toEqual(['client:connect:ECONNREFUSED']);
  });

  it('abortive-close: a reset instead of a FIN, no TIME_WAIT, the peer sees ECONNRESET', () => {
    const run = simulate(abortiveClose({ profile }));
    const last = numbers(run, 'client').at(-1);
    // RFC 9293 §3.10.5: <SEQ=SND.NXT><CTL=RST>; Linux adds the ACK.
    expect(last).toEqual(profile === 'rfc9293' ? ['RST', 106, null, 0] : ['ACK+RST', 106, 301, 0]);
    expect(wire(run).some((s) => s.includes('FIN'))).toBe(false);
    expect(states(run, 'client').slice(-2)).toEqual(['ESTABLISHED', 'CLOSED']);
    expect(states(run, 'server').slice(-2)).toEqual(['ESTABLISHED', 'CLOSED']);
    expect(errors(run)).toEqual(['server:recv:ECONNRESET']);
  });
});

describe('http-life', () => {
  for (const profile of PROFILES) {
    it(`two requests and responses on one connection, then the client closes (${profile})`, () => {
      const run = simulate(httpLife({ profile, msl: 1 }));
      // With J = 100, K = 300: requests of 80 bytes, responses of 400 and 200; each data segment
      // carries PSH and is acknowledged at once by a pure ACK.
      expect(numbers(run, 'client')).toEqual([
        ['SYN', 100, null, 0],
        ['ACK', 101, 301, 0],
        ['ACK+PSH', 101, 301, 80],
        ['ACK', 181, 701, 0],
        ['ACK+PSH', 181, 701, 80],
        ['ACK', 261, 901, 0],
        ['ACK+FIN', 261, 901, 0],
        ['ACK', 262, 902, 0],
      ]);
      const serverEnd: [string, number, number | null, number][] =
        profile === 'linux'
          ? [['ACK+FIN', 901, 262, 0]] // Linux's delayed ACK of the FIN rides on the server's own FIN
          : [['ACK', 901, 262, 0], ['ACK+FIN', 901, 262, 0]];
      expect(numbers(run, 'server')).toEqual([
        ['SYN+ACK', 300, 101, 0],
        ['ACK', 301, 181, 0],
        ['ACK+PSH', 301, 181, 400],
        ['ACK', 701, 261, 0],
        ['ACK+PSH', 701, 261, 200],
        ...serverEnd,
      ]);
      expect(states(run, 'client').slice(-3)).toEqual([...(profile === 'linux' ? ['FIN_WAIT_1'] : ['FIN_WAIT_2']), 'TIME_WAIT', 'CLOSED']);
      expect(states(run, 'server').slice(-3)).toEqual(['CLOSE_WAIT', 'LAST_ACK', 'CLOSED']);
      // The connection stays ESTABLISHED between the two exchanges: the second request reuses it.
      expect(states(run, 'client').filter((s) => s === 'SYN_SENT')).toHaveLength(1);
      expect(errors(run)).toEqual([]);
    });

    it(`the server closes after its second response (Connection: close) and holds TIME_WAIT (${profile})`, () => {
      const run = simulate(httpLife({ profile, closer: 'server', msl: 1 }));
      expect(numbers(run, 'server').slice(-3)).toEqual([
        ['ACK+PSH', 701, 261, 200],
        ['ACK+FIN', 901, 261, 0],
        ['ACK', 902, 262, 0],
      ]);
      expect(states(run, 'server').slice(-2)).toEqual(['TIME_WAIT', 'CLOSED']);
      expect(states(run, 'client').slice(-3)).toEqual(['CLOSE_WAIT', 'LAST_ACK', 'CLOSED']);
      expect(errors(run)).toEqual([]);
    });
  }

  it('rejects an unknown closer', () => {
    expect(() => httpLife({ closer: 'nobody' as 'client' })).toThrow(/closer/);
  });
});

describe('old-duplicate-after-reconnect (rfc9293)', () => {
  function strayStep(run: Run) {
    const step = run.steps.find((s) => s.event.kind === 'arrive' && s.event.segment.injected);
    if (!step || step.event.kind !== 'arrive') throw new Error('the stray never arrived');
    return { step, stray: step.event.segment };
  }
  /** The client's request of the second incarnation: its last data segment. */
  function newRequest(run: Run) {
    const request = run.segments.filter((s) => s.from === 'client' && s.segment.len > 0 && !s.injected).at(-1);
    const arrival = run.steps.find((s) => s.event.kind === 'arrive' && s.event.segment === request);
    if (!request || !arrival) throw new Error('no second request');
    return { request, arrival };
  }

  it('the stray is a copy of the request the first incarnation really sent', () => {
    for (const reconnect of ['before-2msl', 'after-2msl'] as const) {
      const run = simulate(oldDuplicateAfterReconnect({ reconnect }));
      const firstRequest = run.segments.find((s) => s.from === 'client' && s.segment.len > 0 && !s.injected);
      expect(strayStep(run).stray.segment).toEqual(firstRequest?.segment);
    }
  });

  it('before-2msl: the new connection takes the old bytes, and the real ones are thrown away', () => {
    const run = simulate(oldDuplicateAfterReconnect({ reconnect: 'before-2msl' }));
    const { step } = strayStep(run);
    // Both incarnations really happened, TIME_WAIT included, and the second one is open.
    expect(states(run, 'server').filter((s) => s === 'TIME_WAIT')).toHaveLength(1);
    expect(step.server.state).toBe('ESTABLISHED');
    expect(step.server.rcvNxt).toBe(100 + 1 + 6); // accepted as the new connection's first 6 bytes
    expect(step.returns).toContainEqual(expect.objectContaining({ side: 'server', call: 'recv' }));
    // The client's genuine new request arrives after, and is a "duplicate" now...
    const { request, arrival } = newRequest(run);
    expect(request.t).toBeLessThan(step.t);
    expect(arrival.t).toBeGreaterThan(step.t);
    expect(arrival.server.rcvNxt).toBe(107);
    expect(arrival.returns).toEqual([]);
    // ... and the client believes it delivered.
    expect(run.steps.at(-1)?.client.sndUna).toBe(107);
    expect(errors(run)).toEqual([]);
  });

  it('after-2msl: the stray arrives in TIME_WAIT and dies there; the new connection gets the real bytes', () => {
    const run = simulate(oldDuplicateAfterReconnect({ reconnect: 'after-2msl' }));
    const { step } = strayStep(run);
    expect(step.server.state).toBe('TIME_WAIT');
    expect(step.server.rcvNxt).toBe(100 + 1 + 6 + 1); // unchanged: the request and the FIN, nothing more
    expect(step.sent.map(describeSegment)).toEqual(['s:ACK']);
    expect(stay(run, 'server', 'SYN_RECEIVED', 1).enter).toBeGreaterThan(step.t);
    const { arrival } = newRequest(run);
    expect(arrival.server.rcvNxt).toBe(107);
    expect(arrival.returns).toContainEqual(expect.objectContaining({ side: 'server', call: 'recv' }));
    expect(errors(run)).toEqual([]);
  });
});

describe('the library', () => {
  it.each(SCENARIO_IDS)('%s is a valid scenario (parseScenario leaves it unchanged)', (id) => {
    const scenario = SCENARIOS[id].build();
    expect(parseScenario(JSON.parse(JSON.stringify(scenario)))).toEqual(scenario);
  });

  it.each(SCENARIO_IDS)('%s runs the same twice', (id) => {
    const scenario = SCENARIOS[id].build();
    expect(JSON.stringify(simulate(scenario))).toEqual(JSON.stringify(simulate(scenario)));
  });

  it('builds from defaults, and parameters change what they say', () => {
    expect(SCENARIOS['close-from-client'].build()).toEqual(closeFromClient());
    expect(SCENARIOS['three-segment-close'].defaults.profile).toBe('linux');
    const custom = SCENARIOS['normal-open'].build({ clientIsn: 7, serverIsn: 9, delay: 0.2, profile: 'linux' });
    expect(custom).toMatchObject({ client: { isn: 7 }, server: { isn: 9 }, link: { delay: 0.2 }, profile: 'linux' });
  });

  it('rejects parameters that cannot be', () => {
    expect(() => normalOpen({ clientIsn: -1 })).toThrow(/clientIsn/);
    expect(() => normalOpen({ serverIsn: 2 ** 32 })).toThrow(/serverIsn/);
    expect(() => normalOpen({ delay: -0.1 })).toThrow(/delay/);
    expect(() => closeFromClient({ msl: 0 })).toThrow(/msl/);
    expect(() => simultaneousOpen({ delay: 0 })).toThrow(/delay/);
    expect(() => halfClose({ replies: 0 })).toThrow(/replies/);
    expect(() => oldDuplicateSynThreeWay({ oldIsn: 1.5 })).toThrow(/oldIsn/);
    expect(() => oldDuplicateSynTwoWay({ reset: 'late' as 'lost' })).toThrow(/reset/);
  });
});
