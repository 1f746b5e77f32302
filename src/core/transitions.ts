// The model's own list of state arcs: RFC 9293 Figure 5 plus the arcs the figure leaves out
// (resets, aborts, give-ups after too many retransmissions, timeouts, Linux's orphan timer).
// The engine (endpoint.ts) may only take an arc listed here — `ruleFor` throws otherwise — and
// the site draws its state diagram from this table, so diagram and behaviour cannot drift apart.
import type { Flag, ReasonSource, TcpState } from './types.ts';

/** What makes an arc fire: an application call, an arriving segment, or a timer. */
export type TriggerKind =
  | 'call:listen'
  | 'call:connect'
  | 'call:shutdown'
  | 'call:close'
  | 'call:abort'
  | 'rcv:SYN'
  | 'rcv:SYN+ACK'
  | 'rcv:ACK'
  | 'rcv:FIN'
  | 'rcv:FIN+ACK'
  | 'rcv:RST'
  | 'rcv:data'
  | 'timeout:retransmit'
  | 'timeout:time_wait'
  | 'timeout:fin_wait_2';

export interface TransitionRule<Rule extends string = TransitionKey> {
  readonly from: TcpState;
  readonly to: TcpState;
  readonly trigger: TriggerKind;
  /** The reason key the engine reports when it takes this arc. */
  readonly rule: Rule;
  /** Section of RFC 9293 (or of `source`) that prescribes the arc. */
  readonly section: string;
  readonly source?: ReasonSource;
  /** Control bits of the segment the engine sends as it takes the arc (Figure 5's "snd ..."). */
  readonly send?: readonly Flag[];
}

function arc<Rule extends string>(
  from: TcpState,
  to: TcpState,
  trigger: TriggerKind,
  rule: Rule,
  section: string,
  send?: readonly Flag[],
  source?: ReasonSource,
): TransitionRule<Rule> {
  return { from, to, trigger, rule, section, ...(send ? { send } : {}), ...(source ? { source } : {}) };
}

const SYN: readonly Flag[] = ['SYN'];
const SYN_ACK: readonly Flag[] = ['SYN', 'ACK'];
const ACK: readonly Flag[] = ['ACK'];
const FIN: readonly Flag[] = ['FIN'];
const RST: readonly Flag[] = ['RST'];

/** `<state>.rcv_rst` → CLOSED for the synchronized states (§3.10.7.4, second check). */
function resetArc<S extends TcpState>(from: S) {
  return arc(from, 'CLOSED', 'rcv:RST', `${reasonPrefix(from)}.rcv_rst` as const, '3.10.7.4');
}
/** ABORT call (§3.10.5): the TCB is deleted. */
function abortArc<S extends TcpState>(from: S) {
  // §3.10.5: SYN-RECEIVED, ESTABLISHED, FIN-WAIT-1/2 and CLOSE-WAIT send a reset; the others just delete the TCB.
  const sendsReset = !['LISTEN', 'SYN_SENT', 'CLOSING', 'LAST_ACK', 'TIME_WAIT'].includes(from);
  return arc(from, 'CLOSED', 'call:abort', `${reasonPrefix(from)}.call_abort` as const, '3.10.5', sendsReset ? RST : undefined);
}
/** Retransmitted too often without an answer: the connection is given up (§3.8.3, R2). */
function giveUpArc<S extends TcpState, Suffix extends string = ''>(from: S, to: TcpState = 'CLOSED', suffix = '' as Suffix) {
  return arc(from, to, 'timeout:retransmit', `${reasonPrefix(from)}.give_up${suffix}` as const, '3.8.3');
}
/** CLOSE while received data is unread: reset instead of FIN (§3.6.1). */
function closeUnreadArc<S extends TcpState>(from: S) {
  return arc(from, 'CLOSED', 'call:close', `${reasonPrefix(from)}.call_close_unread` as const, '3.6.1', RST);
}
/** New data after the application closed: reset (§3.6.1). */
function dataAfterCloseArc<S extends TcpState>(from: S) {
  return arc(from, 'CLOSED', 'rcv:data', `${reasonPrefix(from)}.rcv_data_after_close` as const, '3.6.1', RST);
}

/** 'FIN_WAIT_1' → 'fin_wait_1': the state's prefix in reason keys. */
export function reasonPrefix<S extends TcpState>(state: S): Lowercase<S> {
  return state.toLowerCase() as Lowercase<S>;
}

const ARCS = [
  // CLOSED — OPEN calls (§3.10.1).
  arc('CLOSED', 'LISTEN', 'call:listen', 'closed.call_listen', '3.10.1'),
  arc('CLOSED', 'SYN_SENT', 'call:connect', 'closed.call_connect', '3.10.1', SYN),

  // LISTEN (§3.10.7.2).
  arc('LISTEN', 'SYN_RECEIVED', 'rcv:SYN', 'listen.rcv_syn', '3.10.7.2', SYN_ACK),
  // The "why three" lesson's hypothetical two-way handshake: the passive side trusts the SYN.
  arc('LISTEN', 'ESTABLISHED', 'rcv:SYN', 'listen.rcv_syn_two_way', '3.5', SYN_ACK, 'hypothetical'),
  arc('LISTEN', 'CLOSED', 'call:close', 'listen.call_close', '3.10.4'),
  abortArc('LISTEN'),

  // SYN_SENT (§3.10.7.3).
  arc('SYN_SENT', 'ESTABLISHED', 'rcv:SYN+ACK', 'syn_sent.rcv_syn_ack', '3.10.7.3', ACK),
  arc('SYN_SENT', 'SYN_RECEIVED', 'rcv:SYN', 'syn_sent.rcv_syn', '3.10.7.3', SYN_ACK),
  arc('SYN_SENT', 'CLOSED', 'rcv:RST', 'syn_sent.rcv_rst', '3.10.7.3'),
  arc('SYN_SENT', 'CLOSED', 'call:close', 'syn_sent.call_close', '3.10.4'),
  abortArc('SYN_SENT'),
  giveUpArc('SYN_SENT'),

  // SYN_RECEIVED (§3.10.7.4). A passive open falls back to LISTEN, an active one to CLOSED.
  arc('SYN_RECEIVED', 'ESTABLISHED', 'rcv:ACK', 'syn_received.rcv_ack', '3.10.7.4'),
  // Linux's simultaneous open: the peer's SYN,ACK completes it (RFC 9293 waits for the peer's ACK).
  arc('SYN_RECEIVED', 'ESTABLISHED', 'rcv:SYN+ACK', 'syn_received.rcv_syn_ack', 'tcp_validate_incoming', ACK, 'linux'),
  arc('SYN_RECEIVED', 'LISTEN', 'rcv:RST', 'syn_received.rcv_rst_passive', '3.10.7.4'),
  arc('SYN_RECEIVED', 'LISTEN', 'rcv:SYN', 'syn_received.rcv_syn_passive', '3.10.7.4'),
  arc('SYN_RECEIVED', 'CLOSED', 'rcv:RST', 'syn_received.rcv_rst_active', '3.10.7.4'),
  arc('SYN_RECEIVED', 'FIN_WAIT_1', 'call:close', 'syn_received.call_close', '3.10.4', FIN),
  abortArc('SYN_RECEIVED'),
  giveUpArc('SYN_RECEIVED', 'LISTEN', '_passive'),
  giveUpArc('SYN_RECEIVED', 'CLOSED', '_active'),

  // ESTABLISHED.
  arc('ESTABLISHED', 'FIN_WAIT_1', 'call:close', 'established.call_close', '3.10.4', FIN),
  arc('ESTABLISHED', 'FIN_WAIT_1', 'call:shutdown', 'established.call_shutdown', '3.10.4', FIN),
  arc('ESTABLISHED', 'CLOSE_WAIT', 'rcv:FIN', 'established.rcv_fin', '3.10.7.4', ACK),
  closeUnreadArc('ESTABLISHED'),
  resetArc('ESTABLISHED'),
  // The two-way handshake's passive side has no SYN-RECEIVED: a reset sends it back to LISTEN.
  arc('ESTABLISHED', 'LISTEN', 'rcv:RST', 'established.rcv_rst_two_way', '3.5.3', undefined, 'hypothetical'),
  abortArc('ESTABLISHED'),
  giveUpArc('ESTABLISHED'),

  // FIN_WAIT_1: our FIN is out.
  arc('FIN_WAIT_1', 'FIN_WAIT_2', 'rcv:ACK', 'fin_wait_1.rcv_ack_of_fin', '3.10.7.4'),
  arc('FIN_WAIT_1', 'CLOSING', 'rcv:FIN', 'fin_wait_1.rcv_fin', '3.10.7.4', ACK),
  arc('FIN_WAIT_1', 'TIME_WAIT', 'rcv:FIN+ACK', 'fin_wait_1.rcv_fin_ack_of_fin', '3.10.7.4', ACK),
  closeUnreadArc('FIN_WAIT_1'),
  dataAfterCloseArc('FIN_WAIT_1'),
  resetArc('FIN_WAIT_1'),
  abortArc('FIN_WAIT_1'),
  giveUpArc('FIN_WAIT_1'),

  // FIN_WAIT_2: our FIN is acknowledged, waiting for the peer's.
  arc('FIN_WAIT_2', 'TIME_WAIT', 'rcv:FIN', 'fin_wait_2.rcv_fin', '3.10.7.4', ACK),
  arc('FIN_WAIT_2', 'CLOSED', 'timeout:fin_wait_2', 'fin_wait_2.orphan_timeout', 'tcp_fin_timeout', undefined, 'linux'),
  closeUnreadArc('FIN_WAIT_2'),
  dataAfterCloseArc('FIN_WAIT_2'),
  resetArc('FIN_WAIT_2'),
  abortArc('FIN_WAIT_2'),

  // CLOSE_WAIT: the peer's FIN is in, our side may still send.
  arc('CLOSE_WAIT', 'LAST_ACK', 'call:close', 'close_wait.call_close', '3.10.4', FIN),
  arc('CLOSE_WAIT', 'LAST_ACK', 'call:shutdown', 'close_wait.call_shutdown', '3.10.4', FIN),
  closeUnreadArc('CLOSE_WAIT'),
  resetArc('CLOSE_WAIT'),
  abortArc('CLOSE_WAIT'),
  giveUpArc('CLOSE_WAIT'),

  // CLOSING: the FINs crossed.
  arc('CLOSING', 'TIME_WAIT', 'rcv:ACK', 'closing.rcv_ack_of_fin', '3.10.7.4'),
  resetArc('CLOSING'),
  abortArc('CLOSING'),
  giveUpArc('CLOSING'),

  // LAST_ACK.
  arc('LAST_ACK', 'CLOSED', 'rcv:ACK', 'last_ack.rcv_ack_of_fin', '3.10.7.4'),
  resetArc('LAST_ACK'),
  abortArc('LAST_ACK'),
  giveUpArc('LAST_ACK'),

  // TIME_WAIT (§3.10.8: the 2 MSL timer; Linux uses a fixed 60 s).
  arc('TIME_WAIT', 'CLOSED', 'timeout:time_wait', 'time_wait.timeout', '3.10.8'),
  resetArc('TIME_WAIT'),
  abortArc('TIME_WAIT'),
];

/** The reason key of every arc: what a dictionary must explain (src/core/reasons.ts). */
export type TransitionKey = (typeof ARCS)[number]['rule'];

export const TRANSITIONS: readonly TransitionRule[] = ARCS;

const byRule = new Map<string, TransitionRule>(TRANSITIONS.map((t) => [t.rule, t]));

/**
 * The arc named `rule`, checked against the states the engine is moving between. Throws when the
 * engine tries an arc that is not in the table: a bug, never an input error.
 */
export function ruleFor(rule: string, from: TcpState, to: TcpState): TransitionRule {
  const found = byRule.get(rule);
  if (!found || found.from !== from || found.to !== to) {
    throw new Error(`internal: arc ${from} -> ${to} by ${rule} is not in TRANSITIONS`);
  }
  return found;
}
