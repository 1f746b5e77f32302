// Chinese half of the quiz section (see ./quiz.ts), typed against the English half.
import type { en } from './quiz.en.ts';

export const zh: Record<keyof typeof en, string> = {
  'quiz.heading': '自我检测',
  'quiz.intro': '每道题都由 TCP 模型用随机数运行生成，答案也由模型算出。请根据题目上方列出的各行推算答案。',
  'quiz.noscript': '下面每道题先列出连接上依次发生的事，再就最后一行提问。作答和判分需要 JavaScript：未启用时只能阅读题目，不能作答。',
  'quiz.variant': '题组 {seed}',
  'quiz.static.count': '共 {count} 道题',
  'quiz.newVariant': '换一组题',
  'quiz.seedInvalid': '地址中的题组编号无法识别，下面是本课默认的题组。',
  'quiz.question': '第 {n} 题',
  'quiz.profile.rfc9293': '教科书 TCP（RFC 9293）',
  'quiz.profile.linux': 'Linux 内核',
  'quiz.behaviour': '行为：{profile}',
  'quiz.side.client': '客户端',
  'quiz.side.server': '服务器',
  'quiz.who.client': '客户端',
  'quiz.who.server': '服务器',
  'quiz.who.both': '双方',
  'quiz.story.label': '依次发生的事',
  'quiz.story.call': '{who}调用 {call}()',
  'quiz.story.callIsn': '{who}调用 {call}()；它的初始序号（ISN）是 {isn}',
  'quiz.story.send': '{who}调用 send()，写入 {bytes} 字节',
  'quiz.story.stale': '早先连接遗留的旧重复报文段',
  'quiz.story.asked': '待答',
  'quiz.story.hidden': '隐去',
  'quiz.story.none': '无（ACK 未置位）',
  'quiz.story.timer.time_wait': '{who}的 TIME_WAIT 计时器到期',
  'quiz.ask.next_state': '在最后一行之前，{side}处于 {state} 状态。接着发生最后一行的报文段或调用。之后{side}处于什么状态？',
  'quiz.ask.next_state_two_way':
    '在假想的两次握手中（并非 TCP：服务器一收到 SYN 就相信它），最后一行之前{side}处于 {state} 状态。接着发生最后一行的报文段或调用。之后{side}处于什么状态？',
  'quiz.ask.status': '哪个 HTTP 状态码表示这个意思？“{meaning}”',
  // 状态码的含义（src/quiz/status-codes.ts 列出状态码；http-life 一课的表格也显示这些文字）。
  'quiz.status.meaning.101': '服务器同意把这条连接切换到客户端在 Upgrade 首部里请求的协议。',
  'quiz.status.meaning.200': '请求成功，内容就是请求的结果（对 GET 来说就是资源本身）。',
  'quiz.status.meaning.204': '请求成功，但没有内容要返回。',
  'quiz.status.meaning.301': '资源永久换了新的 URI（在 Location 中），链接应当更新。',
  'quiz.status.meaning.302': '资源暂时在另一个 URI（在 Location 中），以后仍用原来的。',
  'quiz.status.meaning.304': '你缓存的副本仍是最新的（条件 GET），内容不再重发。',
  'quiz.status.meaning.400': '服务器不能或不愿处理这个请求：客户端出了错，比如语法或报文定界不对。',
  'quiz.status.meaning.401': '请求没有访问该资源的有效凭据；响应会说明怎样认证（WWW-Authenticate）。',
  'quiz.status.meaning.403': '服务器理解这个请求，但拒绝执行；用同样的凭据再试也没有用。',
  'quiz.status.meaning.404': '服务器在这个 URI 上没有任何东西（或者不愿透露有）。',
  'quiz.status.meaning.408': '服务器在它愿意等待的时间内没有收到完整的请求。',
  'quiz.status.meaning.500': '服务器内部出了意外，无法完成请求。',
  'quiz.status.meaning.502': '网关或代理从它后面的服务器收到了无效的响应。',
  'quiz.status.meaning.503': '服务器现在处理不了这个请求（过载或维护中），多半只是暂时的。',
  'quiz.status.meaning.504': '网关或代理没能及时等到它后面的服务器的响应。',
  'quiz.ask.ack': '最后一个报文段由{side}发出，它的确认号是多少？',
  'quiz.ask.seq': '最后一个报文段由{side}发出，它的序号是多少？',
  'quiz.ask.flags': '最后一个报文段由{side}发出，它设置了哪些控制位？',
  'quiz.ask.close_segments':
    '客户端关闭连接；服务器的应用程序读到数据流末尾，等待 {wait} 毫秒后调用 close()。从客户端的 FIN 到最后一个 ACK，线路上一共传了几个报文段（两个方向都算）？',
  'quiz.ask.time_wait_length.rfc9293':
    '这个协议栈的 MSL（最大报文段生存时间）是 {msl} 秒。客户端刚发出最后一个 ACK。它要在 TIME_WAIT 停留多少秒（按名义时长，不计计时器的粒度）？',
  'quiz.ask.time_wait_length.linux':
    '这台 Linux 主机把 net.ipv4.tcp_fin_timeout 设为 {finTimeout}。客户端刚发出最后一个 ACK。它要在 TIME_WAIT 停留多少秒（按名义时长，不计计时器的粒度）？',
  'quiz.ask.time_wait_side': '这些报文段都传完之后，哪一方在 TIME_WAIT 中等待？',
  'quiz.answer.number': '你的答案（0 到 4294967295 之间的整数）',
  'quiz.answer.segments': '你的答案（报文段个数）',
  'quiz.unit.segments': '个报文段',
  'quiz.answer.seconds': '你的答案（整数秒）',
  'quiz.unit.seconds': '秒',
  'quiz.check': '检查',
  'quiz.checkAll': '检查全部答案',
  'quiz.unanswered': '请先作答。',
  'quiz.input.empty': '请先输入一个数。',
  'quiz.input.negative': '序号和确认号不会是负数：它们的范围是 0 到 4294967295。',
  'quiz.input.too_large': '这个数大于 4294967295，超出了 32 位字段能表示的最大值。',
  'quiz.input.not_a_number': '这不是该字段能容纳的数：请只输入十进制数字，不要正负号、逗号、小数点或十六进制，数字之间也不要有空格。',
  'quiz.input.negative_amount': '个数和时长都不会是负数：请输入 0 或更大的整数。',
  'quiz.correct': '正确',
  'quiz.wrong': '不对',
  'quiz.yourAnswer': '你的答案',
  'quiz.rightAnswer': '正确答案',
  'quiz.noFlags': '一个都没选',
  'quiz.why': '原因，逐步说明',
  'quiz.working.ack_of_fin':
    '被确认的 FIN 的序号是 {seq}，携带 {len} 字节数据；FIN 本身再占一个序号，所以确认号 = {seq} + {len} + 1 = {ack}（对 2^32 取模）。',
  'quiz.working.seq_after_fin':
    '这一方的 FIN 序号是 {seq}，携带 {len} 字节数据；FIN 又占了一个序号，所以它接下来发送的序号从 {seq} + {len} + 1 = {next} 开始（对 2^32 取模）。',
  'quiz.misconception.ack_equals_seq':
    '你填的是被确认的那个报文段的序号。确认号表示“期望收到的下一个编号”：等于那个报文段的序号加上它占用的编号数（数据字节数；SYN 或 FIN 各再加一）。',
  'quiz.misconception.syn_consumes_one':
    '差了一：SYN 本身占用一个序号（RFC 9293 §3.4），所以同一方在 SYN 之后发送的内容从 ISN + 1 开始。',
  'quiz.misconception.fin_consumes_one': '差了一：FIN 和 SYN 一样占用一个序号，所以发送方的下一个编号要再加一。',
  'quiz.misconception.no_wrap':
    '加法没错，但序号会回绕：4294967295 之后是 0。请把结果对 2^32（4294967296）取模。',
  'quiz.misconception.seq_ack_swapped':
    '这是该报文段的另一个字段。序号表示发送方自己的字节从哪里开始；确认号表示它期望收到对方的下一个编号。',
  'quiz.misconception.syn_sent_vs_syn_received':
    'SYN_SENT 和 SYN_RECEIVED 容易弄反。SYN_SENT：这一方发出了 SYN，正在等回应。SYN_RECEIVED：它收到了 SYN，已用自己的 SYN 回应，正在等对方确认。',
  'quiz.misconception.ack_flag_missing': '漏了 ACK：一个连接中除了客户端发起连接的 SYN（及其重传），每个报文段都设置了 ACK 位（RFC 9293 §3.10.7.4）。',
  'quiz.misconception.fin_ack_equals_seq':
    '这是 FIN 自己的序号。FIN 和 SYN 一样占用一个序号（RFC 9293 §3.4），所以确认它的 ACK 是 FIN 的序号加一。',
  'quiz.misconception.forgot_fin_wait_2':
    '自己的 FIN 被确认，只关闭了这一方自己的发送方向：它进入 FIN_WAIT_2，在那里等对方的 FIN。只有收到那个 FIN 才进入 TIME_WAIT。文章漏掉了 FIN_WAIT_2。',
  'quiz.misconception.time_wait_on_passive_closer':
    'TIME_WAIT 属于先关闭的一方：它发出最后一个 ACK，并且必须留下来，以便在这个 ACK 丢失时应答对方重发的 FIN。后关闭的一方在 LAST_ACK 等待，自己的 FIN 一被确认就进入 CLOSED。',
  'quiz.misconception.fin_timeout_for_time_wait':
    'tcp_fin_timeout 不是 TIME_WAIT：它限制的是已被应用程序放弃的套接字在 FIN_WAIT_2 中等待对方 FIN 的时间。Linux 的 TIME_WAIT 固定为 60 秒（TCP_TIMEWAIT_LEN），没有哪个 sysctl 能改变它。',
  'quiz.misconception.time_wait_sends_ack':
    '多算了一个：TIME_WAIT 不会主动发送任何东西。只有对方的 FIN 再次到达时，它才回一个 ACK（并重新开始计时）；否则它只是静静等到计时器到期。',
  'quiz.misconception.ack_last_byte':
    '差了一：这是收到的最后一个字节的编号。确认号表示期望收到的下一个字节（RFC 9293 §3.1），所以对从 seq 开始的数据，答案是 seq + len，而不是 seq + len − 1。',
  'quiz.misconception.syn_seq_isn_plus_one':
    '多了一：SYN 携带的就是发送方的初始序号本身。ISN + 1 是第一个数据字节的编号，数据排在 SYN 之后（RFC 9293 §3.1）。',
  'quiz.misconception.established_on_bad_ack':
    '不是 ESTABLISHED：这个 SYN+ACK 确认的编号不是 ISS + 1，所以它没有确认这一方的 SYN。在 SYN_SENT 中，这样的确认不可接受：这一方回一个复位并丢弃该报文段，状态仍是 SYN_SENT（RFC 9293 §3.10.7.3）。',
  'quiz.misconception.syn_ack_for_third':
    'SYN+ACK 是第二个报文段，是服务器的回应。第三个报文段只确认它：只设 ACK，确认号 = 服务器的 ISN + 1。这一方自己的 SYN 已经发出并得到确认，不再设置 SYN。',
  'quiz.scoreDone': '答对 {correct} 题，共 {total} 题。换一组题可以用新的数字再练。',
};