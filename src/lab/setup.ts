/**
 * A lab setup: what a learner can change about a connection, in the lab's own small vocabulary,
 * and how it becomes one of the core's scenarios. Each side's calls and when; the link's delay;
 * faults on chosen segments; old duplicates from an earlier connection; the profile, the MSL and
 * the handshake. The core does the TCP: this only maps the setup onto what it already simulates
 * (drops, duplicates, delays and injected segments, RFC 9293 §3.4 and §3.10.7).
 */
import type { InjectedSegment, Scenario } from '../core/scenario.ts';
import type { CallName, Profile, Side } from '../core/types.ts';

/** One call of one side's application, at its earliest time (s); it runs later if the previous call blocks. */
export interface LabCall {
  readonly t: number;
  readonly who: Side;
  readonly call: CallName;
  /** Payload of a `send`. */
  readonly bytes?: number;
}

/** What the network does to one segment: lose it, deliver it twice, or hold it back. */
export type FaultKind = 'lose' | 'duplicate' | 'delay';
export const FAULT_KINDS: readonly FaultKind[] = ['lose', 'duplicate', 'delay'];

export interface LabFault {
  readonly kind: FaultKind;
  /** The side that sends it, and which of its transmissions (1-based, retransmissions counted). */
  readonly from: Side;
  readonly nth: number;
  /** For 'delay': seconds it is held back, so later segments overtake it. */
  readonly extra?: number;
}

/** An old duplicate from an earlier connection: its SYN, or a segment of its data. */
export type OldSegmentKind = 'syn' | 'data';
export const OLD_SEGMENT_KINDS: readonly OldSegmentKind[] = ['syn', 'data'];

export interface LabOldSegment {
  readonly kind: OldSegmentKind;
  /** Who it reaches, and when (s). */
  readonly to: Side;
  readonly t: number;
}

export type Handshake = 'three-way' | 'two-way';
export const HANDSHAKES: readonly Handshake[] = ['three-way', 'two-way'];

export interface LabSetup {
  readonly profile: Profile;
  readonly handshake: Handshake;
  /** One-way link delay (s). */
  readonly delay: number;
  /** Maximum segment lifetime (s) of the textbook profile: TIME_WAIT lasts 2 × MSL (RFC 9293 §3.4.2). */
  readonly msl: number;
  readonly calls: readonly LabCall[];
  readonly faults: readonly LabFault[];
  readonly old: readonly LabOldSegment[];
}

/** RFC 9293's example numbers (its figures use ISNs 100 and 300); the old SYN is Figure 8's 90. */
export const LAB_ISN = { client: 100, server: 300, oldSyn: 90 } as const;

/**
 * The old data segment: from an incarnation whose sequence space lies far below this one's, so no
 * window this run opens can accept it (RFC 9293 §3.10.7.4: answered with an ACK and dropped).
 */
export const OLD_DATA = { seq: 40, ack: 250, len: 10 } as const;

/** How long a delayed segment is held back when the setup does not say. */
export const DEFAULT_EXTRA = 0.2;

/** The lab's empty bench: nothing called, textbook TCP over a 50 ms link, RFC 9293's 2-minute MSL. */
export const EMPTY_SETUP: LabSetup = {
  profile: 'rfc9293',
  handshake: 'three-way',
  delay: 0.05,
  msl: 120,
  calls: [],
  faults: [],
  old: [],
};

function injected(old: LabOldSegment): InjectedSegment {
  const segment =
    old.kind === 'syn'
      ? { flags: ['SYN'] as const, seq: LAB_ISN.oldSyn, ack: null, len: 0 }
      : { flags: ['ACK', 'PSH'] as const, seq: OLD_DATA.seq, ack: OLD_DATA.ack, len: OLD_DATA.len };
  return { t: old.t, to: old.to, segment };
}

/** The core scenario a setup describes. Calls keep their order per side (the core runs each side's in order). */
export function toScenario(setup: LabSetup): Scenario {
  const pick = (kind: FaultKind) => setup.faults.filter((f) => f.kind === kind).map(({ from, nth }) => ({ from, nth }));
  return {
    profile: setup.profile,
    link: { delay: setup.delay },
    client: { isn: LAB_ISN.client },
    server: { isn: LAB_ISN.server },
    drops: pick('lose'),
    duplicates: pick('duplicate'),
    delays: setup.faults
      .filter((f) => f.kind === 'delay')
      .map(({ from, nth, extra }) => ({ from, nth, extra: extra ?? DEFAULT_EXTRA })),
    inject: setup.old.map(injected),
    events: setup.calls.map(({ t, who, call, bytes }) => (call === 'send' ? { t, who, call, bytes: bytes ?? 1 } : { t, who, call })),
    msl: setup.msl,
    handshake: setup.handshake,
  };
}
