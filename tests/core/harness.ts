// A small driver for one endpoint in unit tests: feed calls, segments and timers at chosen times
// and look at exactly what came out.
import { createEndpoint, seqNum, step } from '../../src/core/index.ts';
import type { Call, Endpoint, Flag, Profile, Segment, Side, StepOptions, StepResult, TimerKind } from '../../src/core/index.ts';

export function seg(flags: readonly Flag[], seq: number, ack: number | null = null, len = 0): Segment {
  const all: readonly Flag[] = ack === null ? flags : [...flags, 'ACK'];
  const order: readonly Flag[] = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG'];
  return { seq: seqNum(seq), ack: ack === null ? null : seqNum(ack), flags: order.filter((f) => all.includes(f)), len };
}

/** The segment as plain numbers, for exact assertions. */
export function plain(s: Segment): { flags: string; seq: number; ack: number | null; len: number } {
  return { flags: s.flags.join('+'), seq: s.seq, ack: s.ack, len: s.len };
}

export interface Driver {
  readonly profile: Profile;
  ep: Endpoint;
  now: number;
  last: StepResult;
  call(call: Call | Call['name'], at?: number): StepResult;
  arrive(segment: Segment, at?: number): StepResult;
  /** Fires the named timer at its deadline (fails if it is not running). */
  fire(timer: TimerKind): StepResult;
  /** Segments sent by the last step, as plain numbers. */
  sent(): ReturnType<typeof plain>[];
  readonly state: string;
}

export function driver(profile: Profile, isn: number, options: StepOptions = {}, side: Side = 'client'): Driver {
  const d: Driver = {
    profile,
    ep: createEndpoint(side, isn),
    now: 0,
    last: { endpoint: createEndpoint(side, isn), out: [], transitions: [], reasons: [], returns: [] },
    call(call, at) {
      const c: Call = typeof call === 'string' ? ({ name: call } as Call) : call;
      return feed({ kind: 'call', call: c }, at);
    },
    arrive(segment, at) {
      return feed({ kind: 'segment', segment }, at);
    },
    fire(timer) {
      const due = d.ep.timers[timer];
      if (due === undefined) throw new Error(`timer ${timer} is not running`);
      return feed({ kind: 'timer', timer }, due);
    },
    sent() {
      return d.last.out.map((e) => plain(e.segment));
    },
    get state() {
      return d.ep.state;
    },
  };
  function feed(input: Parameters<typeof step>[1], at?: number): StepResult {
    if (at !== undefined) d.now = at;
    d.last = step(d.ep, input, d.now, profile, options);
    d.ep = d.last.endpoint;
    return d.last;
  }
  return d;
}

export const CLIENT_ISN = 1000;
export const SERVER_ISN = 5000;

/** A client that connected (SYN at t=0, SYN+ACK at t=0.1): ESTABLISHED, RTT sample 0.1 s. */
export function establishedClient(profile: Profile, options: StepOptions = {}): Driver {
  const d = driver(profile, CLIENT_ISN, options);
  d.call('connect', 0);
  d.arrive(seg(['SYN'], SERVER_ISN, CLIENT_ISN + 1), 0.1);
  return d;
}

/** A server that accepted (SYN at t=0, ACK at t=0.1): ESTABLISHED, passive. */
export function establishedServer(profile: Profile, options: StepOptions = {}): Driver {
  const d = driver(profile, SERVER_ISN, options, 'server');
  d.call('listen', 0);
  d.arrive(seg(['SYN'], CLIENT_ISN), 0);
  d.arrive(seg([], CLIENT_ISN + 1, SERVER_ISN + 1), 0.1);
  return d;
}

export const PROFILES: readonly Profile[] = ['rfc9293', 'linux'];
