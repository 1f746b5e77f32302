// English half of the reasons section (see ./reasons.ts). A module of its own so a per-language
// chunk (the stepper's lazy messages) never carries the other language.
export const en = {
  // --- Opening: calls (§3.10.1) -----------------------------------------------------------
  'reasons.closed.call_listen':
    'listen() is a passive open: the server creates a TCB and waits in LISTEN for a SYN. It sends nothing.',
  'reasons.closed.call_connect':
    'connect() is an active open: the client picks its initial sequence number, ISS = {iss}, and waits in SYN_SENT for the answer.',
  'reasons.closed.send_syn':
    'The SYN carries seq = ISS and no ACK: the client knows nothing of the server’s numbers yet. A SYN uses up one sequence number, so SND.NXT = ISS + 1.',

  // --- LISTEN (§3.10.7.2) -------------------------------------------------------------------
  'reasons.listen.rcv_syn':
    'A SYN reaches a listening socket: the server notes the client’s ISN (IRS = {irs}), expects IRS + 1 next, and moves to SYN_RECEIVED.',
  'reasons.listen.send_syn_ack':
    'One segment does two jobs: SYN offers the server’s own ISN ({iss}), and ACK = IRS + 1 confirms the client’s SYN, which took one number.',
  'reasons.listen.rcv_syn_two_way':
    'In a made-up two-way handshake the server trusts the SYN at once and is ESTABLISHED, with IRS = {irs}. It cannot tell an old duplicate from a real request.',
  'reasons.listen.send_rst_for_ack':
    'A listening socket has no connection that anything could acknowledge, so a segment carrying an ACK is answered with a reset.',
  'reasons.listen.call_close': 'close() on a listening socket just stops listening; there is no connection to end.',
  'reasons.listen.call_abort': 'Aborting a listening socket deletes it; no connection exists, so nothing is sent.',

  // --- SYN_SENT (§3.10.7.3) -----------------------------------------------------------------
  'reasons.syn_sent.rcv_syn_ack':
    'The SYN+ACK acknowledges the client’s SYN and brings the server’s ISN (IRS = {irs}): the client knows both starting points and is ESTABLISHED.',
  'reasons.syn_sent.send_ack':
    'The third segment: ACK = IRS + 1 confirms the server’s SYN. It shows the server that the client really asked for this connection and got its ISN.',
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
    'The other side reset our half-open connection: the SYN came from nobody who wants it. The server forgets it and goes back to LISTEN.',
  'reasons.syn_received.rcv_rst_active':
    'A reset during a simultaneous open: the connection is refused.',
  'reasons.syn_received.send_ack_dup_syn':
    'The peer’s SYN+ACK repeats the SYN we already have and acknowledges ours: the handshake is complete, and an ACK confirms it.',
  'reasons.syn_received.send_syn_ack_again':
    'Linux answers a repeated SYN in SYN_RECEIVED with its SYN+ACK again: the first one was probably lost.',
  'reasons.syn_received.send_rst_bad_ack':
    'This ACK does not acknowledge our SYN+ACK, so it is not for this connection: a reset says so.',
  'reasons.syn_received.send_fin':
    'close() in SYN_RECEIVED: there is nothing to send, so the FIN goes out at once.',
  'reasons.syn_received.call_close': 'close() before the handshake finished: send a FIN and go to FIN_WAIT_1.',
  'reasons.syn_received.call_abort': 'abort() before the handshake finished: reset the connection and delete the TCB.',
  'reasons.syn_received.give_up_passive':
    'Our SYN+ACK went unanswered too many times: the half-open connection is dropped and the server listens again.',
  'reasons.syn_received.give_up_active':
    'Our SYN+ACK went unanswered too many times: TCP gives up and the connection fails.',

  // --- ESTABLISHED ----------------------------------------------------------------------------
  'reasons.established.call_close':
    'close(): this side has nothing more to send. A FIN says so, and FIN_WAIT_1 waits for it to be acknowledged.',
  'reasons.established.call_shutdown':
    'shutdown(SHUT_WR) closes only the sending direction: a FIN goes out, but this side can still receive.',
  'reasons.established.send_fin':
    'The FIN takes one sequence number, like a SYN, so its ACK must be one more than the last byte sent.',
  'reasons.established.rcv_fin':
    'The peer’s FIN means it will send nothing more. This side may still send; it waits in CLOSE_WAIT until its own application closes.',
  'reasons.established.call_close_unread':
    'close() while received data is still unread: that data would be lost, so TCP resets the connection instead of closing it gently.',
  'reasons.established.rcv_rst': 'The peer reset the connection: the TCB is deleted at once and the application sees ECONNRESET.',
  'reasons.established.call_abort': 'abort() (SO_LINGER 0): send a reset instead of a FIN and delete the TCB: no TIME_WAIT.',
  'reasons.established.give_up': 'Data went unacknowledged through every retransmission: TCP gives up on the connection.',

  // --- FIN_WAIT_1, FIN_WAIT_2 ---------------------------------------------------------------
  'reasons.fin_wait_1.rcv_ack_of_fin':
    'Our FIN is acknowledged: this direction is closed. FIN_WAIT_2 waits for the peer to close its own.',
  'reasons.fin_wait_1.rcv_fin':
    'The peer’s FIN arrived before the ACK of ours: both sides closed at once. CLOSING waits for that ACK.',
  'reasons.fin_wait_1.rcv_fin_ack_of_fin':
    'One segment acknowledges our FIN and carries the peer’s: both directions are closed, so go straight to TIME_WAIT.',
  'reasons.fin_wait_1.call_close_unread':
    'close() with received data still unread: TCP resets the connection rather than lose that data silently.',
  'reasons.fin_wait_1.rcv_data_after_close':
    'Data arrived after the application closed the socket: nobody can read it, so the connection is reset.',
  'reasons.fin_wait_1.rcv_rst': 'The peer reset the connection: the TCB is deleted at once.',
  'reasons.fin_wait_1.call_abort': 'abort(): send a reset and delete the TCB.',
  'reasons.fin_wait_1.give_up': 'Our FIN went unacknowledged through every retransmission: TCP gives up.',
  'reasons.fin_wait_2.rcv_fin':
    'The peer closes its direction too. Acknowledge its FIN and wait in TIME_WAIT, in case that ACK is lost.',
  'reasons.fin_wait_2.orphan_timeout':
    'The application has closed and the peer never sent its FIN: Linux reaps the orphaned connection after tcp_fin_timeout (60 s).',
  'reasons.fin_wait_2.call_close_unread':
    'close() with received data still unread: TCP resets the connection rather than lose that data silently.',
  'reasons.fin_wait_2.rcv_data_after_close':
    'Data arrived after the application closed the socket: nobody can read it, so the connection is reset.',
  'reasons.fin_wait_2.rcv_rst': 'The peer reset the connection: the TCB is deleted at once.',
  'reasons.fin_wait_2.call_abort': 'abort(): send a reset and delete the TCB.',

  // --- CLOSE_WAIT, CLOSING, LAST_ACK ----------------------------------------------------------
  'reasons.close_wait.send_ack_fin':
    'The FIN took one sequence number, so the ACK is one more than the last byte received.',
  'reasons.close_wait.call_close':
    'Now this application closes too: a FIN goes out, and LAST_ACK waits for its acknowledgment.',
  'reasons.close_wait.call_shutdown':
    'shutdown(SHUT_WR) in CLOSE_WAIT sends the FIN; LAST_ACK waits for its acknowledgment.',
  'reasons.close_wait.send_fin':
    'This side’s FIN: the second half of the teardown. It takes one sequence number.',
  'reasons.close_wait.call_close_unread':
    'close() with received data still unread: TCP resets the connection rather than lose that data silently.',
  'reasons.close_wait.rcv_rst': 'The peer reset the connection: the TCB is deleted, and the next write fails with EPIPE.',
  'reasons.close_wait.call_abort': 'abort(): send a reset and delete the TCB.',
  'reasons.close_wait.give_up': 'What we sent went unacknowledged through every retransmission: TCP gives up.',
  'reasons.closing.rcv_ack_of_fin':
    'Our FIN is acknowledged at last: both directions are closed. Wait in TIME_WAIT like any side that closed first.',
  'reasons.closing.send_ack_fin':
    'The FINs crossed: acknowledge the peer’s FIN, even though ours is not acknowledged yet.',
  'reasons.closing.rcv_rst': 'A reset in CLOSING: the TCB is deleted at once.',
  'reasons.closing.call_abort': 'abort() in CLOSING: the TCB is deleted; our FIN is already out, so nothing is sent.',
  'reasons.closing.give_up': 'Our FIN went unacknowledged through every retransmission: TCP gives up.',
  'reasons.last_ack.rcv_ack_of_fin':
    'Our FIN is acknowledged: nothing is left to send or receive, so the TCB is deleted. This side never waits in TIME_WAIT.',
  'reasons.last_ack.rcv_rst': 'A reset in LAST_ACK: the TCB is deleted at once.',
  'reasons.last_ack.call_abort': 'abort() in LAST_ACK: the TCB is deleted; nothing is sent.',
  'reasons.last_ack.give_up': 'Our FIN went unacknowledged through every retransmission: TCP gives up.',
  'reasons.last_ack.retransmit':
    'No ACK for our FIN within the retransmission timeout ({rto} s): send it again (transmission {transmissions}). Either the FIN or its ACK was lost.',

  // --- TIME_WAIT (§3.10.7.4, §3.10.8) ---------------------------------------------------------
  'reasons.time_wait.send_ack_fin':
    'Acknowledge the peer’s FIN. This ACK is the last segment; if it is lost the peer will resend its FIN, and TIME_WAIT keeps us here to answer.',
  'reasons.time_wait.send_ack_fin_again':
    'The peer sent its FIN again: our last ACK was lost. TIME_WAIT is still here to acknowledge it, and its timer starts over.',
  'reasons.time_wait.timeout':
    'TIME_WAIT is over: any old segment of this connection has died in the network, so the TCB is deleted.',
  'reasons.time_wait.rcv_rst': 'A reset in TIME_WAIT: the TCB is deleted at once.',
  'reasons.time_wait.call_abort': 'abort() in TIME_WAIT: the TCB is deleted; nothing is sent.',

  // --- CLOSED (§3.10.7.1) -----------------------------------------------------------------------
  'reasons.closed.send_rst_ack':
    'No socket here for this segment (nobody listens, or the connection is gone): a reset that acknowledges it says so.',
  'reasons.closed.send_rst_for_ack':
    'No connection here for this segment: a reset, with seq taken from the segment’s ACK so the sender accepts it.',

  // --- The network --------------------------------------------------------------------------------
  'reasons.network.inject_old_duplicate':
    'A copy of a segment from an earlier connection, delayed in the network, arrives now. Sequence numbers are how TCP tells it apart.',

  // --- Shared by every state: '<state>.' + suffix ----------------------------------------------
  'reasons.*.send_data':
    'The application wrote {bytes} bytes: they go out with seq = SND.NXT, and SND.NXT moves past them.',
  'reasons.*.send_ack_data':
    '{bytes} bytes arrived in order: RCV.NXT moves past them, and the ACK asks for the next byte.',
  'reasons.*.send_ack_unacceptable':
    'A segment with seq {seq} is outside the receive window, so it is old or bogus: drop it and send an ACK that says what we expect.',
  'reasons.*.send_ack_out_of_order':
    'A segment with seq {seq} is ahead of a gap: keep it, and send an ACK that asks for the missing bytes.',
  'reasons.*.send_ack_for_unsent':
    'This segment acknowledges {ack}, beyond anything we sent: drop it and send an ACK with our real numbers.',
  'reasons.*.send_challenge_ack_rst':
    'A reset whose seq is not exactly RCV.NXT could be forged: answer with a challenge ACK instead of closing.',
  'reasons.*.send_challenge_ack_syn':
    'A SYN on a synchronized connection could be forged: answer with a challenge ACK instead of resetting.',
  'reasons.*.send_delayed_ack':
    'Linux held this ACK back about 40 ms, hoping to carry it on data or a FIN; nothing came, so it goes alone.',
  'reasons.*.send_rst_unread':
    'close() with {unread} bytes received but unread: a reset tells the peer its data was not read.',
  'reasons.*.send_rst_abort': 'abort(): a reset tells the peer the connection is gone, without a FIN.',
  'reasons.*.send_rst_data_after_close':
    '{bytes} bytes arrived after the application closed: nobody can read them, so a reset tells the sender.',
  'reasons.*.retransmit':
    'No ACK within the retransmission timeout ({rto} s): send the oldest unacknowledged segment again (transmission {transmissions}) and wait longer before the next try.',
} as const;
