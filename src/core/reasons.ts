// Every reason key the core can emit, as a type, so the type checker proves a dictionary has a
// message for each. Three kinds of key: the rules of TRANSITIONS (derived from the table itself),
// the reasons of segments the engine sends from one known state, and the reasons it builds from
// whatever state the endpoint is in (`stateKey`), which share one message, '*.<suffix>'.
import type { TransitionKey } from './transitions.ts';
import type { TcpState } from './types.ts';

/** 'FIN_WAIT_1' → 'fin_wait_1': a state's prefix in reason keys. */
export type StateKey = Lowercase<TcpState>;

/** Reasons of segments sent from one state only (receive.ts, calls.ts). */
export const SEGMENT_REASON_KEYS = [
  'closed.send_syn',
  'closed.send_rst_for_ack',
  'closed.send_rst_ack',
  'listen.send_syn_ack',
  'listen.send_rst_for_ack',
  'syn_sent.send_ack',
  'syn_sent.send_syn_ack',
  'syn_sent.send_rst_bad_ack',
  'syn_received.send_ack_dup_syn',
  'syn_received.send_syn_ack_again',
  'syn_received.send_rst_bad_ack',
  'syn_received.send_fin',
  'established.send_fin',
  'close_wait.send_ack_fin',
  'close_wait.send_fin',
  'closing.send_ack_fin',
  'time_wait.send_ack_fin',
  'time_wait.send_ack_fin_again',
  'network.inject_old_duplicate',
] as const;
export type SegmentReasonKey = (typeof SEGMENT_REASON_KEYS)[number];

/** Suffixes the engine puts after the current state for what it sends (one '*.<suffix>' message each). */
export const SHARED_REASON_SUFFIXES = [
  'send_data',
  'retransmit',
  'send_delayed_ack',
  'send_ack_data',
  'send_ack_for_unsent',
  'send_ack_out_of_order',
  'send_ack_unacceptable',
  'send_ack_old_syn',
  'send_loss_probe',
  'send_challenge_ack_rst',
  'send_challenge_ack_syn',
  'send_rst_abort',
  'send_rst_data_after_close',
  'send_rst_unread',
] as const;
export type SharedReasonSuffix = (typeof SHARED_REASON_SUFFIXES)[number];

/**
 * Reasons no endpoint gives: HTTP's definitions, which explain the quiz's status-code questions
 * (the code's class, and what it does to the connection it travels on).
 */
export const STATUS_REASON_KEYS = [
  'status.code',
  'status.effect.switches',
  'status.effect.ends-at-headers',
  'status.effect.closes-on-bad-framing',
  'status.effect.closes',
] as const;
export type StatusReasonKey = (typeof STATUS_REASON_KEYS)[number];

export type ReasonKey = TransitionKey | SegmentReasonKey | StatusReasonKey | `${StateKey}.${SharedReasonSuffix}`;

/**
 * What a dictionary must hold: an exact message for every rule and one-state segment reason,
 * and a shared message for every suffix (an exact message for one state may override it).
 */
export type RequiredReasonMessage = `reasons.${TransitionKey | SegmentReasonKey | StatusReasonKey}` | `reasons.*.${SharedReasonSuffix}`;
export type AllowedReasonMessage = RequiredReasonMessage | `reasons.${StateKey}.${SharedReasonSuffix}`;
