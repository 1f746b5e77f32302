// English half of the quiz section (see ./quiz.ts).
export const en = {
  'quiz.heading': 'Check yourself',
  'quiz.intro':
    'Every question comes from the TCP model run with random numbers, and so does every answer. Work each one out from the lines above it.',
  'quiz.noscript': 'Each question below lists what happens on a connection, then asks about its last line. Answering and checking need JavaScript: without it the questions can be read but not answered.',
  'quiz.variant': 'Variant {seed}',
  'quiz.static.count': '{count} questions',
  'quiz.newVariant': 'Try a new variant',
  'quiz.seedInvalid': 'The variant in the address could not be read, so this is the lesson’s usual variant.',
  'quiz.question': 'Question {n}',
  'quiz.profile.rfc9293': 'Textbook TCP (RFC 9293)',
  'quiz.profile.linux': 'Linux',
  'quiz.behaviour': 'Behaviour: {profile}',
  'quiz.side.client': 'the client',
  'quiz.side.server': 'the server',
  'quiz.who.client': 'Client',
  'quiz.who.server': 'Server',
  'quiz.who.both': 'Both sides',
  'quiz.story.label': 'What happens, in order',
  'quiz.story.call': '{who} calls {call}()',
  'quiz.story.callIsn': '{who} calls {call}(); its initial sequence number (ISN) is {isn}',
  'quiz.story.send': '{who} calls send() with {bytes} bytes',
  'quiz.story.stale': 'an old duplicate from an earlier connection',
  'quiz.story.asked': 'asked',
  'quiz.story.hidden': 'hidden',
  'quiz.story.none': 'none (ACK off)',
  'quiz.story.timer.time_wait': '{who}’s TIME_WAIT timer runs out',
  'quiz.ask.next_state':
    'Before the last line, {side} is in {state}. Then the segment or call on the last line happens. Which state is {side} in next?',
  'quiz.ask.next_state_two_way':
    'In a made-up two-way handshake (not TCP: the server trusts a SYN at once), {side} is in {state} before the last line. Then the segment or call on the last line happens. Which state is {side} in next?',
  'quiz.ask.status': 'Which HTTP status code means this? “{meaning}”',
  // The status codes' meanings (src/quiz/status-codes.ts lists the codes; the http-life lesson's table shows these too).
  'quiz.status.meaning.101': 'The server agrees to change this connection to the protocol the client asked for in its Upgrade header.',
  'quiz.status.meaning.200': 'The request worked; the content is its result (for a GET, the resource itself).',
  'quiz.status.meaning.204': 'The request worked, and there is no content to send back.',
  'quiz.status.meaning.301': 'The resource has a new URI for good (in Location); links should be updated.',
  'quiz.status.meaning.302': 'The resource is at another URI for now (in Location); keep using this one.',
  'quiz.status.meaning.304': 'Your cached copy is still current (a conditional GET): no content is sent again.',
  'quiz.status.meaning.400': 'The server cannot or will not process the request: the client got something wrong, such as its syntax or framing.',
  'quiz.status.meaning.401': 'The request has no valid credentials for this resource; the response says how to authenticate (WWW-Authenticate).',
  'quiz.status.meaning.403': 'The server understood the request and refuses it; sending the same credentials again will not help.',
  'quiz.status.meaning.404': 'The server has nothing for this URI (or will not say that it has).',
  'quiz.status.meaning.408': 'The server did not receive a complete request within the time it was willing to wait.',
  'quiz.status.meaning.500': 'Something unexpected went wrong on the server, so it could not carry out the request.',
  'quiz.status.meaning.502': 'A gateway or proxy got an invalid answer from the server behind it.',
  'quiz.status.meaning.503': 'The server cannot handle the request right now (overloaded or in maintenance), probably only for a while.',
  'quiz.status.meaning.504': 'A gateway or proxy did not get an answer in time from the server behind it.',
  'quiz.ask.ack': 'What acknowledgment number does the last segment, sent by {side}, carry?',
  'quiz.ask.seq': 'What sequence number does the last segment, sent by {side}, carry?',
  'quiz.ask.flags': 'Which control bits are set on the last segment, sent by {side}?',
  'quiz.ask.close_segments':
    'The client closes; the server’s application reads to end of stream, waits {wait} ms, then calls close(). How many segments cross the wire from the client’s FIN to the last ACK, both directions counted?',
  'quiz.ask.time_wait_length.rfc9293':
    'This stack’s MSL (maximum segment lifetime) is {msl} s. The client has just sent the last ACK. How many seconds does it stay in TIME_WAIT (the nominal length, not counting timer granularity)?',
  'quiz.ask.time_wait_length.linux':
    'On this Linux host, net.ipv4.tcp_fin_timeout is set to {finTimeout}. The client has just sent the last ACK. How many seconds does it stay in TIME_WAIT (the nominal length, not counting timer granularity)?',
  'quiz.ask.time_wait_side': 'Once these segments have crossed, which side waits in TIME_WAIT?',
  'quiz.answer.number': 'Your answer (a number from 0 to 4294967295)',
  'quiz.answer.segments': 'Your answer (how many segments)',
  'quiz.unit.segments': 'segments',
  'quiz.answer.seconds': 'Your answer (whole seconds)',
  'quiz.unit.seconds': 's',
  'quiz.check': 'Check',
  'quiz.checkAll': 'Check all answers',
  'quiz.unanswered': 'Choose an answer first.',
  'quiz.input.empty': 'Type a number first.',
  'quiz.input.negative': 'Sequence and acknowledgment numbers are never negative: they run from 0 to 4294967295.',
  'quiz.input.too_large': 'That is more than 4294967295, the largest number a 32-bit field can hold.',
  'quiz.input.not_a_number':
    'That is not a number this field can hold: type decimal digits only, with no sign, comma, decimal point or hex, and no spaces between the digits.',
  'quiz.input.negative_amount': 'A count or a length of time is never negative: type a whole number from 0 up.',
  'quiz.correct': 'Correct',
  'quiz.wrong': 'Not quite',
  'quiz.yourAnswer': 'Your answer',
  'quiz.rightAnswer': 'Correct answer',
  'quiz.noFlags': 'no bits',
  'quiz.why': 'Why, step by step',
  'quiz.working.ack_of_fin':
    'The FIN being acknowledged has seq = {seq} and {len} data bytes; the FIN itself takes one more number, so ack = {seq} + {len} + 1 = {ack} (modulo 2^32).',
  'quiz.working.seq_after_fin':
    'This side’s FIN had seq = {seq} and {len} data bytes; the FIN took one more number, so what it sends next starts at {seq} + {len} + 1 = {next} (modulo 2^32).',
  'quiz.misconception.ack_equals_seq':
    'You gave the sequence number of the segment being acknowledged. An acknowledgment number names the next number expected: that segment’s sequence number plus the numbers it used (its data bytes, and one more for a SYN or a FIN).',
  'quiz.misconception.syn_consumes_one':
    'One short: a SYN uses up one sequence number (RFC 9293 §3.4), so whatever the same side sends after it starts at ISN + 1.',
  'quiz.misconception.fin_consumes_one':
    'One short: a FIN uses up one sequence number, just like a SYN, so its sender’s next number is one higher.',
  'quiz.misconception.no_wrap':
    'The sum is right, but sequence numbers wrap around: after 4294967295 comes 0. Take the result modulo 2^32 (4294967296).',
  'quiz.misconception.seq_ack_swapped':
    'That is this segment’s other number. The sequence number says where the sender’s own bytes start; the acknowledgment number says which of the peer’s numbers it expects next.',
  'quiz.misconception.syn_sent_vs_syn_received':
    'SYN_SENT and SYN_RECEIVED are easy to swap. SYN_SENT: this side sent a SYN and waits for an answer. SYN_RECEIVED: it received a SYN, answered with its own SYN, and waits for that to be acknowledged.',
  'quiz.misconception.ack_flag_missing':
    'Missing ACK: every segment of a connection but the client’s opening SYN (and its retransmissions) has the ACK bit set (RFC 9293 §3.10.7.4).',
  'quiz.misconception.fin_ack_equals_seq':
    'That is the FIN’s own sequence number. A FIN takes up one sequence number, as a SYN does (RFC 9293 §3.4), so the ACK that answers it is the FIN’s seq + 1.',
  'quiz.misconception.forgot_fin_wait_2':
    'The ACK of its FIN closes only this side’s own direction: it moves to FIN_WAIT_2 and waits there for the peer’s FIN. Only that FIN brings it to TIME_WAIT. The article leaves FIN_WAIT_2 out.',
  'quiz.misconception.time_wait_on_passive_closer':
    'TIME_WAIT belongs to the side that closed first: it sends the last ACK and must stay to answer the peer’s FIN if that ACK is lost. The side that closed second waits in LAST_ACK and goes to CLOSED as soon as its FIN is acknowledged.',
  'quiz.misconception.fin_timeout_for_time_wait':
    'tcp_fin_timeout is not TIME_WAIT: it limits how long an orphaned socket waits in FIN_WAIT_2 for the peer’s FIN. Linux’s TIME_WAIT is fixed at 60 s (TCP_TIMEWAIT_LEN), and no sysctl changes it.',
  'quiz.misconception.time_wait_sends_ack':
    'One too many: TIME_WAIT sends nothing on its own. It sends an ACK only in answer to a FIN that comes again (and then restarts its timer); otherwise it waits in silence until the timer runs out.',
  'quiz.misconception.ack_last_byte':
    'One short: that is the number of the last byte received. An acknowledgment number names the next byte expected (RFC 9293 §3.1), so after data starting at seq the answer is seq + len, not seq + len − 1.',
  'quiz.misconception.syn_seq_isn_plus_one':
    'One too many: a SYN carries its sender’s initial sequence number itself. ISN + 1 is the number of the first data byte, which comes after the SYN (RFC 9293 §3.1).',
  'quiz.misconception.established_on_bad_ack':
    'Not ESTABLISHED: this SYN+ACK acknowledges a number other than ISS + 1, so it does not acknowledge this side’s SYN. In SYN_SENT such an acknowledgment is unacceptable: the segment is answered with a reset and dropped, and the state stays SYN_SENT (RFC 9293 §3.10.7.3).',
  'quiz.misconception.syn_ack_for_third':
    'SYN+ACK is the second segment, the server’s answer. The third only acknowledges it: ACK alone, with ack = the server’s ISN + 1. This side’s own SYN has already been sent and acknowledged, so it is not set again.',
  'quiz.scoreDone': 'You got {correct} of {total} right. Try a new variant for fresh numbers.',
} as const;
