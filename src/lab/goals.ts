/**
 * The lab's goals: each a pure function of a run, deciding from what the core recorded (segments
 * sent, state changes, calls' returns, reasons) whether the learner got the connection to do it.
 * A goal looks at the run and nothing else, so the same setup always gets the same verdict.
 */
import type { Run, SentSegment } from '../core/simulate.ts';
import type { Flag, Side, TcpState } from '../core/types.ts';

const has = (s: SentSegment, flag: Flag): boolean => s.segment.flags.includes(flag);
const sentBy = (run: Run, side: Side): SentSegment[] => run.segments.filter((s) => !s.injected && s.from === side);
const transitions = (run: Run) => run.steps.flatMap((step) => step.transitions);
const entered = (run: Run, side: Side, state: TcpState): boolean => transitions(run).some((t) => t.side === side && t.to === state);
const reasonKeys = (run: Run): string[] => run.steps.flatMap((step) => step.reasons.map((r) => r.key));
const finalState = (run: Run, side: Side): TcpState => (run.steps.at(-1) ?? { [side]: run.initial[side] })[side].state;
const everEstablished = (run: Run): boolean => entered(run, 'client', 'ESTABLISHED') || entered(run, 'server', 'ESTABLISHED');

/** The server sent the same SYN+ACK more than once (RFC 9293 §3.8.1: its retransmission timer ran out). */
function serverResendsSynAck(run: Run): boolean {
  const synAcks = sentBy(run, 'server').filter((s) => has(s, 'SYN') && has(s, 'ACK'));
  return synAcks.length >= 2;
}

/** The client sent its SYN again. */
function clientResendsSyn(run: Run): boolean {
  return sentBy(run, 'client').filter((s) => has(s, 'SYN') && !has(s, 'ACK')).length >= 2;
}

/** A connect() returned ECONNREFUSED: its SYN met a port nobody listens on (RFC 9293 §3.10.7.1, §3.10.7.3). */
function connectRefused(run: Run): boolean {
  return run.steps.some((step) => step.returns.some((r) => r.call === 'connect' && r.error === 'ECONNREFUSED'));
}

/** The connection opened, and the run ends with the server in CLOSE_WAIT: its peer closed, its application never did. */
function serverLeftInCloseWait(run: Run): boolean {
  return finalState(run, 'server') === 'CLOSE_WAIT';
}

/** Both sides went through CLOSING: their FINs crossed (RFC 9293 §3.6, Figure 13). */
function bothThroughClosing(run: Run): boolean {
  return entered(run, 'client', 'CLOSING') && entered(run, 'server', 'CLOSING');
}

/**
 * In the Linux profile, the whole close took exactly three segments: from the first FIN on, three
 * segments were sent, and both sides finished (CLOSED, or TIME_WAIT for the one that closed first).
 */
function closeInThreeSegments(run: Run): boolean {
  if (run.profile !== 'linux' || !everEstablished(run)) return false;
  const sent = run.segments.filter((s) => !s.injected);
  const firstFin = sent.findIndex((s) => has(s, 'FIN'));
  if (firstFin < 0 || sent.some((s) => has(s, 'RST'))) return false;
  const done = (['client', 'server'] as const).every((side) => ['CLOSED', 'TIME_WAIT'].includes(finalState(run, side)));
  return done && sent.length - firstFin === 3;
}

/** The step an injected old SYN arrived in, and what the server did with it. */
function oldSynSteps(run: Run) {
  return run.steps.filter((step) => step.event.kind === 'arrive' && step.event.segment.injected && has(step.event.segment, 'SYN'));
}

/** Under the two-way handshake, an old duplicate SYN alone took the server to ESTABLISHED. */
function oldSynOpens(run: Run): boolean {
  if (run.scenario.handshake !== 'two-way') return false;
  return oldSynSteps(run).some((step) => step.transitions.some((t) => t.side === 'server' && t.to === 'ESTABLISHED'));
}

/**
 * Under the three-way handshake, an old duplicate SYN reached a listening server and came to
 * nothing: the client's reset sent the server back to LISTEN (RFC 9293 §3.5, Figure 8), and the
 * server never reached ESTABLISHED before the client's own connection.
 */
function oldSynFails(run: Run): boolean {
  if (run.scenario.handshake === 'two-way') return false;
  const answered = oldSynSteps(run).some((step) => step.transitions.some((t) => t.side === 'server' && t.from === 'LISTEN' && t.to === 'SYN_RECEIVED'));
  const backToListen = transitions(run).some((t) => t.side === 'server' && t.from === 'SYN_RECEIVED' && t.to === 'LISTEN');
  return answered && backToListen;
}

/**
 * The side in TIME_WAIT received the peer's FIN again, acknowledged it and started its 2 MSL over
 * (RFC 9293 §3.10.7.4, "Eighth, check the FIN bit": TIME-WAIT).
 */
function timeWaitReacks(run: Run): boolean {
  return run.steps.some((step) => {
    if (step.event.kind !== 'arrive') return false;
    const side = step.event.side;
    const before = run.steps[step.index - 1]?.[side];
    const after = step[side];
    if (before?.state !== 'TIME_WAIT' || after.state !== 'TIME_WAIT' || !has(step.event.segment, 'FIN')) return false;
    const restarted = (after.timers.time_wait ?? 0) > (before.timers.time_wait ?? Infinity);
    return restarted && step.sent.some((s) => has(s, 'ACK') && !has(s, 'RST'));
  });
}

/** The connection opened, and a reset ended it: a RST was sent after ESTABLISHED and both sides ended CLOSED. */
function endedByReset(run: Run): boolean {
  if (!everEstablished(run)) return false;
  const established = run.steps.findIndex((step) => step.transitions.some((t) => t.to === 'ESTABLISHED'));
  const resets = run.steps.slice(established).some((step) => step.sent.some((s) => has(s, 'RST')));
  return resets && finalState(run, 'client') === 'CLOSED' && finalState(run, 'server') === 'CLOSED' && !entered(run, 'client', 'TIME_WAIT') && !entered(run, 'server', 'TIME_WAIT');
}

/** The server went into TIME_WAIT: it closed first (RFC 9293 §3.6). */
function serverInTimeWait(run: Run): boolean {
  return entered(run, 'server', 'TIME_WAIT');
}

/** Both sides sent a SYN and went SYN_SENT → SYN_RECEIVED: a simultaneous open (RFC 9293 §3.5, Figure 7). */
function simultaneousOpen(run: Run): boolean {
  const through = (side: Side) => transitions(run).some((t) => t.side === side && t.from === 'SYN_SENT' && t.to === 'SYN_RECEIVED');
  return through('client') && through('server') && entered(run, 'client', 'ESTABLISHED') && entered(run, 'server', 'ESTABLISHED');
}

/** A receiver got data beyond RCV.NXT, queued it and sent a duplicate ACK (RFC 9293 §3.10.7.4, RFC 9293 §3.4). */
function outOfOrderData(run: Run): boolean {
  return reasonKeys(run).some((key) => key.endsWith('.send_ack_out_of_order'));
}

/** The client's application, after its shutdown(), still read bytes the server sent: data in FIN_WAIT_2 (RFC 9293 §3.6). */
function dataAfterShutdown(run: Run): boolean {
  return run.steps.some((step) => {
    if (step.event.kind !== 'arrive' || step.event.side !== 'client' || step.event.segment.segment.len === 0) return false;
    const before = run.steps[step.index - 1]?.client.state;
    return before === 'FIN_WAIT_2';
  });
}

export const GOALS = {
  'resend-syn-ack': serverResendsSynAck,
  'resend-syn': clientResendsSyn,
  'connection-refused': connectRefused,
  'server-close-wait': serverLeftInCloseWait,
  'both-closing': bothThroughClosing,
  'three-segment-close': closeInThreeSegments,
  'old-syn-opens': oldSynOpens,
  'old-syn-fails': oldSynFails,
  'time-wait-reack': timeWaitReacks,
  'reset-ends': endedByReset,
  'server-time-wait': serverInTimeWait,
  'simultaneous-open': simultaneousOpen,
  'out-of-order': outOfOrderData,
  'half-close': dataAfterShutdown,
} as const satisfies Record<string, (run: Run) => boolean>;

export type GoalId = keyof typeof GOALS;
export const GOAL_IDS = Object.keys(GOALS) as GoalId[];

export function goalReached(goal: GoalId, run: Run): boolean {
  return GOALS[goal](run);
}
