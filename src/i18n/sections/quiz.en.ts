// English half of the quiz section (see ./quiz.ts).
export const en = {
  'quiz.heading': 'Check yourself',
  'quiz.intro':
    'Every question comes from the TCP model run with random numbers, and so does every answer. Work each one out from the lines above it.',
  'quiz.noscript': 'Each question first lists what happens on a connection, then asks about its last line. The full questions, answering and checking need JavaScript.',
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
  'quiz.story.label': 'What happens, in order',
  'quiz.story.call': '{who} calls {call}()',
  'quiz.story.callIsn': '{who} calls {call}(); its initial sequence number (ISN) is {isn}',
  'quiz.story.send': '{who} calls send() with {bytes} bytes',
  'quiz.story.asked': 'asked',
  'quiz.story.hidden': 'hidden',
  'quiz.story.none': 'none (ACK off)',
  'quiz.ask.next_state':
    'Before the last line, {side} is in {state}. Then the segment or call on the last line happens. Which state is {side} in next?',
  'quiz.ask.ack': 'What acknowledgment number does the last segment, sent by {side}, carry?',
  'quiz.ask.seq': 'What sequence number does the last segment, sent by {side}, carry?',
  'quiz.ask.flags': 'Which control bits are set on the last segment, sent by {side}?',
  'quiz.answer.number': 'Your answer (a number from 0 to 4294967295)',
  'quiz.check': 'Check',
  'quiz.checkAll': 'Check all answers',
  'quiz.unanswered': 'Choose an answer first.',
  'quiz.input.empty': 'Type a number first.',
  'quiz.input.negative': 'Sequence and acknowledgment numbers are never negative: they run from 0 to 4294967295.',
  'quiz.input.too_large': 'That is more than 4294967295, the largest number a 32-bit field can hold.',
  'quiz.input.not_a_number':
    'That is not a number this field can hold: type decimal digits only, with no sign, comma, decimal point or hex, and no spaces between the digits.',
  'quiz.correct': 'Correct',
  'quiz.wrong': 'Not quite',
  'quiz.yourAnswer': 'Your answer',
  'quiz.rightAnswer': 'Correct answer',
  'quiz.noFlags': 'no bits',
  'quiz.why': 'Why, step by step',
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
  'quiz.scoreDone': 'You got {correct} of {total} right. Try a new variant for fresh numbers.',
} as const;
