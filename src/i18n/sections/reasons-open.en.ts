// English reasons of the opening states (CLOSED, LISTEN, SYN_SENT, SYN_RECEIVED). The reasons
// are split in three files (open, close, edge) only to keep each one readable; an island is handed
// just the templates it can show (src/lessons/island-strings.ts).
export const en = {
  // --- Opening: calls (§3.10.1) -----------------------------------------------------------
  'reasons.closed.call_listen':
    'listen() is a passive open: {side} creates a TCB and waits in LISTEN for a SYN. It sends nothing.',
  'reasons.closed.call_connect':
    'connect() is an active open: {side} picks its initial sequence number, ISS = {iss}, and waits in SYN_SENT for the answer.',
  'reasons.closed.send_syn':
    'The SYN carries seq = ISS and no ACK: {side} knows nothing of {peer}’s numbers yet. A SYN uses up one sequence number, so SND.NXT = ISS + 1.',

  // --- LISTEN (§3.10.7.2) -------------------------------------------------------------------
  'reasons.listen.rcv_syn':
    'A SYN reaches a listening socket: {side} notes {peer}’s ISN (IRS = {irs}), expects IRS + 1 next, and moves to SYN_RECEIVED.',
  'reasons.listen.send_syn_ack':
    'One segment does two jobs: SYN offers {side}’s own ISN ({iss}), and ACK = IRS + 1 confirms {peer}’s SYN, which took one number.',
  'reasons.listen.rcv_syn_two_way':
    'In a made-up two-way handshake {side} trusts the SYN at once and is ESTABLISHED, with IRS = {irs}. It cannot tell an old duplicate from a real request.',
  'reasons.established.rcv_rst_two_way':
    'A reset for a connection the made-up two-way handshake opened: as RFC 9293 does for SYN_RECEIVED, {side} forgets it and listens again. A real listening socket is a separate socket, so it was never gone.',
  'reasons.listen.send_rst_for_ack':
    'A listening socket has no connection that anything could acknowledge, so a segment carrying an ACK is answered with a reset.',
  'reasons.listen.call_close': 'close() on a listening socket just stops listening; there is no connection to end.',
  'reasons.listen.call_abort': 'Aborting a listening socket deletes it; no connection exists, so nothing is sent.',

  // --- SYN_SENT (§3.10.7.3) -----------------------------------------------------------------
  'reasons.syn_sent.rcv_syn_ack':
    'The SYN+ACK acknowledges {side}’s SYN and brings {peer}’s ISN (IRS = {irs}): now {side} knows both starting points and is ESTABLISHED.',
  'reasons.syn_sent.send_ack':
    'The third segment: ACK = IRS + 1 confirms {peer}’s SYN. It shows {peer} that {side} really asked for this connection and got its ISN.',
  'reasons.syn_sent.rcv_syn':
    'A SYN without ACK while our own SYN is out: both sides opened at once. Note IRS = {irs} and go to SYN_RECEIVED.',
  'reasons.syn_sent.send_syn_ack':
    'Simultaneous open: send our SYN again (seq = ISS = {iss}), now also acknowledging the peer’s SYN.',
  'reasons.syn_sent.rcv_rst':
    'A reset that acknowledges our SYN means nobody listens on that port: the connection is refused and connect() fails.',
  'reasons.syn_sent.send_rst_bad_ack':
    'This ACK does not acknowledge our SYN, so it belongs to some older connection: a reset tells the sender to forget it.',
  'reasons.syn_sent.call_close': 'close() before the handshake finished: the TCB is deleted and the SYN in flight is forgotten.',
  'reasons.syn_sent.call_abort': 'abort() before the handshake finished: the TCB is deleted; nothing is sent.',
  'reasons.syn_sent.give_up': 'The SYN was retransmitted too many times without an answer: TCP gives up and connect() fails.',

  // --- SYN_RECEIVED (§3.10.7.4) -------------------------------------------------------------
  'reasons.syn_received.rcv_ack':
    'This ACK acknowledges our SYN: both sides now know both ISNs, so the connection is ESTABLISHED.',
  'reasons.syn_received.rcv_rst_passive':
    'The other side reset our half-open connection, so the SYN came from nobody who wants it: {side} forgets it and goes back to LISTEN.',
  'reasons.syn_received.rcv_rst_active':
    'A reset during a simultaneous open: the connection is refused.',
  'reasons.syn_received.rcv_syn_ack':
    'Linux accepts the peer’s SYN+ACK: its SYN ends at RCV.NXT and its ACK covers our SYN, so the handshake is done. RFC 9293 drops it and waits for the ACK.',
  'reasons.syn_received.send_ack_dup_syn':
    'The peer’s SYN+ACK repeats the SYN we already have and acknowledges ours: the handshake is complete, and an ACK confirms it.',
  'reasons.syn_received.rcv_syn_passive':
    'A new SYN inside the window of a half-open connection that came from LISTEN: the connection is returned to LISTEN (a passive open can always start again).',
  'reasons.syn_received.send_syn_ack_again':
    'Linux answers a repeated SYN in SYN_RECEIVED with its SYN+ACK again: the first one was probably lost.',
  'reasons.syn_received.send_rst_bad_ack':
    'This ACK does not acknowledge our SYN+ACK, so it is not for this connection: a reset says so.',
  'reasons.syn_received.send_fin':
    'close() in SYN_RECEIVED: there is nothing to send, so the FIN goes out at once, with seq = SND.NXT = {seq}, the number after our SYN.',
  'reasons.syn_received.call_close': 'close() before the handshake finished: send a FIN and go to FIN_WAIT_1.',
  'reasons.syn_received.call_abort': 'abort() before the handshake finished: reset the connection and delete the TCB.',
  'reasons.syn_received.give_up_passive':
    'Our SYN+ACK went unanswered too many times: the half-open connection is dropped and {side} listens again.',
  'reasons.syn_received.give_up_active':
    'Our SYN+ACK went unanswered too many times: TCP gives up and the connection fails.',

  // --- CLOSED (§3.10.7.1) -----------------------------------------------------------------------
  'reasons.closed.send_rst_ack':
    'No socket here for this segment (nobody listens, or the connection is gone): a reset that acknowledges it says so.',
  'reasons.closed.send_rst_for_ack':
    'No connection here for this segment: a reset, with seq taken from the segment’s ACK so the sender accepts it.',
} as const;
