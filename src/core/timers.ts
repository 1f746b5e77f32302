// Timers (RFC 9293 §3.8.1 with RFC 6298; §3.10.8 TIMEOUTS) and the acknowledgement bookkeeping
// that feeds the retransmission timer: the queue of unacknowledged segments and RTT sampling.
import { seqAdd, seqDiff, seqLe } from './seq.ts';
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
      return retransmitTimeout(ctx);
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

/** §3.8.1 / RFC 6298 §5: resend the earliest unacknowledged segment, back off, restart the timer. */
function retransmitTimeout(ctx: Ctx): void {
  const ep = ctx.ep;
  const head = ep.unacked[0];
  if (!head) return;
  const kind = retransmitKind(head, ep.state);
  if (ctx.rules.giveUp(kind, head.transmissions, ctx.now - head.firstSentAt)) {
    return giveUp(ctx);
  }
  const flags: Flag[] = [];
  if (head.syn) flags.push('SYN');
  if (head.fin) flags.push('FIN');
  if (head.len > 0) flags.push('PSH');
  // A SYN alone carries no ACK; anything later acknowledges what we have received.
  const ack = ep.state === 'SYN_SENT' ? null : ep.rcvNxt;
  const transmissions = head.transmissions + 1;
  emit(
    ctx,
    { flags, seq: head.seq, ack, len: head.len },
    reason(stateKey(ctx, 'retransmit'), '3.8.1', { transmissions, rto: round(ep.rto) }),
  );
  ep.unacked = [{ ...head, lastSentAt: ctx.now, transmissions }, ...ep.unacked.slice(1)];
  if (head.syn) ep.synRetransmitted = true;
  ep.rto = ctx.rules.backoff(kind, transmissions, ep.rto);
  ep.timers.retransmit = ctx.now + ep.rto;
}

/** §3.8.3: R2 reached. The connection is closed and the application told ETIMEDOUT. */
function giveUp(ctx: Ctx): void {
  const s = ctx.ep.state;
  if (s === 'SYN_RECEIVED') {
    if (ctx.ep.passive) {
      goTo(ctx, 'LISTEN', 'syn_received.give_up_passive');
      resetToListen(ctx);
    } else {
      closeConnection(ctx, 'syn_received.give_up_active', 'ETIMEDOUT');
    }
    return;
  }
  closeConnection(ctx, stateKey(ctx, 'give_up'), 'ETIMEDOUT');
}

/** A passive open that failed returns to LISTEN with an empty TCB (§3.10.7.4). */
export function resetToListen(ctx: Ctx): void {
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
    const end = seqAdd(u.seq, u.len + (u.syn ? 1 : 0) + (u.fin ? 1 : 0));
    if (seqLe(end, ack)) sample = u;
    else remaining.push(u);
  }
  ep.unacked = remaining;
  if (sample && (sample.transmissions === 1 || ctx.rules.sampleRetransmitted)) {
    measure(ctx, ctx.now - sample.lastSentAt);
  }
  if (remaining.length === 0) delete ep.timers.retransmit;
  else ep.timers.retransmit = ctx.now + ep.rto;
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

/** RFC 6298 (5.7): a lost SYN and no sample mean data starts with a 3 s RTO. */
export function rtoAfterHandshake(ctx: Ctx): void {
  const fallback = ctx.rules.rtoAfterSynLoss;
  if (fallback !== null && ctx.ep.rtt === null && ctx.ep.synRetransmitted) ctx.ep.rto = Math.max(ctx.ep.rto, fallback);
}

/** Does SEG.ACK acknowledge something new (SND.UNA < SEG.ACK ≤ SND.NXT)? */
export function acksNewData(ctx: Ctx, ack: SeqNum): boolean {
  const { sndUna, sndNxt } = ctx.ep;
  return sndUna !== null && sndNxt !== null && seqDiff(ack, sndUna) > 0 && seqDiff(ack, sndNxt) <= 0;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
