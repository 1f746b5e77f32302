// English reasons of the rarer turns (resets, timeouts, simultaneous close, retransmissions,
// challenge ACKs, the network): one of the three files of the reasons section (see reasons-open.en.ts).
export const en = {
  'reasons.established.call_close_unread':
    'close() while received data is still unread: that data would be lost, so TCP resets the connection instead of closing it gently.',
  'reasons.established.rcv_rst': 'The peer reset the connection: the TCB is deleted at once and the application sees ECONNRESET.',
  'reasons.established.give_up': 'Data went unacknowledged through every retransmission: TCP gives up on the connection.',
  'reasons.fin_wait_1.call_close_unread':
    'close() with received data still unread: TCP resets the connection rather than lose that data silently.',
  'reasons.fin_wait_1.rcv_data_after_close':
    'Data arrived after the application closed the socket: nobody can read it, so the connection is reset.',
  'reasons.fin_wait_1.rcv_rst': 'The peer reset the connection: the TCB is deleted at once.',
  'reasons.fin_wait_1.call_abort': 'abort(): send a reset and delete the TCB.',
  'reasons.fin_wait_1.give_up': 'Our FIN went unacknowledged through every retransmission: TCP gives up.',
  'reasons.fin_wait_2.orphan_timeout':
    'The application has closed and the peer never sent its FIN: Linux reaps the orphaned connection after tcp_fin_timeout (60 s).',
  'reasons.fin_wait_2.call_close_unread':
    'close() with received data still unread: TCP resets the connection rather than lose that data silently.',
  'reasons.fin_wait_2.rcv_data_after_close':
    'Data arrived after the application closed the socket: nobody can read it, so the connection is reset.',
  'reasons.fin_wait_2.rcv_rst': 'The peer reset the connection: the TCB is deleted at once.',
  'reasons.fin_wait_2.call_abort': 'abort(): send a reset and delete the TCB.',
  'reasons.close_wait.call_close_unread':
    'close() with received data still unread: TCP resets the connection rather than lose that data silently.',
  'reasons.close_wait.rcv_rst': 'The peer reset the connection: the TCB is deleted, and the next write fails with EPIPE.',
  'reasons.close_wait.call_abort': 'abort(): send a reset and delete the TCB.',
  'reasons.close_wait.give_up': 'What we sent went unacknowledged through every retransmission: TCP gives up.',
  'reasons.closing.rcv_ack_of_fin':
    'Our FIN is acknowledged at last: both directions are closed. Wait in TIME_WAIT like any side that closed first.',
  'reasons.closing.send_ack_fin':
    'The FINs crossed: acknowledge the peer’s FIN (ack = its seq + 1), even though ours is not acknowledged yet.',
  'reasons.closing.rcv_rst': 'A reset in CLOSING: the TCB is deleted at once.',
  'reasons.closing.call_abort': 'abort() in CLOSING: the TCB is deleted; our FIN is already out, so nothing is sent.',
  'reasons.closing.give_up': 'Our FIN went unacknowledged through every retransmission: TCP gives up.',
  'reasons.last_ack.rcv_rst': 'A reset in LAST_ACK: the TCB is deleted at once.',
  'reasons.last_ack.call_abort': 'abort() in LAST_ACK: the TCB is deleted; nothing is sent.',
  'reasons.last_ack.give_up': 'Our FIN went unacknowledged through every retransmission: TCP gives up.',
  'reasons.last_ack.retransmit':
    'No ACK for our FIN within the retransmission timeout ({rto} s): send it again (transmission {transmissions}). Either the FIN or its ACK was lost.',
  'reasons.time_wait.send_ack_fin_again':
    'The peer sent its FIN again: our last ACK was lost. TIME_WAIT is still here to acknowledge it, and its timer starts over.',
  'reasons.time_wait.rcv_rst': 'A reset in TIME_WAIT: the TCB is deleted at once.',
  'reasons.time_wait.call_abort': 'abort() in TIME_WAIT: the TCB is deleted; nothing is sent.',
  // --- The network --------------------------------------------------------------------------------
  'reasons.network.inject_old_duplicate':
    'A copy of a segment from an earlier connection, delayed in the network, arrives now. Sequence numbers are how TCP tells it apart.',
  'reasons.*.send_ack_unacceptable':
    'A segment with seq {seq} is outside the receive window, so it is old or bogus: drop it and send an ACK that says what we expect.',
  'reasons.*.send_ack_old_syn':
    'Its SYN (seq {seq}) is the one we already have, at RCV.NXT − 1, and there is nothing else: entirely old, it fails the acceptability test. Drop it; send an ACK.',
  'reasons.*.send_ack_out_of_order':
    'A segment with seq {seq} is ahead of a gap: keep it, and send an ACK that asks for the missing bytes.',
  'reasons.*.send_ack_for_unsent':
    'This segment acknowledges {ack}, beyond anything we sent: drop it and send an ACK with our real numbers.',
  'reasons.*.send_challenge_ack_rst':
    'A reset whose seq is not exactly RCV.NXT could be forged: answer with a challenge ACK instead of closing.',
  'reasons.*.send_challenge_ack_syn':
    'A SYN on a synchronized connection could be forged: answer with a challenge ACK instead of resetting.',
  'reasons.*.send_rst_unread':
    'close() with {unread} bytes received but unread: a reset tells the peer its data was not read.',
  'reasons.*.send_rst_data_after_close':
    '{bytes} bytes arrived after the application closed: nobody can read them, so a reset tells the sender.',
  'reasons.*.retransmit':
    'Retransmission timeout: no ACK within the RTO ({rto} s). Send the oldest unacknowledged segment again (transmission {transmissions}) and restart the timer, backed off.',
  'reasons.*.send_loss_probe':
    'Tail loss probe, not a timeout: the last segment outstanding went {pto} s (about two round trips, plus 200 ms when it is the only one) without an ACK. Linux sends it again (transmission {transmissions}) before the RTO would, so that an ACK shows what was lost; the RTO restarts without doubling.',
  'reasons.status.code':
    'That is {code} ({phrase}). Its first digit, {digit}, puts it in the {digit}xx class: a code the receiver does not know is read as {digit}00.',
  'reasons.status.effect.switches':
    'Right after the empty line that ends the 101 response, the same TCP connection carries the new protocol (WebSocket, say): no new handshake.',
  'reasons.status.effect.ends-at-headers':
    'This response never has content: it ends with its header section, so the connection is ready for the next response at once.',
  'reasons.status.effect.closes-on-bad-framing':
    'When the request’s framing is broken (an invalid Content-Length, say), nobody can tell where the next request starts: the answer is 400, and then the connection is closed.',
  'reasons.status.effect.closes':
    'The wait for the request is over and the connection is closed; a request still in flight may be sent again on a new connection.',
} as const;
