// The simulator: network effects, scheduling of the applications' calls, and whole-run behaviour
// of each profile against the text it follows.
import { describe, expect, it } from 'vitest';
import { simulate, toOracleTrace } from '../../src/core/index.ts';
import type { Scenario, ScenarioEvent } from '../../src/core/index.ts';

const openSendClose = (clientCloseAt: number, serverCloseAt: number): ScenarioEvent[] => [
  { t: 0, who: 'server', call: 'listen' },
  { t: 0.1, who: 'client', call: 'connect' },
  { t: 0.2, who: 'client', call: 'send', bytes: 5 },
  { t: 0, who: 'server', call: 'recv' },
  { t: clientCloseAt, who: 'client', call: 'close' },
  { t: 0, who: 'server', call: 'recv_until_eof' },
  { t: serverCloseAt, who: 'server', call: 'close' },
];

const base = (profile: Scenario['profile'], events: ScenarioEvent[], extra: Partial<Scenario> = {}): Scenario => ({
  profile,
  link: { delay: 0.01 },
  client: { isn: 100 },
  server: { isn: 9000 },
  events,
  ...extra,
});

const flagsOf = (s: Scenario) =>
  toOracleTrace(simulate(s)).segments.map((x) => `${x.from[0]}:${x.flags.join('+')}${x.dropped ? '!' : ''}`);

describe('simulate', () => {
  it('rfc9293_teardown_always_takes_four_segments', () => {
    // §3.6: each side's FIN is acknowledged on its own, even when the server closes at once.
    const segs = flagsOf(base('rfc9293', openSendClose(1, 0)));
    expect(segs.slice(-4)).toEqual(['c:ACK+FIN', 's:ACK', 's:ACK+FIN', 'c:ACK']);
  });

  it('linux_teardown_takes_three_segments_when_the_server_closes_within_the_delayed_ack', () => {
    const segs = flagsOf(base('linux', openSendClose(1, 0)));
    expect(segs.slice(-3)).toEqual(['c:ACK+FIN', 's:ACK+FIN', 'c:ACK']);
  });

  it('linux_teardown_takes_four_segments_when_the_server_closes_later', () => {
    const segs = flagsOf(base('linux', openSendClose(1, 2)));
    expect(segs.slice(-4)).toEqual(['c:ACK+FIN', 's:ACK', 's:ACK+FIN', 'c:ACK']);
  });

  it('handshake_with_isn_4294967295_wraps', () => {
    const run = simulate(base('rfc9293', openSendClose(1, 0), { client: { isn: 4294967295 }, server: { isn: 4294967295 } }));
    const [syn, synAck, ack, data] = toOracleTrace(run).segments;
    expect(syn).toMatchObject({ flags: ['SYN'], seq: 4294967295, ack: null });
    expect(synAck).toMatchObject({ flags: ['SYN', 'ACK'], seq: 4294967295, ack: 0 });
    expect(ack).toMatchObject({ flags: ['ACK'], seq: 0, ack: 0 });
    expect(data).toMatchObject({ seq: 0, len: 5 });
    expect(run.steps.at(-1)?.client.state).toBe('CLOSED');
  });

  it('drops_name_the_lost_segment_itself', () => {
    const s = base('linux', openSendClose(1, 0), { drops: [{ from: 'client', nth: 1 }, { from: 'server', nth: 2 }] });
    const segments = toOracleTrace(simulate(s)).segments;
    expect(segments[0]).toMatchObject({ from: 'client', flags: ['SYN'], dropped: true });
    const server = segments.filter((x) => x.from === 'server');
    expect(server.map((x) => x.dropped).slice(0, 3)).toEqual([false, true, false]);
  });

  // The server closes last (LAST_ACK, its FIN the only segment outstanding) on a 0 ms link; the
  // client's ACK of that FIN (its 5th segment) and the ACKs of every resent FIN are lost.
  const lostLastAcks = (profile: Scenario['profile']): number[] => {
    const s = base(profile, openSendClose(1, 1.5), {
      link: { delay: 0 },
      drops: [5, 6, 7, 8, 9, 10].map((nth) => ({ from: 'client' as const, nth })),
    });
    const fins = simulate(s).segments.filter((x) => x.from === 'server' && x.segment.flags.includes('FIN'));
    return fins.slice(1).map((f, i) => Math.round((f.t - (fins[i]?.t ?? 0)) * 1e6) / 1e6);
  };

  it('linux_resends_a_lost_tail_as_a_loss_probe_then_backs_off', () => {
    // A probe after 2·SRTT + 200 ms, capped at the RTO (both 51 jiffies, fired 51.5 on average);
    // the RTO again, not backed off; then doubled: 102, 204, 408, 816 jiffies, each half a wheel
    // slot late on average (the captures: +0.21, +0.21, +0.43, +0.83, +1.66, +3.5 s).
    expect(lostLastAcks('linux').slice(0, 6)).toEqual([0.206, 0.206, 0.424, 0.832, 1.648, 3.392]);
  });

  it('rfc9293_resends_a_lost_tail_on_the_rto_alone', () => {
    // RFC 6298: an RTO of at least 1 s (2.4), doubled on every expiry (5.5).
    expect(lostLastAcks('rfc9293').slice(0, 5)).toEqual([1, 2, 4, 8, 16]);
  });

  it('a_lost_segment_appears_as_a_lost_step_when_it_would_have_arrived', () => {
    const run = simulate(base('linux', openSendClose(1, 0), { drops: [{ from: 'client', nth: 1 }] }));
    const lost = run.steps.find((s) => s.event.kind === 'lost');
    expect(lost?.t).toBeCloseTo(0.11, 9);
  });

  it('a_duplicated_segment_arrives_twice', () => {
    const run = simulate(base('rfc9293', openSendClose(1, 0), { duplicates: [{ from: 'client', nth: 3 }] }));
    const arrivals = run.steps.filter((s) => s.event.kind === 'arrive' && s.event.segment.nth === 3 && s.event.segment.from === 'client');
    expect(arrivals).toHaveLength(2);
    // The second copy is old: it draws an ACK and adds no data.
    expect(arrivals[1]?.sent.map((x) => x.segment.flags.join('+'))).toEqual(['ACK']);
    expect(arrivals[1]?.server.unread).toBe(0);
  });

  it('an_extra_delay_reorders_and_the_receiver_reassembles', () => {
    const events: ScenarioEvent[] = [
      { t: 0, who: 'server', call: 'listen' },
      { t: 0.1, who: 'client', call: 'connect' },
      { t: 0.2, who: 'client', call: 'send', bytes: 5 },
      { t: 0.2, who: 'client', call: 'send', bytes: 7 },
      { t: 0, who: 'server', call: 'recv_until_eof' },
      { t: 1, who: 'client', call: 'close' },
    ];
    const run = simulate(base('rfc9293', events, { delays: [{ from: 'client', nth: 3, extra: 0.05 }] }));
    const acks = run.segments.filter((s) => s.from === 'server' && s.segment.flags.join() === 'ACK').map((s) => s.segment.ack);
    // The 7 bytes arrive first: a duplicate ACK for 101; then both pieces are acknowledged at once.
    expect(acks.slice(0, 2)).toEqual([101, 113]);
  });

  it('per_direction_delay_applies_to_the_sender', () => {
    const run = simulate(base('linux', openSendClose(1, 0), { link: { delay: 0.01, delays: { client: 0.2 } } }));
    const [syn, synAck] = run.segments;
    expect(syn?.arrivals).toEqual([0.1 + 0.2]);
    expect(synAck?.arrivals[0]).toBeCloseTo(0.3 + 0.01, 9);
  });

  it('an_injected_old_duplicate_syn_is_refused_by_the_client_in_three_way_but_not_two_way', () => {
    const events: ScenarioEvent[] = [{ t: 0, who: 'server', call: 'listen' }];
    const inject = [{ t: 1, to: 'server' as const, segment: { flags: ['SYN' as const], seq: 5, ack: null, len: 0 } }];
    const three = simulate(base('rfc9293', events, { inject, until: 2 }));
    // RFC 9293 Figure 9: the SYN,ACK meets a client with no connection, which resets it; the
    // server returns to LISTEN.
    expect(three.segments.filter((s) => !s.injected).map((s) => `${s.from}:${s.segment.flags.join('+')}:${s.segment.seq}`)).toEqual([
      'server:SYN+ACK:9000',
      'client:RST:6', // <SEQ=SEG.ACK><CTL=RST>, SEG.ACK = 5 + 1
    ]);
    expect(three.steps.at(-1)?.server.state).toBe('LISTEN');
    const two = simulate(base('rfc9293', events, { inject, until: 1.5, handshake: 'two-way' }));
    expect(two.steps.find((s) => s.event.kind === 'arrive' && s.event.segment.injected)?.server.state).toBe('ESTABLISHED');
  });

  it('stops_at_until', () => {
    const run = simulate(base('rfc9293', openSendClose(1, 0), { until: 0.5 }));
    expect(run.end).toBe(0.5);
    expect(run.steps.every((s) => s.t <= 0.5)).toBe(true);
  });

  it('a_call_waits_for_the_previous_blocking_call', () => {
    const run = simulate(base('linux', openSendClose(1, 0)));
    const serverCalls = run.steps.filter((s) => s.event.kind === 'call' && s.event.side === 'server');
    // listen at 0; recv at 0 (blocks until the 5 bytes land at 0.21); recv_until_eof then; close after EOF.
    expect(serverCalls.map((s) => s.t)).toEqual([0, 0, expect.closeTo(0.21, 9), expect.closeTo(1.01, 9)]);
  });
});
