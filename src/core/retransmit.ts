// When the retransmission timer goes off, and for what. RFC 6298 §5 arms it for the RTO; Linux
// first arms the same timer for a tail loss probe (RFC 8985 §7, tcp_schedule_loss_probe) when the
// connection is synchronized and has an RTT estimate, so that a lost last segment is resent after
// about two round trips instead of a whole RTO. A probe re-arms the RTO without backing it off.
import { seqGe } from './seq.ts';
import type { Ctx } from './tcb.ts';
import { SYNCHRONIZED_STATES } from './types.ts';

/**
 * Arms the timer for the RTO, counted from `from`: now for RFC 6298 (5.1), (5.3) and (5.6); after
 * a probe, the oldest segment's last transmission (Linux's tcp_rearm_rto).
 */
export function armRto(ctx: Ctx, from = ctx.now): void {
  ctx.ep.timers.retransmit = Math.max(ctx.now, from + ctx.rules.timerDelay(ctx.ep.rto));
  ctx.ep.retransmitFor = 'rto';
}

/**
 * Arms a tail loss probe if the profile has them and one may be sent now: never before the
 * handshake is done (the SYN is guarded by the RTO alone), never without an SRTT, and only one
 * per episode: after a probe or a timeout, not until everything then outstanding is acknowledged.
 * The probe never goes off later than the RTO would. Returns whether it armed one.
 */
function armLossProbe(ctx: Ctx): boolean {
  const { ep, rules } = ctx;
  const head = ep.unacked[0];
  if (!rules.lossProbe || !head || head.syn || !ep.rtt || ep.probeHold !== null || !SYNCHRONIZED_STATES.includes(ep.state)) {
    return false;
  }
  const probeAt = ctx.now + rules.timerDelay(rules.lossProbe(ep.rtt.srtt, ep.unacked.length));
  const rtoAt = head.lastSentAt + rules.timerDelay(ep.rto);
  ep.timers.retransmit = rtoAt > ctx.now ? Math.min(probeAt, rtoAt) : probeAt;
  ep.retransmitFor = 'probe';
  return true;
}

/** After sending new data or a FIN: RFC 6298 (5.1) starts the RTO if it is not running; Linux re-arms its probe. */
export function armAfterSend(ctx: Ctx): void {
  if (!armLossProbe(ctx) && ctx.ep.timers.retransmit === undefined) armRto(ctx);
}

/**
 * After an ACK of new data (SND.UNA has advanced): an ACK at or past the SND.NXT held at the last
 * probe or timeout ends that episode; then stop the timer if nothing is outstanding (5.2), else
 * restart it (5.3), as a probe where the profile has them.
 */
export function armAfterAck(ctx: Ctx): void {
  const ep = ctx.ep;
  if (ep.probeHold !== null && seqGe(ep.sndUna ?? ep.probeHold, ep.probeHold)) ep.probeHold = null;
  if (ep.unacked.length === 0) delete ep.timers.retransmit;
  else if (!armLossProbe(ctx)) armRto(ctx);
}
