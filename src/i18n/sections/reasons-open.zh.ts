// Chinese reasons, keyed exactly like reasons-open.en.ts.
import type { en } from './reasons-open.en.ts';

export const zh: Record<keyof typeof en, string> = {
  // --- 建立连接：调用 ---
  'reasons.closed.call_listen': 'listen() 是被动打开：{side}建立 TCB，在 LISTEN 状态等待 SYN，此时什么也不发送。',
  'reasons.closed.call_connect':
    'connect() 是主动打开：{side}选定自己的初始序号 ISS = {iss}，进入 SYN_SENT 等待对方回应。',
  'reasons.closed.send_syn':
    'SYN 的 seq 就是 ISS，且不带 ACK：{side}还不知道{peer}的序号。SYN 占用一个序号，所以 SND.NXT = ISS + 1。',

  // --- LISTEN ---
  'reasons.listen.rcv_syn':
    'SYN 到达正在监听的套接字：{side}记下{peer}的初始序号（IRS = {irs}），期待下一个序号 IRS + 1，进入 SYN_RECEIVED。',
  'reasons.listen.send_syn_ack':
    '一个报文段做两件事：SYN 给出{side}自己的初始序号（{iss}），ACK = IRS + 1 确认{peer}的 SYN——那个 SYN 占用了一个序号。',
  'reasons.listen.rcv_syn_two_way':
    '在假想的两次握手中，{side}立即相信这个 SYN，直接进入 ESTABLISHED（IRS = {irs}）。它分不清这是旧的重复报文还是真实请求。',
  'reasons.established.rcv_rst_two_way':
    '假想的两次握手打开的连接收到复位：像 RFC 9293 对 SYN_RECEIVED 的规定那样，{side}丢掉这条连接，重新监听。真实的监听套接字是另一个套接字，本来就一直在。',
  'reasons.listen.send_rst_for_ack': '监听中的套接字没有任何连接可被确认，所以带 ACK 的报文段会收到一个复位（RST）。',
  'reasons.listen.call_close': '对监听套接字调用 close() 只是停止监听；并没有连接需要关闭。',
  'reasons.listen.call_abort': '中止监听套接字会直接删除它；没有连接，所以什么也不发送。',

  // --- SYN_SENT ---
  'reasons.syn_sent.rcv_syn_ack':
    'SYN+ACK 确认了{side}的 SYN，并带来{peer}的初始序号（IRS = {irs}）：{side}知道了双方的起点，进入 ESTABLISHED。',
  'reasons.syn_sent.send_ack':
    '第三个报文段：ACK = IRS + 1，确认{peer}的 SYN。它向{peer}表明：{side}确实想要这个连接，并且收到了{peer}的初始序号。',
  'reasons.syn_sent.rcv_syn':
    '自己的 SYN 还在路上，却收到了不带 ACK 的 SYN：双方同时打开。记下 IRS = {irs}，进入 SYN_RECEIVED。',
  'reasons.syn_sent.send_syn_ack': '同时打开：重新发送自己的 SYN（seq = ISS = {iss}），这次顺带确认对方的 SYN。',
  'reasons.syn_sent.rcv_rst': '确认了我们 SYN 的复位报文表示该端口无人监听：连接被拒绝，connect() 失败。',
  'reasons.syn_sent.send_rst_bad_ack': '这个 ACK 确认的不是我们的 SYN，说明它属于某个旧连接：用复位告诉对方忘掉它。',
  'reasons.syn_sent.call_close': '握手完成之前调用 close()：删除 TCB，路上的 SYN 就此作废。',
  'reasons.syn_sent.call_abort': '握手完成之前调用 abort()：删除 TCB，不发送任何报文段。',
  'reasons.syn_sent.give_up': 'SYN 重传了太多次仍无回应：TCP 放弃，connect() 失败。',

  // --- SYN_RECEIVED ---
  'reasons.syn_received.rcv_ack': '这个 ACK 确认了我们的 SYN：双方都知道了彼此的初始序号，连接进入 ESTABLISHED。',
  'reasons.syn_received.rcv_rst_passive':
    '对方复位了这个半开连接：那个 SYN 并非谁真想要的。{side}丢弃它，回到 LISTEN。',
  'reasons.syn_received.rcv_rst_active': '同时打开的过程中收到复位：连接被拒绝。',
  'reasons.syn_received.rcv_syn_ack':
    'Linux 接受对方的 SYN+ACK：其 SYN 恰好止于 RCV.NXT，ACK 确认了我们的 SYN，握手完成。RFC 9293 则丢弃它，等对方的 ACK。',
  'reasons.syn_received.rcv_syn_passive':
    '从 LISTEN 来的半开连接在窗口内收到一个新的 SYN：连接回到 LISTEN（被动打开随时可以重来）。',
  'reasons.syn_received.send_ack_dup_syn':
    '对方的 SYN+ACK 重复了我们已有的 SYN，同时确认了我们的 SYN：握手完成，回一个 ACK 加以确认。',
  'reasons.syn_received.send_syn_ack_again': 'Linux 在 SYN_RECEIVED 中收到重复的 SYN 时，会再发一次 SYN+ACK：第一个很可能丢了。',
  'reasons.syn_received.send_rst_bad_ack': '这个 ACK 确认的不是我们的 SYN+ACK，说明它不属于这个连接：发复位说明这一点。',
  'reasons.syn_received.send_fin': '在 SYN_RECEIVED 中调用 close()：没有数据要发，FIN 立即发出，seq = SND.NXT = {seq}，紧跟在我们的 SYN 之后。',
  'reasons.syn_received.call_close': '握手完成之前调用 close()：发送 FIN，进入 FIN_WAIT_1。',
  'reasons.syn_received.call_abort': '握手完成之前调用 abort()：复位连接并删除 TCB。',
  'reasons.syn_received.give_up_passive': '我们的 SYN+ACK 多次无人应答：丢弃这个半开连接，{side}重新监听。',
  'reasons.syn_received.give_up_active': '我们的 SYN+ACK 多次无人应答：TCP 放弃，连接失败。',

  // --- CLOSED ---
  'reasons.closed.send_rst_ack': '这里没有对应的套接字（无人监听，或连接已不存在）：回一个确认该报文段的复位加以说明。',
  'reasons.closed.send_rst_for_ack': '这里没有对应的连接：回一个复位，seq 取自该报文段的 ACK，好让发送方接受它。',
};
