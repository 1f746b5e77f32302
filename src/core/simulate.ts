// The network and the two applications around two endpoints: a deterministic discrete-event
// simulation. Same scenario in, same Run out, always.
import { createEndpoint, snapshot, step } from './endpoint.ts';
import type { Emission, Endpoint, Input, StepOptions } from './endpoint.ts';
import { EventQueue } from './event-queue.ts';
import type { InjectedSegment, Scenario, ScenarioEvent, NthSent } from './scenario.ts';
import { seqNum } from './seq.ts';
import { otherSide, SIDES, TIMER_KINDS } from './types.ts';
import type {
  Call,
  CallName,
  EndpointSnapshot,
  Profile,
  Reason,
  Segment,
  Side,
  SocketError,
  TimerKind,
  Transition,
} from './types.ts';

/** A segment put on the wire (or injected into it), with its fate. */
export interface SentSegment {
  /** Index in Run.segments. */
  readonly id: number;
  readonly from: Side;
  readonly to: Side;
  /** When it left its sender (for an injected segment: when it arrives). */
  readonly t: number;
  readonly segment: Segment;
  /** 1-based count among the segments `from` transmitted; 0 for an injected segment. */
  readonly nth: number;
  readonly dropped: boolean;
  readonly duplicated: boolean;
  /** An old duplicate the scenario made up; no endpoint sent it in this run. */
  readonly injected: boolean;
  /** Times it reaches `to`: empty when dropped, two when duplicated. */
  readonly arrivals: readonly number[];
  /** Why the sender sent it (for an injected segment: 'network.inject_old_duplicate'). */
  readonly reason: Reason;
}

/** What a step processed. For 'arrive' and 'lost', `side` is the receiver. */
export type StepEvent =
  | { readonly kind: 'call'; readonly side: Side; readonly call: Call }
  | { readonly kind: 'arrive'; readonly side: Side; readonly segment: SentSegment }
  | { readonly kind: 'lost'; readonly side: Side; readonly segment: SentSegment }
  | { readonly kind: 'timer'; readonly side: Side; readonly timer: TimerKind };

/** A blocking call returning, or any call failing. */
export interface CallReturn {
  readonly t: number;
  readonly side: Side;
  readonly call: CallName;
  readonly error?: SocketError;
}

export interface SideTransition extends Transition {
  readonly side: Side;
}

export interface Step {
  readonly index: number;
  readonly t: number;
  readonly event: StepEvent;
  /** Segments transmitted while processing the event. */
  readonly sent: readonly SentSegment[];
  readonly transitions: readonly SideTransition[];
  /** Every reason in the step: the transitions' and the sent segments', in order. */
  readonly reasons: readonly Reason[];
  readonly returns: readonly CallReturn[];
  /** Both endpoints after the step. */
  readonly client: EndpointSnapshot;
  readonly server: EndpointSnapshot;
  /** Segments still travelling after the step. */
  readonly inFlight: readonly SentSegment[];
}

export interface Run {
  readonly scenario: Scenario;
  readonly profile: Profile;
  /** Both endpoints before the first step. */
  readonly initial: { readonly client: EndpointSnapshot; readonly server: EndpointSnapshot };
  readonly steps: readonly Step[];
  /** Every transmitted segment, in time order. */
  readonly segments: readonly SentSegment[];
  /** The simulation stopped at this time. */
  readonly end: number;
}

/**
 * A run as it is replayed: everything that happened, without the scenario that made it happen.
 * All a view of a run reads, and what a stepper is shipped (./run-data.ts).
 */
export type Replay = Omit<Run, 'scenario'>;

type Item =
  | { readonly kind: 'call'; readonly side: Side; readonly index: number }
  | { readonly kind: 'arrive'; readonly segment: SentSegment }
  | { readonly kind: 'lost'; readonly segment: SentSegment }
  | { readonly kind: 'timer'; readonly side: Side; readonly timer: TimerKind; readonly due: number }
  | { readonly kind: 'inject'; readonly injection: InjectedSegment };

/** A run stops after this many steps even if events remain (a guard, never reached by sane input). */
const MAX_STEPS = 200_000;

const INJECT_REASON: Reason = { key: 'network.inject_old_duplicate', section: '3.4' };

/** Runs a scenario to its end (or `until`) and records every step. Deterministic. */
export function simulate(scenario: Scenario): Run {
  const profile = scenario.profile;
  const options: StepOptions = {
    ...(scenario.msl !== undefined ? { msl: scenario.msl } : {}),
    ...(scenario.handshake !== undefined ? { handshake: scenario.handshake } : {}),
  };
  const until = scenario.until ?? Infinity;
  const endpoints: Record<Side, Endpoint> = {
    client: createEndpoint('client', scenario.client.isn),
    server: createEndpoint('server', scenario.server.isn),
  };
  const snapshots: Record<Side, EndpointSnapshot> = {
    client: snapshot(endpoints.client),
    server: snapshot(endpoints.server),
  };
  const initial = { ...snapshots };
  const programs: Record<Side, ScenarioEvent[]> = {
    client: scenario.events.filter((e) => e.who === 'client'),
    server: scenario.events.filter((e) => e.who === 'server'),
  };
  const nextCall: Record<Side, number> = { client: 0, server: 0 };
  const blocked: Record<Side, boolean> = { client: false, server: false };
  const transmitted: Record<Side, number> = { client: 0, server: 0 };
  const timerAt: Record<Side, Partial<Record<TimerKind, number>>> = { client: {}, server: {} };
  const inFlight = new Map<SentSegment, number>();
  const segments: SentSegment[] = [];
  const steps: Step[] = [];
  const queue = new EventQueue<Item>();
  let now = 0;

  const picks = <P extends NthSent>(list: readonly P[] | undefined, side: Side, nth: number): P[] =>
    (list ?? []).filter((p) => p.from === side && p.nth === nth);

  function scheduleCall(side: Side, notBefore: number): void {
    const index = nextCall[side];
    const event = programs[side][index];
    if (event) queue.push(Math.max(event.t, notBefore), { kind: 'call', side, index });
  }

  function put(from: Side, emission: Emission): SentSegment {
    const nth = ++transmitted[from];
    const dropped = picks(scenario.drops, from, nth).length > 0;
    const duplicated = picks(scenario.duplicates, from, nth).length > 0;
    const extra = picks(scenario.delays, from, nth).reduce((sum, p) => sum + p.extra, 0);
    const delay = scenario.link?.delays?.[from] ?? scenario.link?.delay ?? 0;
    const arrival = now + delay + extra;
    const sent: SentSegment = {
      id: segments.length,
      from,
      to: otherSide(from),
      t: now,
      segment: emission.segment,
      nth,
      dropped,
      duplicated,
      injected: false,
      arrivals: dropped ? [] : duplicated ? [arrival, arrival] : [arrival],
      reason: emission.reason,
    };
    segments.push(sent);
    if (dropped) {
      queue.push(arrival, { kind: 'lost', segment: sent });
    } else {
      for (const t of sent.arrivals) queue.push(t, { kind: 'arrive', segment: sent });
    }
    inFlight.set(sent, sent.arrivals.length || 1);
    return sent;
  }

  function land(segment: SentSegment): void {
    const left = (inFlight.get(segment) ?? 1) - 1;
    if (left > 0) inFlight.set(segment, left);
    else inFlight.delete(segment);
  }

  /** Feeds one input to one side and records the step. */
  function run(side: Side, input: Input, event: StepEvent, extraSent: SentSegment[] = []): void {
    const result = step(endpoints[side], input, now, profile, options);
    endpoints[side] = result.endpoint;
    snapshots[side] = snapshot(result.endpoint);
    const sent = [...extraSent, ...result.out.map((e) => put(side, e))];
    const returns: CallReturn[] = result.returns.map((r) => ({ t: now, side, ...r }));
    if (blocked[side] && returns.length > 0) {
      blocked[side] = false;
      scheduleCall(side, now);
    }
    for (const timer of TIMER_KINDS) {
      const due = result.endpoint.timers[timer];
      if (due !== undefined && timerAt[side][timer] !== due) {
        timerAt[side][timer] = due;
        queue.push(due, { kind: 'timer', side, timer, due });
      }
    }
    record(event, sent, result.transitions.map((t) => ({ ...t, side })), result.reasons, returns);
  }

  function record(
    event: StepEvent,
    sent: readonly SentSegment[],
    transitions: readonly SideTransition[],
    reasons: readonly Reason[],
    returns: readonly CallReturn[],
  ): void {
    steps.push({
      index: steps.length,
      t: now,
      event,
      sent,
      transitions,
      reasons,
      returns,
      client: snapshots.client,
      server: snapshots.server,
      inFlight: [...inFlight.keys()],
    });
  }

  for (const side of SIDES) scheduleCall(side, 0);
  for (const injection of scenario.inject ?? []) queue.push(injection.t, { kind: 'inject', injection });

  while (queue.size > 0 && steps.length < MAX_STEPS) {
    const t = queue.peekTime() as number;
    if (t > until) break;
    const { item } = queue.pop() as { t: number; item: Item };
    now = t;
    switch (item.kind) {
      case 'call': {
        const event = programs[item.side][item.index] as ScenarioEvent;
        const call: Call = event.call === 'send' ? { name: 'send', bytes: event.bytes ?? 0 } : { name: event.call };
        nextCall[item.side] = item.index + 1;
        blocked[item.side] = true; // until the step says the call returned
        const input: Input = event.isn !== undefined ? { kind: 'call', call, isn: event.isn } : { kind: 'call', call };
        run(item.side, input, { kind: 'call', side: item.side, call });
        break;
      }
      case 'arrive':
        land(item.segment);
        run(item.segment.to, { kind: 'segment', segment: item.segment.segment }, {
          kind: 'arrive',
          side: item.segment.to,
          segment: item.segment,
        });
        break;
      case 'lost':
        land(item.segment);
        record({ kind: 'lost', side: item.segment.to, segment: item.segment }, [], [], [], []);
        break;
      case 'timer':
        // A timer re-armed or cancelled since this was queued is stale: nothing happens.
        if (endpoints[item.side].timers[item.timer] !== item.due) break;
        delete timerAt[item.side][item.timer];
        run(item.side, { kind: 'timer', timer: item.timer }, { kind: 'timer', side: item.side, timer: item.timer });
        break;
      case 'inject': {
        const { to, segment: s } = item.injection;
        const segment: Segment = {
          seq: seqNum(s.seq),
          ack: s.ack === null ? null : seqNum(s.ack),
          flags: s.flags,
          len: s.len,
        };
        const sent: SentSegment = {
          id: segments.length,
          from: otherSide(to),
          to,
          t: now,
          segment,
          nth: 0,
          dropped: false,
          duplicated: false,
          injected: true,
          arrivals: [now],
          reason: INJECT_REASON,
        };
        segments.push(sent);
        run(to, { kind: 'segment', segment }, { kind: 'arrive', side: to, segment: sent });
        break;
      }
    }
  }
  return { scenario, profile, initial, steps, segments, end: Number.isFinite(until) ? until : now };
}
