// One endpoint's state (its TCB, timers, and the application's view of the socket) and the
// small vocabulary the step functions (calls.ts, receive.ts, timers.ts) share to change it.
import type { ProfileRules, RetransmitKind } from './profiles.ts';
import type { ReasonKey, StateKey } from './reasons.ts';
import { armAfterSend } from './retransmit.ts';
import { seqAdd, seqLength, seqNum } from './seq.ts';
import type { SeqNum } from './seq.ts';
import { reasonPrefix, ruleFor } from './transitions.ts';
import { FLAG_ORDER, SYNCHRONIZED_STATES } from './types.ts';
import type {
  Call,
  CallName,
  EndpointSnapshot,
  Flag,
  Reason,
  Segment,
  Side,
  SocketError,
  TcpState,
  TimerKind,
  Transition,
} from './types.ts';

/** A transmitted segment that occupies sequence space and is not yet fully acknowledged. */
export interface Unacked {
  readonly seq: SeqNum;
  readonly len: number;
  readonly syn: boolean;
  readonly fin: boolean;
  readonly firstSentAt: number;
  readonly lastSentAt: number;
  readonly transmissions: number;
}

/** A segment that arrived ahead of RCV.NXT, kept until the gap fills. */
export interface OutOfOrder {
  readonly seq: SeqNum;
  readonly len: number;
  readonly fin: boolean;
}

export interface Endpoint {
  readonly side: Side;
  readonly state: TcpState;
  /** Opened by listen: a failing handshake falls back to LISTEN. */
  readonly passive: boolean;
  readonly iss: SeqNum | null;
  readonly irs: SeqNum | null;
  readonly sndUna: SeqNum | null;
  readonly sndNxt: SeqNum | null;
  readonly rcvNxt: SeqNum | null;
  /** ISN for the next connection, and the time it was fixed (RFC 9293 §3.4.1's 4 µs clock runs on). */
  readonly isnClock: { readonly isn: SeqNum; readonly at: number | null };
  readonly unacked: readonly Unacked[];
  readonly outOfOrder: readonly OutOfOrder[];
  /** Bytes the application wrote before the connection was ESTABLISHED. */
  readonly queuedBytes: number;
  readonly finSent: boolean;
  readonly rtt: { readonly srtt: number; readonly rttvar: number } | null;
  readonly rto: number;
  readonly synRetransmitted: boolean;
  readonly timers: Readonly<Partial<Record<TimerKind, number>>>;
  /** What the retransmit timer does when it goes off: the RTO, or a tail loss probe (retransmit.ts). */
  readonly retransmitFor: 'rto' | 'probe';
  /** SND.NXT when the last probe or RTO went out: no probe until SND.UNA reaches it (Linux's tlp_high_seq). */
  readonly probeHold: SeqNum | null;
  readonly bytesEverReceived: number;
  /** When this socket last answered an invalid segment with an ACK (see sendAckToInvalid). */
  readonly lastInvalidAckAt: number | null;
  readonly app: AppView;
}

/** The socket as the application sees it. */
export interface AppView {
  readonly unread: number;
  readonly eof: boolean;
  /** close() or abort() was called: the socket is an orphan the kernel finishes alone. */
  readonly closed: boolean;
  /** shutdown() or close() was called: no more sending. */
  readonly writeShut: boolean;
  /** The error the next call will report (Linux's sk_err), consumed by that call. */
  readonly error: SocketError | null;
  /** A connection was established at some point. */
  readonly connected: boolean;
  readonly waiting: Call | null;
}

export type Input =
  | { readonly kind: 'call'; readonly call: Call; readonly isn?: number }
  | { readonly kind: 'segment'; readonly segment: Segment }
  | { readonly kind: 'timer'; readonly timer: TimerKind };

export interface Emission {
  readonly segment: Segment;
  readonly reason: Reason;
}

export interface CallResult {
  readonly call: CallName;
  readonly error?: SocketError;
}

export interface StepResult {
  readonly endpoint: Endpoint;
  readonly out: readonly Emission[];
  readonly transitions: readonly Transition[];
  /** The transitions' and emissions' reasons, plus reasons for silent decisions (e.g. a drop). */
  readonly reasons: readonly Reason[];
  /** Calls that finished in this step (the one just made, or one that was blocked). */
  readonly returns: readonly CallResult[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The working state of one step: a private copy of the endpoint plus what the step produced. */
export interface Ctx {
  readonly ep: Omit<Mutable<Endpoint>, 'app' | 'timers'> & {
    app: Mutable<AppView>;
    timers: Partial<Record<TimerKind, number>>;
  };
  readonly now: number;
  readonly rules: ProfileRules;
  readonly msl: number;
  readonly twoWayHandshake: boolean;
  readonly out: Emission[];
  readonly transitions: Transition[];
  readonly reasons: Reason[];
  readonly returns: CallResult[];
}

/** The receive window we advertise; flow control is not modelled, so it is simply large. */
export const RCV_WND = 65535;

export function createEndpoint(side: Side, isn: number): Endpoint {
  return {
    side,
    state: 'CLOSED',
    passive: false,
    iss: null,
    irs: null,
    sndUna: null,
    sndNxt: null,
    rcvNxt: null,
    isnClock: { isn: seqNum(isn), at: null },
    unacked: [],
    outOfOrder: [],
    queuedBytes: 0,
    finSent: false,
    rtt: null,
    rto: 1,
    synRetransmitted: false,
    timers: {},
    retransmitFor: 'rto',
    probeHold: null,
    bytesEverReceived: 0,
    lastInvalidAckAt: null,
    app: { unread: 0, eof: false, closed: false, writeShut: false, error: null, connected: false, waiting: null },
  };
}

export function beginStep(
  endpoint: Endpoint,
  now: number,
  rules: ProfileRules,
  msl: number,
  twoWayHandshake: boolean,
): Ctx {
  return {
    ep: { ...endpoint, app: { ...endpoint.app }, timers: { ...endpoint.timers } },
    now,
    rules,
    msl,
    twoWayHandshake,
    out: [],
    transitions: [],
    reasons: [],
    returns: [],
  };
}

export function finishStep(ctx: Ctx): StepResult {
  return {
    endpoint: ctx.ep,
    out: ctx.out,
    transitions: ctx.transitions,
    reasons: ctx.reasons,
    returns: ctx.returns,
  };
}

export function snapshot(ep: Endpoint): EndpointSnapshot {
  return {
    state: ep.state,
    iss: ep.iss,
    irs: ep.irs,
    sndUna: ep.sndUna,
    sndNxt: ep.sndNxt,
    rcvNxt: ep.rcvNxt,
    rto: ep.rto,
    timers: ep.timers,
    unread: ep.app.unread,
    eof: ep.app.eof,
    waiting: ep.app.waiting?.name ?? null,
  };
}

export function reason(
  key: ReasonKey,
  section: string,
  params?: Record<string, string | number>,
  source?: Reason['source'],
): Reason {
  return { key, section, ...(params ? { params } : {}), ...(source ? { source } : {}) };
}

/** A reason key under the current state's prefix: 'established' + 'ack_data'. */
export function stateKey<Suffix extends string>(ctx: Ctx, what: Suffix): `${StateKey}.${Suffix}` {
  return `${reasonPrefix(ctx.ep.state)}.${what}`;
}

/**
 * A reason as this endpoint gives it: the side that acts is a parameter (`side`), because either
 * side can listen, connect or answer, and a message that named one would be wrong for the other.
 */
function onSide(ctx: Ctx, why: Reason): Reason {
  return { ...why, params: { side: ctx.ep.side, ...why.params } };
}

/** Takes the arc `rule` (which must be in TRANSITIONS) to `to`. */
export function goTo(ctx: Ctx, to: TcpState, rule: string, params?: Record<string, string | number>): void {
  const arc = ruleFor(rule, ctx.ep.state, to);
  const why = onSide(ctx, reason(arc.rule, arc.section, params, arc.source));
  ctx.transitions.push({ from: ctx.ep.state, to, reason: why });
  ctx.reasons.push(why);
  ctx.ep.state = to;
}

/** Puts a segment on the wire. Any segment carrying ACK satisfies a pending delayed ACK. */
export function emit(
  ctx: Ctx,
  fields: { flags: readonly Flag[]; seq: SeqNum; ack: SeqNum | null; len?: number },
  reasonGiven: Reason,
): void {
  const flags = FLAG_ORDER.filter((f) => (f === 'ACK' ? fields.ack !== null : fields.flags.includes(f)));
  const segment: Segment = { seq: fields.seq, ack: fields.ack, flags, len: fields.len ?? 0 };
  const why = onSide(ctx, reasonGiven);
  ctx.out.push({ segment, reason: why });
  ctx.reasons.push(why);
  if (fields.ack !== null) delete ctx.ep.timers.delayed_ack;
}

/** <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>: the segment RFC 9293 answers most surprises with. */
export function sendAck(ctx: Ctx, why: Reason): void {
  const { sndNxt, rcvNxt } = ctx.ep;
  if (sndNxt === null || rcvNxt === null) return;
  emit(ctx, { flags: ['ACK'], seq: sndNxt, ack: rcvNxt }, why);
}

/**
 * Shortest gap between two ACKs that answer invalid segments: RFC 5961 §7 asks for ACK
 * throttling, and Linux spaces such ACKs by tcp_invalid_ratelimit (500 ms). Without it two ends
 * that disagree about the sequence space (an old duplicate with data accepted as new) answer each
 * other's ACKs forever.
 */
export const INVALID_ACK_GAP = 0.5;

/** The ACK that answers an unacceptable segment, a challenge, or an ACK of unsent data: throttled. */
export function sendAckToInvalid(ctx: Ctx, why: Reason): void {
  const last = ctx.ep.lastInvalidAckAt;
  if (last !== null && ctx.now - last < INVALID_ACK_GAP) return;
  ctx.ep.lastInvalidAckAt = ctx.now;
  sendAck(ctx, why);
}

/** Sends something that occupies sequence space (SYN, data, FIN) and starts guarding it. */
export function transmit(
  ctx: Ctx,
  piece: { syn?: boolean; fin?: boolean; len?: number; psh?: boolean; withAck: boolean },
  why: Reason,
): void {
  const ep = ctx.ep;
  const seq = known(ep.sndNxt);
  const len = piece.len ?? 0;
  const flags: Flag[] = [];
  if (piece.syn) flags.push('SYN');
  if (piece.fin) flags.push('FIN');
  if (piece.psh) flags.push('PSH');
  emit(ctx, { flags, seq, ack: piece.withAck ? ep.rcvNxt : null, len }, why);
  const syn = piece.syn ?? false;
  const fin = piece.fin ?? false;
  ep.unacked = [
    ...ep.unacked,
    { seq, len, syn, fin, firstSentAt: ctx.now, lastSentAt: ctx.now, transmissions: 1 },
  ];
  ep.sndNxt = seqAdd(seq, seqLength(len, syn, fin));
  if (fin) ep.finSent = true;
  armAfterSend(ctx);
}

/** The kind of segment at the head of the retransmission queue. */
export function retransmitKind(u: Unacked, state: TcpState): RetransmitKind {
  if (!u.syn) return 'data';
  return state === 'SYN_SENT' ? 'syn' : 'syn_ack';
}

/** The ISN for a new connection: the scenario's for the first, RFC 9293 §3.4.1's clock after. */
export function takeIsn(ctx: Ctx, override?: number): SeqNum {
  const clock = ctx.ep.isnClock;
  const isn =
    override !== undefined
      ? seqNum(override)
      : clock.at === null
        ? clock.isn
        : seqAdd(clock.isn, Math.floor((ctx.now - clock.at) * 250_000));
  ctx.ep.isnClock = { isn, at: ctx.now };
  return isn;
}

/**
 * Empties the connection's sequence variables, queues, RTT estimate and timers: what both a
 * deleted TCB and a passive open sent back to LISTEN start again from.
 */
export function clearConnection(ctx: Ctx): void {
  const ep = ctx.ep;
  ep.iss = null;
  ep.irs = null;
  ep.sndUna = null;
  ep.sndNxt = null;
  ep.rcvNxt = null;
  ep.unacked = [];
  ep.outOfOrder = [];
  ep.rtt = null;
  ep.rto = ctx.rules.rto.initial;
  ep.synRetransmitted = false;
  ep.timers = {};
  ep.retransmitFor = 'rto';
  ep.probeHold = null;
}

/** Forgets the connection (the TCB is deleted); the application's view keeps its error and EOF. */
export function dropTcb(ctx: Ctx): void {
  clearConnection(ctx);
  ctx.ep.queuedBytes = 0;
  ctx.ep.finSent = false;
}

/** Moves to CLOSED by `rule`, deleting the TCB (the server's one TCB stops listening too). */
export function closeConnection(ctx: Ctx, rule: string, error?: SocketError): void {
  goTo(ctx, 'CLOSED', rule);
  dropTcb(ctx);
  ctx.ep.passive = false;
  if (error && !ctx.ep.app.closed) ctx.ep.app.error = error;
}

/** RFC 9293 §3.10.5 / Linux's abortive reset: RST (Linux: RST,ACK) <SEQ=SND.NXT>. */
export function sendReset(ctx: Ctx, why: Reason): void {
  const { sndNxt, rcvNxt } = ctx.ep;
  if (sndNxt === null) return;
  emit(ctx, { flags: ['RST'], seq: sndNxt, ack: ctx.rules.resetCarriesAck ? rcvNxt : null }, why);
}

export function enterTimeWait(ctx: Ctx, rule: string): void {
  goTo(ctx, 'TIME_WAIT', rule);
  const t = ctx.ep.timers;
  delete t.retransmit;
  delete t.fin_wait_2;
  ctx.ep.unacked = [];
  startTimeWait(ctx);
}

/** Starts (or restarts) the 2 MSL timer: Linux's fixed 60 s, through its timer wheel. */
export function startTimeWait(ctx: Ctx): void {
  ctx.ep.timers.time_wait = ctx.now + ctx.rules.timerDelay(ctx.rules.timeWait(ctx.msl));
}

/** Starts Linux's orphan timer when a closed socket sits in FIN_WAIT_2. */
export function armOrphanTimer(ctx: Ctx): void {
  const timeout = ctx.rules.orphanFinWait2;
  if (timeout !== null && ctx.ep.state === 'FIN_WAIT_2' && ctx.ep.app.closed && ctx.ep.timers.fin_wait_2 === undefined) {
    ctx.ep.timers.fin_wait_2 = ctx.now + ctx.rules.timerDelay(timeout);
  }
}

/**
 * A TCB number the current state guarantees: the send variables from the moment an ISS is chosen
 * (SYN-SENT on), IRS and RCV.NXT once the peer's SYN is in (SYN-RECEIVED and the synchronized
 * states). Missing, it is a bug in the engine, never an input error.
 */
export function known(n: SeqNum | null): SeqNum {
  if (n === null) throw new Error('internal: a TCB number the state needs is not set');
  return n;
}

export function isSynchronized(state: TcpState): boolean {
  return SYNCHRONIZED_STATES.includes(state);
}
