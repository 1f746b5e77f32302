// Interface strings of the quiz area, both languages side by side. Keys start with 'quiz.';
// zh is typed against en, and en.ts / zh.ts merge this section into the one dictionary per language.
// Templates use {name} placeholders; 'quiz.ask.*' and 'quiz.side.*' are the message keys the quiz
// engine (src/quiz) puts in its prompts.
const en = {
  'quiz.heading': 'Check yourself',
  'quiz.intro':
    'Every question comes from the TCP model run with random numbers, and so does every answer. Work each one out from the lines above it.',
  'quiz.noscript': 'You can read the questions without JavaScript, but answering and checking them needs it.',
  'quiz.variant': 'Variant {seed}',
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
  'quiz.story.hidden': 'not shown',
  'quiz.story.none': 'none',
  'quiz.ask.next_state':
    'Before the last line, {side} is in {state}. Then the segment or call on the last line happens. Which state is {side} in next?',
  'quiz.ask.ack': 'What acknowledgment number does the last segment, sent by {side}, carry?',
  'quiz.ask.seq': 'What sequence number does the last segment, sent by {side}, carry?',
  'quiz.ask.flags': 'Which control bits are set on the last segment, sent by {side}?',
  'quiz.answer.number': 'Your answer (a number from 0 to 4294967295)',
  'quiz.answer.state': 'Next state',
  'quiz.answer.flags': 'Control bits set',
  'quiz.check': 'Check',
  'quiz.checkAll': 'Check all answers',
  'quiz.unanswered': 'Choose an answer first.',
  'quiz.input.empty': 'Type a number first.',
  'quiz.input.negative': 'Sequence and acknowledgment numbers are never negative: they run from 0 to 4294967295.',
  'quiz.input.too_large': 'That is more than 4294967295, the largest number a 32-bit field can hold.',
  'quiz.input.not_a_number':
    'That is not a number this field can hold: type digits only, in decimal (no sign, spaces, commas, decimal point or hex).',
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
    'Missing ACK: every segment after the very first SYN of a connection has the ACK bit set (RFC 9293 §3.10.7.4).',
  'quiz.score': 'Score: {correct} of {total}',
  'quiz.scoreDone': 'You got {correct} of {total} right. Try a new variant for fresh numbers.',
} as const;

const zh: Record<keyof typeof en, string> = {
  'quiz.heading': '自我检测',
  'quiz.intro': '每道题都由 TCP 模型用随机数运行生成，答案也由模型算出。请根据题目上方列出的各行推算答案。',
  'quiz.noscript': '没有 JavaScript 也能阅读题目，但作答和判分需要 JavaScript。',
  'quiz.variant': '题组 {seed}',
  'quiz.newVariant': '换一组题',
  'quiz.seedInvalid': '地址中的题组编号无法识别，下面是本课默认的题组。',
  'quiz.question': '第 {n} 题',
  'quiz.profile.rfc9293': '教科书 TCP（RFC 9293）',
  'quiz.profile.linux': 'Linux',
  'quiz.behaviour': '行为：{profile}',
  'quiz.side.client': '客户端',
  'quiz.side.server': '服务器',
  'quiz.who.client': '客户端',
  'quiz.who.server': '服务器',
  'quiz.story.label': '依次发生的事',
  'quiz.story.call': '{who}调用 {call}()',
  'quiz.story.callIsn': '{who}调用 {call}()；它的初始序列号（ISN）是 {isn}',
  'quiz.story.send': '{who}调用 send()，写入 {bytes} 字节',
  'quiz.story.asked': '待答',
  'quiz.story.hidden': '不显示',
  'quiz.story.none': '无',
  'quiz.ask.next_state': '在最后一行之前，{side}处于 {state} 状态。接着发生最后一行的报文段或调用。之后{side}处于什么状态？',
  'quiz.ask.ack': '最后一个报文段由{side}发出，它的确认号是多少？',
  'quiz.ask.seq': '最后一个报文段由{side}发出，它的序列号是多少？',
  'quiz.ask.flags': '最后一个报文段由{side}发出，它设置了哪些控制位？',
  'quiz.answer.number': '你的答案（0 到 4294967295 之间的整数）',
  'quiz.answer.state': '下一个状态',
  'quiz.answer.flags': '设置的控制位',
  'quiz.check': '检查',
  'quiz.checkAll': '检查全部答案',
  'quiz.unanswered': '请先作答。',
  'quiz.input.empty': '请先输入一个数。',
  'quiz.input.negative': '序列号和确认号不会是负数：它们的范围是 0 到 4294967295。',
  'quiz.input.too_large': '这个数大于 4294967295，超出了 32 位字段能表示的最大值。',
  'quiz.input.not_a_number': '这不是该字段能容纳的数：请只输入十进制数字（不要正负号、空格、逗号、小数点或十六进制）。',
  'quiz.correct': '正确',
  'quiz.wrong': '不对',
  'quiz.yourAnswer': '你的答案',
  'quiz.rightAnswer': '正确答案',
  'quiz.noFlags': '一个都没选',
  'quiz.why': '原因，逐步说明',
  'quiz.misconception.ack_equals_seq':
    '你填的是被确认的那个报文段的序列号。确认号表示“期望收到的下一个编号”：等于那个报文段的序列号加上它占用的编号数（数据字节数；SYN 或 FIN 各再加一）。',
  'quiz.misconception.syn_consumes_one':
    '差了一：SYN 本身占用一个序列号（RFC 9293 §3.4），所以同一方在 SYN 之后发送的内容从 ISN + 1 开始。',
  'quiz.misconception.fin_consumes_one': '差了一：FIN 和 SYN 一样占用一个序列号，所以发送方的下一个编号要再加一。',
  'quiz.misconception.no_wrap':
    '加法没错，但序列号会回绕：4294967295 之后是 0。请把结果对 2^32（4294967296）取模。',
  'quiz.misconception.seq_ack_swapped':
    '这是该报文段的另一个字段。序列号表示发送方自己的字节从哪里开始；确认号表示它期望收到对方的下一个编号。',
  'quiz.misconception.syn_sent_vs_syn_received':
    'SYN_SENT 和 SYN_RECEIVED 容易弄反。SYN_SENT：这一方发出了 SYN，正在等回应。SYN_RECEIVED：它收到了 SYN，已用自己的 SYN 回应，正在等对方确认。',
  'quiz.misconception.ack_flag_missing': '漏了 ACK：一个连接中除了最初的那个 SYN，之后的每个报文段都设置了 ACK 位（RFC 9293 §3.10.7.4）。',
  'quiz.score': '得分：{correct} / {total}',
  'quiz.scoreDone': '答对 {correct} 题，共 {total} 题。换一组题可以用新的数字再练。',
};

export const quizStrings = { en, zh };
