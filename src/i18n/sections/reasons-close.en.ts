// English reasons of an orderly close, data and abort: one of the three files of the reasons
// section (see reasons-open.en.ts; an island gets just what it can show, src/lessons/island-strings.ts).
export const en = {
  // --- ESTABLISHED ----------------------------------------------------------------------------
  'reasons.established.call_close':
    'close(): this side has nothing more to send. A FIN says so, and FIN_WAIT_1 waits for it to be acknowledged.',
  'reasons.established.call_shutdown':
    'shutdown(SHUT_WR) closes only the sending direction: a FIN goes out, but this side can still receive.',
  'reasons.established.send_fin':
    'The FIN’s seq is SND.NXT = {seq}, right after the last byte sent (or the SYN). Like a SYN it takes one number itself, so the ACK that answers it is the FIN’s seq + 1: the last data byte + 2.',
  'reasons.established.rcv_fin':
    'The peer’s FIN means it will send nothing more. This side may still send; it waits in CLOSE_WAIT until its own application closes.',
  'reasons.established.call_abort': 'abort() (SO_LINGER 0): send a reset instead of a FIN and delete the TCB: no TIME_WAIT.',

  // --- FIN_WAIT_1, FIN_WAIT_2 ---------------------------------------------------------------
  'reasons.fin_wait_1.rcv_ack_of_fin':
    'Our FIN is acknowledged: this direction is closed. FIN_WAIT_2 waits for the peer to close its own.',
  'reasons.fin_wait_1.rcv_fin':
    'The peer’s FIN arrived before the ACK of ours: both sides closed at once. CLOSING waits for that ACK.',
  'reasons.fin_wait_1.rcv_fin_ack_of_fin':
    'One segment acknowledges our FIN and carries the peer’s: both directions are closed, so go straight to TIME_WAIT.',
  'reasons.fin_wait_2.rcv_fin':
    'The peer closes its direction too. Acknowledge its FIN and wait in TIME_WAIT, in case that ACK is lost.',

  // --- CLOSE_WAIT, CLOSING, LAST_ACK ----------------------------------------------------------
  'reasons.close_wait.send_ack_fin':
    'The peer’s FIN takes one number: the ACK is the FIN’s seq + 1, two past the last data byte received (IRS + 2 if none came).',
  'reasons.close_wait.call_close':
    'Now this application closes too: a FIN goes out, and LAST_ACK waits for its acknowledgment.',
  'reasons.close_wait.call_shutdown':
    'shutdown(SHUT_WR) in CLOSE_WAIT sends the FIN; LAST_ACK waits for its acknowledgment.',
  'reasons.close_wait.send_fin':
    'This side’s FIN, the second half of the teardown: seq = SND.NXT = {seq}, right after the last byte it sent. It takes one number, so its ACK will be the FIN’s seq + 1.',
  'reasons.last_ack.rcv_ack_of_fin':
    'Our FIN is acknowledged: nothing is left to send or receive, so the TCB is deleted. This side never waits in TIME_WAIT.',

  // --- TIME_WAIT (§3.10.7.4, §3.10.8) ---------------------------------------------------------
  'reasons.time_wait.send_ack_fin':
    'Acknowledge the peer’s FIN: ack = the FIN’s seq + 1, as the FIN took one number. This ACK is the last segment; if it is lost the peer will resend its FIN, and TIME_WAIT keeps us here to answer.',
  'reasons.time_wait.timeout':
    'TIME_WAIT is over: any old segment of this connection has died in the network, so the TCB is deleted.',

  // --- Shared by every state: '<state>.' + suffix ----------------------------------------------
  'reasons.*.send_data':
    'The application wrote {bytes} bytes: they go out with seq = SND.NXT, and SND.NXT moves past them.',
  'reasons.*.send_ack_data':
    '{bytes} bytes arrived in order: RCV.NXT moves past them, and the ACK asks for the next byte.',
  'reasons.*.send_delayed_ack':
    'Linux held this ACK back about 40 ms, hoping to carry it on data or a FIN; nothing came, so it goes alone.',
  'reasons.*.send_rst_abort': 'abort(): a reset tells the peer the connection is gone, without a FIN.',
} as const;
