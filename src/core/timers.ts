// Timers (RFC 9293 §3.8.1 with RFC 6298; §3.10.8 TIMEOUTS) and the acknowledgement bookkeeping
// that feeds the retransmission timer: the queue of unacknowledged segments and RTT sampling.
import { armAfterAck, armRto } from './retransmit.ts';
import { seqAdd, seqDiff, seqLe, seqLength } from './seq.ts';
import type { SeqNum } from './seq.ts';
import { clearConnection, closeConnection, emit, goTo, reason, retransmitKind, sendAck, stateKey } from './tcb.ts';
import type { Ctx, Unacked } from './tcb.ts';
import type { Flag, TimerKind } from './types.ts';

export function onTimer(ctx: Ctx, timer: TimerKind): void {
  const timers = ctx.ep.timers;
  if (timers[timer] === undefined) return; // cancelled since it was armed: nothing happens
  delete timers[timer];
  switch (timer) {
    case 'retransmit':
      return ctx.ep.retransmitFor === 'probe' ? lossProbe(ctx) : retransmitTimeout(ctx);
    case 'delayed_ack':
      return sendAck(ctx, reason(stateKey(ctx, 'send_delayed_ack'), 'tcp_delack_timer', undefined, 'linux'));
    case 'time_wait':
      // §3.10.8: "If the time-wait timeout expires on a connection, delete the TCB."
      if (ctx.ep.state === 'TIME_WAIT') closeConnection(ctx, 'time_wait.timeout');
      return;
    case 'fin_wait_2':
      // Linux reaps an orphaned FIN_WAIT_2 after tcp_fin_timeout; later segments meet a RST.
      if (ctx.ep.state === 'FIN_WAIT_2') closeConnection(ctx, 'fin_wait_2.orphan_timeout');
      return;
  }
}

/** The segment `u` sent again, as it was, acknowledging what we have received. */
export function resend(ctx: Ctx, u: Unacked, why: (transmissions: number) => Parameters<typeof emit>[2]): void {
  const ep = ctx.ep;
  const flags: Flag[] = [];
  if (u.syn) flags.push('SYN');
  if (u.fin) flags.push('FIN');
  if (u.len > 0) flags.push('PSH');
  // A SYN alone carries no ACK; anything later acknowledges what we have received.
  const ack = ep.state === 'SYN_SENT' ? null : ep.rcvNxt;
  const transmissions = u.transmissions + 1;
  emit(ctx, { flags, seq: u.seq, ack, len: u.len }, why(transmissions));
  ep.unacked = ep.unacked.map((x) => (x === u ? { ...u, lastSentAt: ctx.now, transmissions } : x));
  if (u.syn) ep.synRetransmitted = true;
}

/**
 * §3.8.1, §3.10.8 / RFC 6298 (5.4)–(5.6): the retransmission timeout. Resend the earliest
 * unacknowledged segment, back off the RTO, restart the timer.
 */
function retransmitTimeout(ctx: Ctx): void {
  const ep = ctx.ep;
  const head = ep.unacked[0];
  if (!head) return;
  const kind = retransmitKind(head, ep.state);
  if (ctx.rules.giveUp(kind, head.transmissions, ctx.now - head.firstSentAt)) {
    return giveUp(ctx);
  }
  const rto = round(ep.rto);
  resend(ctx, head, (transmissions) => reason(stateKey(ctx, 'retransmit'), '3.8.1', { transmissions, rto }));
  ep.rto = ctx.rules.backoff(kind, head.transmissions + 1, ep.rto);
  // Linux's Loss state: no tail loss probe until what is outstanding now is acknowledged.
  ep.probeHold = ep.sndNxt;
  armRto(ctx);
}

/**
 * RFC 8985 §7 (Linux's tcp_send_loss_probe): the probe timeout went off before any ACK. Resend
 * the last segment outstanding, so that its ACK (or a duplicate ACK) shows what was lost, then wait
 * for the RTO again without backing it off.
 */
function lossProbe(ctx: Ctx): void {
  const ep = ctx.ep;
  const tail = ep.unacked.at(-1);
  if (!tail) return;
  const pto = round(ctx.now - tail.lastSentAt);
  resend(ctx, tail, (transmissions) => reason(stateKey(ctx, 'send_loss_probe'), '7', { transmissions, pto }, 'rfc8985'));
  ep.probeHold = ep.sndNxt;
  armRto(ctx, ep.unacked[0]?.lastSentAt);
}

/** §3.8.3: R2 reached. The connection is closed and the application told ETIMEDOUT. */
function giveUp(ctx: Ctx): void {
  const s = ctx.ep.state;
  if (s === 'SYN_RECEIVED') {
    if (ctx.ep.passive) {
      backToListen(ctx, 'syn_received.give_up_passive');
    } else {
      closeConnection(ctx, 'syn_received.give_up_active', 'ETIMEDOUT');
    }
    return;
  }
  closeConnection(ctx, stateKey(ctx, 'give_up'), 'ETIMEDOUT');
}

/** A passive open that failed returns to LISTEN by `rule`, with an empty TCB (§3.10.7.4). */
export function backToListen(ctx: Ctx, rule: string): void {
  goTo(ctx, 'LISTEN', rule);
  clearConnection(ctx);
}

/**
 * SND.UNA < SEG.ACK ≤ SND.NXT: advance SND.UNA, drop what is covered from the retransmission
 * queue, take an RTT sample (RFC 6298 §2–3), and restart or stop the timer (RFC 6298 §5.2–5.3).
 */
export function acknowledge(ctx: Ctx, ack: SeqNum): void {
  const ep = ctx.ep;
  ep.sndUna = ack;
  let sample: Unacked | null = null;
  const remaining: Unacked[] = [];
  for (const u of ep.unacked) {
    const end = seqAdd(u.seq, seqLength(u.len, u.syn, u.fin));
    if (seqLe(end, ack)) sample = u;
    else remaining.push(u);
  }
  ep.unacked = remaining;
  if (sample && (sample.transmissions === 1 || ctx.rules.sampleRetransmitted)) {
    measure(ctx, ctx.now - sample.lastSentAt);
  }
  armAfterAck(ctx);
}

/** RFC 6298 §2.2–2.3: the first sample sets SRTT = R, RTTVAR = R/2; later ones smooth. */
function measure(ctx: Ctx, r: number): void {
  const ep = ctx.ep;
  const prev = ep.rtt;
  ep.rtt = prev
    ? { rttvar: 0.75 * prev.rttvar + 0.25 * Math.abs(prev.srtt - r), srtt: 0.875 * prev.srtt + 0.125 * r }
    : { srtt: r, rttvar: r / 2 };
  ep.rto = ctx.rules.rto.fromEstimates(ep.rtt.srtt, ep.rtt.rttvar);
}

/**
 * RFC 6298 (5.7): "If the timer expires awaiting the ACK of a SYN segment and the TCP
 * implementation is using an RTO less than 3 seconds, the RTO MUST be re-initialized to 3 seconds
 * when data transmission begins (i.e., after the three-way handshake completes)." Whatever the
 * back-off had made of it: re-initialized, not raised. (Karn's rule leaves no sample to replace it,
 * the only ACK so far being one for a retransmitted SYN.)
 */
export function rtoAfterHandshake(ctx: Ctx): void {
  const fallback = ctx.rules.rtoAfterSynLoss;
  if (fallback !== null && ctx.ep.synRetransmitted && ctx.rules.rto.initial < fallback) ctx.ep.rto = fallback;
}

/** Does SEG.ACK acknowledge something new (SND.UNA < SEG.ACK ≤ SND.NXT)? */
export function acksNewData(ctx: Ctx, ack: SeqNum): boolean {
  const { sndUna, sndNxt } = ctx.ep;
  return sndUna !== null && sndNxt !== null && seqDiff(ack, sndUna) > 0 && seqDiff(ack, sndNxt) <= 0;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
