// The vocabulary of the model: states, segments, calls, reasons. Pure data, no behaviour.
import type { ReasonKey } from './reasons.ts';
import type { SeqNum } from './seq.ts';

/** The eleven connection states of RFC 9293 §3.3.2, spelled as in the oracle's traces. */
export const TCP_STATES = [
  'CLOSED',
  'LISTEN',
  'SYN_SENT',
  'SYN_RECEIVED',
  'ESTABLISHED',
  'FIN_WAIT_1',
  'FIN_WAIT_2',
  'CLOSE_WAIT',
  'CLOSING',
  'LAST_ACK',
  'TIME_WAIT',
] as const;
export type TcpState = (typeof TCP_STATES)[number];

/** States in which both sides' sequence numbers are known (RFC 9293 §3.10.7.4). */
export const SYNCHRONIZED_STATES: readonly TcpState[] = [
  'ESTABLISHED',
  'FIN_WAIT_1',
  'FIN_WAIT_2',
  'CLOSE_WAIT',
  'CLOSING',
  'LAST_ACK',
  'TIME_WAIT',
];

/** Control bits, in the canonical order segments list them. */
export const FLAG_ORDER = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG'] as const;
export type Flag = (typeof FLAG_ORDER)[number];

/**
 * Flags as the lessons write them, ACK last: SYN+ACK, FIN+ACK, PSH+ACK, RST+ACK (tcpdump's
 * order too: [S.], [F.], [P.], [R.]).
 */
export function flagsLabel(flags: readonly Flag[]): string {
  return [...FLAG_ORDER.filter((f) => f !== 'ACK'), 'ACK' as const].filter((f) => flags.includes(f)).join('+');
}

/** A TCP segment as the model sees it: header fields that matter here, payload by length only. */
export interface Segment {
  readonly seq: SeqNum;
  /** The acknowledgment number; null exactly when the ACK bit is clear. */
  readonly ack: SeqNum | null;
  /** Control bits in FLAG_ORDER. ACK is listed iff `ack` is not null. */
  readonly flags: readonly Flag[];
  /** Payload length in bytes. */
  readonly len: number;
}

export type Side = 'client' | 'server';
export const SIDES: readonly Side[] = ['client', 'server'];
export function otherSide(side: Side): Side {
  return side === 'client' ? 'server' : 'client';
}

export type Profile = 'rfc9293' | 'linux';
export const PROFILES: readonly Profile[] = ['rfc9293', 'linux'];

/**
 * Why something happened, as data: a message key (dotted, e.g. 'syn_sent.rcv_syn_ack') that the
 * site translates, the section of the source that prescribes it, and numbers to fill in.
 * `source` defaults to RFC 9293; behaviour only Linux shows cites 'linux' with the kernel knob or
 * function as `section` (e.g. 'tcp_fin_timeout'). A reason an endpoint gives names it in
 * `params.side` ('client' or 'server'), so a message can say who acts.
 */
export interface Reason {
  readonly key: ReasonKey;
  readonly section: string;
  readonly source?: ReasonSource;
  readonly params?: Readonly<Record<string, string | number>>;
}
export type ReasonSource = 'rfc9293' | 'rfc6298' | 'rfc7323' | 'rfc8985' | 'rfc9110' | 'rfc9112' | 'linux' | 'hypothetical';

/** The socket calls an application can make (the oracle README's list). */
export const CALL_NAMES = [
  'listen',
  'connect',
  'send',
  'recv',
  'recv_until_eof',
  'shutdown',
  'close',
  'abort',
] as const;
export type CallName = (typeof CALL_NAMES)[number];

export type Call =
  | { readonly name: 'send'; readonly bytes: number }
  | { readonly name: Exclude<CallName, 'send'> };

/**
 * What a call can return instead of success. The first four are the ones the Linux captures show;
 * ENOTCONN and EISCONN cover calls made on a socket in the wrong state.
 */
export type SocketError = 'ECONNREFUSED' | 'ECONNRESET' | 'EPIPE' | 'ETIMEDOUT' | 'ENOTCONN' | 'EISCONN';

/** Timers an endpoint can run (RFC 9293 §3.8.1, §3.10.8; Linux's delayed ACK and orphan timer). */
export type TimerKind = 'retransmit' | 'delayed_ack' | 'time_wait' | 'fin_wait_2';
export const TIMER_KINDS: readonly TimerKind[] = ['retransmit', 'delayed_ack', 'time_wait', 'fin_wait_2'];

/** A state change, with the rule (a key in TRANSITIONS) that made it. */
export interface Transition {
  readonly from: TcpState;
  readonly to: TcpState;
  readonly reason: Reason;
}

/** The RFC 9293 §3.3.1 send and receive variables the lessons show; null before they are set. */
export interface TcbVars {
  readonly iss: SeqNum | null;
  readonly irs: SeqNum | null;
  readonly sndUna: SeqNum | null;
  readonly sndNxt: SeqNum | null;
  readonly rcvNxt: SeqNum | null;
}

/** One endpoint as the views see it at a step: state, TCB variables, timers, application. */
export interface EndpointSnapshot extends TcbVars {
  readonly state: TcpState;
  /** Current retransmission timeout in seconds (after back-off). */
  readonly rto: number;
  /** Deadline (simulated seconds) of every running timer. */
  readonly timers: Readonly<Partial<Record<TimerKind, number>>>;
  /** Bytes received in order and not yet read by the application. */
  readonly unread: number;
  /** The peer's FIN has been received (end of stream). */
  readonly eof: boolean;
  /** The call the application is blocked in, if any. */
  readonly waiting: CallName | null;
}
