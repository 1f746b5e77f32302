// SEGMENT ARRIVES (RFC 9293 §3.10.7): one function per group of states, one commented arm per rule.
import { flushQueued } from './calls.ts';
import { seqAdd, seqDiff, seqInWindow, seqLength, seqNum } from './seq.ts';
import type { SeqNum } from './seq.ts';
import {
  armOrphanTimer,
  closeConnection,
  emit,
  enterTimeWait,
  goTo,
  known,
  RCV_WND,
  reason,
  sendAck,
  sendAckToInvalid,
  startTimeWait,
  stateKey,
  takeIsn,
  transmit,
} from './tcb.ts';
import type { Ctx, OutOfOrder } from './tcb.ts';
import { acknowledge, acksNewData, backToListen, resend, rtoAfterHandshake } from './timers.ts';
import type { Reason, Segment } from './types.ts';

const has = (seg: Segment, flag: Segment['flags'][number]): boolean => seg.flags.includes(flag);

/** SEG.LEN, SYN and FIN included. */
function segLen(seg: Segment): number {
  return seqLength(seg.len, has(seg, 'SYN'), has(seg, 'FIN'));
}

export function segmentArrives(ctx: Ctx, seg: Segment): void {
  switch (ctx.ep.state) {
    case 'CLOSED':
      return closedArrives(ctx, seg);
    case 'LISTEN':
      return listenArrives(ctx, seg);
    case 'SYN_SENT':
      return synSentArrives(ctx, seg);
    default:
      return otherwiseArrives(ctx, seg);
  }
}

// §3.10.7.1 CLOSED: "all data in the incoming segment is discarded"; anything but a RST gets one.
function closedArrives(ctx: Ctx, seg: Segment): void {
  if (has(seg, 'RST')) return;
  if (seg.ack !== null) {
    // <SEQ=SEG.ACK><CTL=RST>
    emit(ctx, { flags: ['RST'], seq: seg.ack, ack: null }, reason('closed.send_rst_for_ack', '3.10.7.1'));
  } else {
    // <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>
    const ack = seqAdd(seg.seq, segLen(seg));
    emit(ctx, { flags: ['RST'], seq: seqNum(0), ack }, reason('closed.send_rst_ack', '3.10.7.1'));
  }
}

// §3.10.7.2 LISTEN.
function listenArrives(ctx: Ctx, seg: Segment): void {
  // First, an incoming RST is ignored.
  if (has(seg, 'RST')) return;
  // Second, any acknowledgment is bad: <SEQ=SEG.ACK><CTL=RST>.
  if (seg.ack !== null) {
    emit(ctx, { flags: ['RST'], seq: seg.ack, ack: null }, reason('listen.send_rst_for_ack', '3.10.7.2'));
    return;
  }
  // Third, a SYN: RCV.NXT = SEG.SEQ+1, IRS = SEG.SEQ, choose ISS, send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>.
  if (!has(seg, 'SYN')) return;
  const ep = ctx.ep;
  const iss = takeIsn(ctx);
  ep.irs = seg.seq;
  ep.rcvNxt = seqAdd(seg.seq, 1);
  ep.iss = iss;
  ep.sndUna = iss;
  ep.sndNxt = iss;
  ep.rto = ctx.rules.rto.initial;
  if (ctx.twoWayHandshake) {
    // The hypothetical two-way handshake: the server believes the SYN at once.
    goTo(ctx, 'ESTABLISHED', 'listen.rcv_syn_two_way', { irs: seg.seq });
  } else {
    goTo(ctx, 'SYN_RECEIVED', 'listen.rcv_syn', { irs: seg.seq });
  }
  transmit(ctx, { syn: true, withAck: true }, reason('listen.send_syn_ack', '3.10.7.2', { iss }));
}

// §3.10.7.3 SYN-SENT.
function synSentArrives(ctx: Ctx, seg: Segment): void {
  const ep = ctx.ep;
  const iss = known(ep.iss);
  const sndNxt = known(ep.sndNxt);
  // First, the ACK bit: an ACK of something other than our SYN (SEG.ACK ≤ ISS or > SND.NXT) is
  // from an old connection: <SEQ=SEG.ACK><CTL=RST>, unless it is itself a reset.
  if (seg.ack !== null && !(seqDiff(seg.ack, iss) > 0 && seqDiff(seg.ack, sndNxt) <= 0)) {
    if (!has(seg, 'RST')) {
      emit(ctx, { flags: ['RST'], seq: seg.ack, ack: null }, reason('syn_sent.send_rst_bad_ack', '3.10.7.3'));
    }
    return;
  }
  // Second, the RST bit: with an acceptable ACK the connection is refused; without, ignore it.
  if (has(seg, 'RST')) {
    if (seg.ack !== null) closeConnection(ctx, 'syn_sent.rcv_rst', 'ECONNREFUSED');
    return;
  }
  // Fourth, the SYN bit.
  if (!has(seg, 'SYN')) return;
  ep.irs = seg.seq;
  ep.rcvNxt = seqAdd(seg.seq, 1);
  if (seg.ack !== null) {
    // Our SYN is acknowledged: ESTABLISHED, send <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
    acknowledge(ctx, seg.ack);
    return establish(ctx, 'syn_sent.rcv_syn_ack', reason('syn_sent.send_ack', '3.10.7.3'), { irs: seg.seq });
  }
  // Simultaneous open: SYN-RECEIVED, send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> (the SYN again).
  goTo(ctx, 'SYN_RECEIVED', 'syn_sent.rcv_syn', { irs: seg.seq });
  ep.sndNxt = iss;
  ep.unacked = [];
  delete ep.timers.retransmit;
  transmit(ctx, { syn: true, withAck: true }, reason('syn_sent.send_syn_ack', '3.10.7.3', { iss }));
}

// §3.10.7.4: SYN-RECEIVED and the synchronized states.
function otherwiseArrives(ctx: Ctx, seg: Segment): void {
  const ep = ctx.ep;
  const irs = known(ep.irs);
  const rcvNxt = known(ep.rcvNxt);
  /** The segment repeats the peer's SYN, which we already have (it lies at RCV.NXT − 1). */
  const repeatsSyn = has(seg, 'SYN') && seg.seq === irs;

  // Linux answers a repeated SYN in SYN-RECEIVED with its SYN,ACK again (tcp_check_req), as the
  // i_lost_synack capture shows; RFC 9293 treats it as an unacceptable segment (below).
  if (ep.state === 'SYN_RECEIVED' && ep.passive && ctx.rules.resendSynAckOnDuplicateSyn && repeatsSyn && seg.ack === null) {
    return resendSynAck(ctx);
  }

  // Linux, simultaneous open: the peer's SYN,ACK carries only the SYN we have and acknowledges
  // exactly SND.NXT; tcp_validate_incoming lets it through, its ACK completes the handshake, and the
  // repeated SYN is acknowledged at once. RFC 9293's first check finds the same segment entirely
  // old (below): the handshake then waits for the peer's ACK.
  if (
    ep.state === 'SYN_RECEIVED' &&
    !ep.passive &&
    ctx.rules.synAckCompletesSimultaneousOpen &&
    repeatsSyn &&
    segLen(seg) === 1 &&
    seg.ack !== null &&
    seg.ack === ep.sndNxt
  ) {
    acknowledge(ctx, seg.ack);
    const why = reason('syn_received.send_ack_dup_syn', 'tcp_validate_incoming', undefined, 'linux');
    return establish(ctx, 'syn_received.rcv_syn_ack', why, { irs });
  }

  // TIME-WAIT, eighth step: "The only thing that can arrive in this state is a retransmission of
  // the remote FIN. Acknowledge it, and restart the 2 MSL timeout." Read literally, the first
  // check would catch it (the FIN lies at RCV.NXT − 1) and answer the same ACK without the
  // restart; the fifth and eighth steps name this very segment, so they are the rule for it.
  if (ep.state === 'TIME_WAIT' && has(seg, 'FIN') && !has(seg, 'RST') && seqAdd(seg.seq, segLen(seg)) === rcvNxt) {
    sendAck(ctx, reason('time_wait.send_ack_fin_again', '3.10.7.4'));
    startTimeWait(ctx);
    return;
  }

  // First, check sequence number: is the segment acceptable (the four cases of §3.10.7.4)? A
  // segment whose only content is a SYN we already have (a retransmitted SYN, or the peer's
  // SYN,ACK in a simultaneous open) ends before RCV.NXT: entirely old, so unacceptable. ("Only the
  // new parts are processed" is about a segment that straddles old and new.)
  const len = segLen(seg);
  const acceptable =
    len === 0
      ? seqInWindow(seg.seq, rcvNxt, RCV_WND)
      : seqInWindow(seg.seq, rcvNxt, RCV_WND) || seqInWindow(seqAdd(seg.seq, len - 1), rcvNxt, RCV_WND);
  if (!acceptable) {
    // "If an incoming segment is not acceptable, an acknowledgment should be sent in reply
    // (unless the RST bit is set...)": <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>. This is how old
    // duplicates are answered.
    if (has(seg, 'RST')) return;
    const key = repeatsSyn ? stateKey(ctx, 'send_ack_old_syn') : stateKey(ctx, 'send_ack_unacceptable');
    return sendAckToInvalid(ctx, reason(key, '3.10.7.4', { seq: seg.seq }));
  }

  // Second, check the RST bit (RFC 5961 §3 as adopted by RFC 9293): exactly RCV.NXT resets,
  // elsewhere in the window draws a challenge ACK.
  if (has(seg, 'RST')) {
    if (seg.seq !== rcvNxt) return sendAckToInvalid(ctx, reason(stateKey(ctx, 'send_challenge_ack_rst'), '3.10.7.4'));
    return reset(ctx);
  }

  // Fourth, check the SYN bit. In SYN-RECEIVED after a passive OPEN: "return this connection to
  // the LISTEN state and return". Otherwise, and in the synchronized states, a challenge ACK
  // (RFC 5961 §4).
  if (has(seg, 'SYN')) {
    if (ep.state === 'SYN_RECEIVED' && ep.passive) return backToListen(ctx, 'syn_received.rcv_syn_passive');
    return sendAckToInvalid(ctx, reason(stateKey(ctx, 'send_challenge_ack_syn'), '3.10.7.4'));
  }

  // Fifth, check the ACK field: "if the ACK bit is off, drop the segment".
  if (seg.ack === null) return;
  if (!processAck(ctx, seg, seg.ack)) return;

  // Sixth (URG) is not modelled. Seventh and eighth: the segment text and the FIN.
  receiveTextAndFin(ctx, seg);
}

/** Linux's repeated SYN,ACK for a repeated SYN (tcp_check_req → inet_rtx_syn_ack). */
function resendSynAck(ctx: Ctx): void {
  const head = ctx.ep.unacked[0];
  if (head) resend(ctx, head, () => reason('syn_received.send_syn_ack_again', 'tcp_check_req', undefined, 'linux'));
}

/** The second check's reset, per state. */
function reset(ctx: Ctx): void {
  const ep = ctx.ep;
  switch (ep.state) {
    case 'SYN_RECEIVED':
      // "If this connection was initiated with a passive OPEN, then return this connection to
      // LISTEN state and return"; an active one is refused.
      if (ep.passive) {
        backToListen(ctx, 'syn_received.rcv_rst_passive');
      } else {
        closeConnection(ctx, 'syn_received.rcv_rst_active', 'ECONNREFUSED');
      }
      return;
    case 'ESTABLISHED':
      // The hypothetical two-way handshake puts a passive open straight into ESTABLISHED, so this
      // is where RFC 9293's SYN-RECEIVED rule ("return this connection to LISTEN") has to apply.
      // A real server listens on a separate socket that outlives the connections it accepts; the
      // model's one server TCB plays both, so it listens again instead of closing.
      if (ctx.twoWayHandshake && ep.passive) {
        backToListen(ctx, 'established.rcv_rst_two_way');
        return;
      }
      return closeConnection(ctx, 'established.rcv_rst', 'ECONNRESET');
    case 'CLOSE_WAIT':
      // The peer already said it would send nothing more; Linux reports the lost write as EPIPE.
      return closeConnection(ctx, 'close_wait.rcv_rst', 'EPIPE');
    case 'CLOSING':
    case 'LAST_ACK':
    case 'TIME_WAIT':
      // "enter the CLOSED state, delete the TCB, and return" — no user to tell.
      return closeConnection(ctx, stateKey(ctx, 'rcv_rst'));
    default:
      // FIN-WAIT-1, FIN-WAIT-2: "users should also receive an unsolicited general
      // 'connection reset' signal".
      return closeConnection(ctx, stateKey(ctx, 'rcv_rst'), 'ECONNRESET');
  }
}

/**
 * Into ESTABLISHED by `rule`: RFC 6298 (5.7) may reset the RTO, data written during the handshake
 * goes out (carrying the ACK), or else `ack`, when the arc answers with one.
 */
function establish(ctx: Ctx, rule: string, ack?: Reason, params?: Record<string, string | number>): void {
  goTo(ctx, 'ESTABLISHED', rule, params);
  rtoAfterHandshake(ctx);
  if (ctx.ep.queuedBytes > 0) flushQueued(ctx);
  else if (ack) sendAck(ctx, ack);
}

/** The fifth check. Returns false when the segment is finished with. */
function processAck(ctx: Ctx, seg: Segment, ack: SeqNum): boolean {
  const ep = ctx.ep;
  if (ep.state === 'SYN_RECEIVED') {
    // "If SND.UNA < SEG.ACK =< SND.NXT, then enter ESTABLISHED state and continue processing";
    // otherwise <SEQ=SEG.ACK><CTL=RST>.
    if (!acksNewData(ctx, ack)) {
      emit(ctx, { flags: ['RST'], seq: ack, ack: null }, reason('syn_received.send_rst_bad_ack', '3.10.7.4'));
      return false;
    }
    acknowledge(ctx, ack);
    establish(ctx, 'syn_received.rcv_ack');
    return true;
  }
  if (seqDiff(ack, known(ep.sndNxt)) > 0) {
    // "If the ACK acks something not yet sent (SEG.ACK > SND.NXT), then send an ACK, drop the
    // segment, and return."
    sendAckToInvalid(ctx, reason(stateKey(ctx, 'send_ack_for_unsent'), '3.10.7.4', { ack }));
    return false;
  }
  if (acksNewData(ctx, ack)) acknowledge(ctx, ack);
  // (An old ACK, SEG.ACK < SND.UNA, is ignored; a duplicate changes nothing.)
  const finAcked = ep.finSent && ep.sndUna === ep.sndNxt;
  switch (ep.state) {
    case 'FIN_WAIT_1':
      // "If the FIN segment is now acknowledged, then enter FIN-WAIT-2" — unless this segment
      // also carries the peer's FIN, which takes us straight to TIME-WAIT (eighth step).
      if (finAcked && !carriesInOrderFin(ctx, seg)) {
        goTo(ctx, 'FIN_WAIT_2', 'fin_wait_1.rcv_ack_of_fin');
        armOrphanTimer(ctx);
      }
      return true;
    case 'CLOSING':
      // "If the ACK acknowledges our FIN, then enter the TIME-WAIT state; otherwise, ignore".
      if (finAcked) enterTimeWait(ctx, 'closing.rcv_ack_of_fin');
      return true;
    case 'LAST_ACK':
      // "If our FIN is now acknowledged, delete the TCB, enter the CLOSED state, and return."
      if (finAcked) {
        closeConnection(ctx, 'last_ack.rcv_ack_of_fin');
        return false;
      }
      return true;
    default:
      return true;
  }
}

/** Does the segment end with a FIN that lands exactly after what we have received? */
function carriesInOrderFin(ctx: Ctx, seg: Segment): boolean {
  return has(seg, 'FIN') && seqAdd(seg.seq, seg.len) === ctx.ep.rcvNxt;
}

/** Seventh (segment text) and eighth (FIN) steps. */
function receiveTextAndFin(ctx: Ctx, seg: Segment): void {
  const ep = ctx.ep;
  const state = ep.state;
  const canReceive = state === 'ESTABLISHED' || state === 'FIN_WAIT_1' || state === 'FIN_WAIT_2';
  if (!canReceive) {
    // CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT: "This should not occur since a FIN has been
    // received from the remote side. Ignore the segment text" (and any FIN).
    return;
  }
  const rcvNxt = known(ep.rcvNxt);
  // Trim what we already have (a retransmission overlapping RCV.NXT): only new parts count.
  const old = Math.max(0, seqDiff(rcvNxt, seg.seq));
  const piece: OutOfOrder = {
    seq: seqAdd(seg.seq, Math.min(old, seg.len)),
    len: Math.max(0, seg.len - old),
    fin: has(seg, 'FIN'),
  };
  // A bare ACK carries nothing to receive (and must not be answered, or two endpoints that are
  // each missing data would trade ACKs forever).
  if (piece.len === 0 && !piece.fin) return;
  if (piece.len > 0 && ep.app.closed) {
    // §3.6.1: "if new data is received after CLOSE is called, its TCP SHOULD send a RST" — in
    // the form of §3.5.2 for a segment with an ACK field, <SEQ=SEG.ACK><CTL=RST> (Linux too).
    const why = reason(stateKey(ctx, 'send_rst_data_after_close'), '3.6.1', { bytes: piece.len });
    // (Only a segment with an ACK reaches the seventh step.)
    if (seg.ack !== null) emit(ctx, { flags: ['RST'], seq: seg.ack, ack: null }, why);
    closeConnection(ctx, stateKey(ctx, 'rcv_data_after_close'));
    return;
  }
  if (piece.seq !== rcvNxt) {
    // Ahead of a gap: keep it for later, and say what we are missing with an immediate ACK.
    ep.outOfOrder = [...ep.outOfOrder.filter((o) => o.seq !== piece.seq), piece];
    sendAck(ctx, reason(stateKey(ctx, 'send_ack_out_of_order'), '3.10.7.4', { seq: seg.seq }));
    return;
  }
  let bytes = 0;
  let fin = false;
  let next: OutOfOrder | undefined = piece;
  let expected = rcvNxt;
  while (next) {
    const at: OutOfOrder = next;
    bytes += at.len;
    expected = seqAdd(expected, at.len);
    ep.outOfOrder = ep.outOfOrder.filter((o) => o !== at);
    if (at.fin) {
      fin = true;
      break;
    }
    next = ep.outOfOrder.find((o) => o.seq === expected);
  }
  ep.rcvNxt = expected;
  if (bytes > 0) {
    ep.app.unread += bytes;
    ep.bytesEverReceived += bytes;
  }
  if (!fin) {
    // Data: "Send an acknowledgment of the form <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>" (Linux
    // acknowledges data on a fresh connection at once too: quick-ACK mode).
    if (bytes > 0) sendAck(ctx, reason(stateKey(ctx, 'send_ack_data'), '3.10.7.4', { bytes }));
    return;
  }
  receiveFin(ctx, bytes > 0);
}

/** Eighth step: the FIN. RCV.NXT advances over it and the application sees end of stream. */
function receiveFin(ctx: Ctx, withData: boolean): void {
  const ep = ctx.ep;
  ep.rcvNxt = seqAdd(known(ep.rcvNxt), 1);
  ep.app.eof = true;
  switch (ep.state) {
    case 'ESTABLISHED': {
      goTo(ctx, 'CLOSE_WAIT', 'established.rcv_fin');
      const delay = ctx.rules.finAckDelay?.(ep.bytesEverReceived);
      if (delay === undefined || withData) {
        sendAck(ctx, reason('close_wait.send_ack_fin', '3.10.7.4'));
      } else {
        // Linux: delayed ACK (ping-pong mode); if the application closes first, the ACK rides
        // on its FIN and the teardown takes three segments.
        ep.timers.delayed_ack = ctx.now + delay;
      }
      return;
    }
    case 'FIN_WAIT_1': {
      const finAcked = ep.finSent && ep.sndUna === ep.sndNxt;
      // "If our FIN has been ACKed (perhaps in this segment), then enter TIME-WAIT ...;
      // otherwise, enter the CLOSING state."
      if (finAcked) enterTimeWait(ctx, 'fin_wait_1.rcv_fin_ack_of_fin');
      else goTo(ctx, 'CLOSING', 'fin_wait_1.rcv_fin');
      sendAck(ctx, reason(`${finAcked ? 'time_wait' : 'closing'}.send_ack_fin`, '3.10.7.4'));
      return;
    }
    case 'FIN_WAIT_2':
      // "Enter the TIME-WAIT state. Start the time-wait timer, turn off the other timers."
      enterTimeWait(ctx, 'fin_wait_2.rcv_fin');
      sendAck(ctx, reason('time_wait.send_ack_fin', '3.10.7.4'));
      return;
    default:
      return;
  }
}
