// When the retransmission timer goes off, and for what. RFC 6298 §5 arms it for the RTO; Linux
// first arms the same timer for a tail loss probe (RFC 8985 §7, tcp_schedule_loss_probe) when the
// connection is synchronized and has an RTT estimate, so that a lost last segment is resent after
// about two round trips instead of a whole RTO. A probe re-arms the RTO without backing it off.
import { seqGe } from './seq.ts';
import type { Ctx } from './tcb.ts';
import { SYNCHRONIZED_STATES } from './types.ts';

/** When the RTO would expire, measured from the last transmission of the oldest segment. */
function rtoDeadline(ctx: Ctx): number {
  const head = ctx.ep.unacked[0];
  const sentAt = head ? head.lastSentAt : ctx.now;
  return sentAt + ctx.rules.timerDelay(ctx.ep.rto);
}

/** Arms the timer for the RTO, counted from now (RFC 6298 (5.1), (5.3), (5.6)). */
export function armRto(ctx: Ctx): void {
  ctx.ep.timers.retransmit = ctx.now + ctx.rules.timerDelay(ctx.ep.rto);
  ctx.ep.retransmitFor = 'rto';
}

/**
 * Arms a tail loss probe if the profile has them and one may be sent now: never before the
 * handshake is done (the SYN is guarded by the RTO alone), never without an SRTT, and only one
 * per episode: after a probe or a timeout, not until everything then outstanding is acknowledged.
 * The probe never goes off later than the RTO would. Returns whether it armed one.
 */
function armLossProbe(ctx: Ctx): boolean {
  const ep = ctx.ep;
  const pto = ctx.rules.lossProbe;
  const head = ep.unacked[0];
  if (pto === null || !head || head.syn || ep.rtt === null || ep.probeHold !== null) return false;
  if (!SYNCHRONIZED_STATES.includes(ep.state)) return false;
  const probeAt = ctx.now + ctx.rules.timerDelay(pto(ep.rtt.srtt, ep.unacked.length));
  const rtoAt = rtoDeadline(ctx);
  ep.timers.retransmit = rtoAt > ctx.now ? Math.min(probeAt, rtoAt) : probeAt;
  ep.retransmitFor = 'probe';
  return true;
}

/** After sending new data or a FIN: RFC 6298 (5.1) starts the RTO if it is not running; Linux re-arms its probe. */
export function armAfterSend(ctx: Ctx): void {
  if (armLossProbe(ctx)) return;
  if (ctx.ep.timers.retransmit === undefined) armRto(ctx);
}

/**
 * After an ACK of new data (SND.UNA has advanced): an ACK at or past the SND.NXT held at the last
 * probe or timeout ends that episode; then stop the timer if nothing is outstanding (5.2), else
 * restart it (5.3), as a probe where the profile has them.
 */
export function armAfterAck(ctx: Ctx): void {
  const ep = ctx.ep;
  if (ep.probeHold !== null && ep.sndUna !== null && seqGe(ep.sndUna, ep.probeHold)) ep.probeHold = null;
  if (ep.unacked.length === 0) {
    delete ep.timers.retransmit;
    return;
  }
  if (!armLossProbe(ctx)) armRto(ctx);
}

/** After a probe went out: the RTO again, from the oldest segment's last transmission, not backed off. */
export function armAfterProbe(ctx: Ctx): void {
  ctx.ep.probeHold = ctx.ep.sndNxt;
  ctx.ep.timers.retransmit = Math.max(ctx.now, rtoDeadline(ctx));
  ctx.ep.retransmitFor = 'rto';
}
