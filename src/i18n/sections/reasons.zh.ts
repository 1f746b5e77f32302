// Chinese half of the reasons section (see ./reasons.ts), keyed exactly like the English half.
import type { en } from './reasons.en.ts';

export const zh: Record<keyof typeof en, string> = {
  // --- 建立连接：调用 ---
  'reasons.closed.call_listen': 'listen() 是被动打开：服务器建立 TCB，在 LISTEN 状态等待 SYN，此时什么也不发送。',
  'reasons.closed.call_connect':
    'connect() 是主动打开：客户端选定自己的初始序号 ISS = {iss}，进入 SYN_SENT 等待对方回应。',
  'reasons.closed.send_syn':
    'SYN 的 seq 就是 ISS，且不带 ACK：客户端还不知道服务器的序号。SYN 占用一个序号，所以 SND.NXT = ISS + 1。',

  // --- LISTEN ---
  'reasons.listen.rcv_syn':
    'SYN 到达正在监听的套接字：服务器记下客户端的初始序号（IRS = {irs}），期待下一个序号 IRS + 1，进入 SYN_RECEIVED。',
  'reasons.listen.send_syn_ack':
    '一个报文段做两件事：SYN 给出服务器自己的初始序号（{iss}），ACK = IRS + 1 确认客户端的 SYN——那个 SYN 占用了一个序号。',
  'reasons.listen.rcv_syn_two_way':
    '在假想的两次握手中，服务器立即相信这个 SYN，直接进入 ESTABLISHED（IRS = {irs}）。它分不清这是旧的重复报文还是真实请求。',
  'reasons.listen.send_rst_for_ack': '监听中的套接字没有任何连接可被确认，所以带 ACK 的报文段会收到一个复位（RST）。',
  'reasons.listen.call_close': '对监听套接字调用 close() 只是停止监听；并没有连接需要关闭。',
  'reasons.listen.call_abort': '中止监听套接字会直接删除它；没有连接，所以什么也不发送。',

  // --- SYN_SENT ---
  'reasons.syn_sent.rcv_syn_ack':
    'SYN+ACK 确认了客户端的 SYN，并带来服务器的初始序号（IRS = {irs}）：客户端知道了双方的起点，进入 ESTABLISHED。',
  'reasons.syn_sent.send_ack':
    '第三个报文段：ACK = IRS + 1，确认服务器的 SYN。它向服务器表明：客户端确实想要这个连接，并且收到了服务器的初始序号。',
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
    '对方复位了这个半开连接：那个 SYN 并非谁真想要的。服务器丢弃它，回到 LISTEN。',
  'reasons.syn_received.rcv_rst_active': '同时打开的过程中收到复位：连接被拒绝。',
  'reasons.syn_received.send_ack_dup_syn':
    '对方的 SYN+ACK 重复了我们已有的 SYN，同时确认了我们的 SYN：握手完成，回一个 ACK 加以确认。',
  'reasons.syn_received.send_syn_ack_again': 'Linux 在 SYN_RECEIVED 中收到重复的 SYN 时，会再发一次 SYN+ACK：第一个很可能丢了。',
  'reasons.syn_received.send_rst_bad_ack': '这个 ACK 确认的不是我们的 SYN+ACK，说明它不属于这个连接：发复位说明这一点。',
  'reasons.syn_received.send_fin': '在 SYN_RECEIVED 中调用 close()：没有数据要发，FIN 立即发出。',
  'reasons.syn_received.call_close': '握手完成之前调用 close()：发送 FIN，进入 FIN_WAIT_1。',
  'reasons.syn_received.call_abort': '握手完成之前调用 abort()：复位连接并删除 TCB。',
  'reasons.syn_received.give_up_passive': '我们的 SYN+ACK 多次无人应答：丢弃这个半开连接，服务器重新监听。',
  'reasons.syn_received.give_up_active': '我们的 SYN+ACK 多次无人应答：TCP 放弃，连接失败。',

  // --- ESTABLISHED ---
  'reasons.established.call_close': 'close()：这一端没有数据要发了。用 FIN 告知对方，在 FIN_WAIT_1 等待它被确认。',
  'reasons.established.call_shutdown': 'shutdown(SHUT_WR) 只关闭发送方向：发出 FIN，但这一端仍然可以接收。',
  'reasons.established.send_fin': 'FIN 和 SYN 一样占用一个序号，所以对它的确认号要比最后发送的字节再多一。',
  'reasons.established.rcv_fin':
    '对方的 FIN 表示它不会再发送数据。这一端仍可发送；它在 CLOSE_WAIT 等待自己的应用程序关闭。',
  'reasons.established.call_close_unread':
    '收到的数据还没读就调用 close()：这些数据会丢失，所以 TCP 用复位代替正常关闭。',
  'reasons.established.rcv_rst': '对方复位了连接：立即删除 TCB，应用程序得到 ECONNRESET。',
  'reasons.established.call_abort': 'abort()（SO_LINGER 为 0）：用复位代替 FIN 并删除 TCB，不经过 TIME_WAIT。',
  'reasons.established.give_up': '数据经过所有重传仍未被确认：TCP 放弃这个连接。',

  // --- FIN_WAIT_1、FIN_WAIT_2 ---
  'reasons.fin_wait_1.rcv_ack_of_fin': '我们的 FIN 被确认了：这个方向已关闭。在 FIN_WAIT_2 等待对方关闭它那个方向。',
  'reasons.fin_wait_1.rcv_fin': '对方的 FIN 先于对我们 FIN 的确认到达：双方同时关闭。在 CLOSING 等待那个确认。',
  'reasons.fin_wait_1.rcv_fin_ack_of_fin': '一个报文段既确认了我们的 FIN，又带来对方的 FIN：两个方向都已关闭，直接进入 TIME_WAIT。',
  'reasons.fin_wait_1.call_close_unread': '收到的数据还没读就调用 close()：TCP 复位连接，而不是悄悄丢掉这些数据。',
  'reasons.fin_wait_1.rcv_data_after_close': '应用程序关闭套接字之后又到达了数据：没人能读取它们，所以复位连接。',
  'reasons.fin_wait_1.rcv_rst': '对方复位了连接：立即删除 TCB。',
  'reasons.fin_wait_1.call_abort': 'abort()：发送复位并删除 TCB。',
  'reasons.fin_wait_1.give_up': '我们的 FIN 经过所有重传仍未被确认：TCP 放弃。',
  'reasons.fin_wait_2.rcv_fin': '对方也关闭了它的方向。确认它的 FIN，然后在 TIME_WAIT 等待，以防这个 ACK 丢失。',
  'reasons.fin_wait_2.orphan_timeout':
    '应用程序已经关闭，而对方始终没有发来 FIN：Linux 在 tcp_fin_timeout（60 秒）后回收这个孤儿连接。',
  'reasons.fin_wait_2.call_close_unread': '收到的数据还没读就调用 close()：TCP 复位连接，而不是悄悄丢掉这些数据。',
  'reasons.fin_wait_2.rcv_data_after_close': '应用程序关闭套接字之后又到达了数据：没人能读取它们，所以复位连接。',
  'reasons.fin_wait_2.rcv_rst': '对方复位了连接：立即删除 TCB。',
  'reasons.fin_wait_2.call_abort': 'abort()：发送复位并删除 TCB。',

  // --- CLOSE_WAIT、CLOSING、LAST_ACK ---
  'reasons.close_wait.send_ack_fin': 'FIN 占用一个序号，所以确认号比收到的最后一个字节再多一。',
  'reasons.close_wait.call_close': '现在这一端的应用程序也关闭了：发出 FIN，在 LAST_ACK 等待它被确认。',
  'reasons.close_wait.call_shutdown': '在 CLOSE_WAIT 中调用 shutdown(SHUT_WR) 发出 FIN；在 LAST_ACK 等待它被确认。',
  'reasons.close_wait.send_fin': '这一端的 FIN：挥手的后一半。它占用一个序号。',
  'reasons.close_wait.call_close_unread': '收到的数据还没读就调用 close()：TCP 复位连接，而不是悄悄丢掉这些数据。',
  'reasons.close_wait.rcv_rst': '对方复位了连接：删除 TCB，下一次写操作以 EPIPE 失败。',
  'reasons.close_wait.call_abort': 'abort()：发送复位并删除 TCB。',
  'reasons.close_wait.give_up': '发出的数据经过所有重传仍未被确认：TCP 放弃。',
  'reasons.closing.rcv_ack_of_fin': '我们的 FIN 终于被确认：两个方向都已关闭。像任何先关闭的一方一样，进入 TIME_WAIT 等待。',
  'reasons.closing.send_ack_fin': '两个 FIN 在路上交叉：即使我们的 FIN 还没被确认，也先确认对方的 FIN。',
  'reasons.closing.rcv_rst': '在 CLOSING 中收到复位：立即删除 TCB。',
  'reasons.closing.call_abort': '在 CLOSING 中调用 abort()：删除 TCB；我们的 FIN 已经发出，所以不再发送任何报文段。',
  'reasons.closing.give_up': '我们的 FIN 经过所有重传仍未被确认：TCP 放弃。',
  'reasons.last_ack.rcv_ack_of_fin': '我们的 FIN 被确认了：已无数据可收发，删除 TCB。这一端不需要经过 TIME_WAIT。',
  'reasons.last_ack.rcv_rst': '在 LAST_ACK 中收到复位：立即删除 TCB。',
  'reasons.last_ack.call_abort': '在 LAST_ACK 中调用 abort()：删除 TCB，不发送任何报文段。',
  'reasons.last_ack.give_up': '我们的 FIN 经过所有重传仍未被确认：TCP 放弃。',
  'reasons.last_ack.retransmit':
    '在重传超时（{rto} 秒）内没有收到对 FIN 的确认：再发一次（第 {transmissions} 次发送）。不是 FIN 丢了，就是对它的 ACK 丢了。',

  // --- TIME_WAIT ---
  'reasons.time_wait.send_ack_fin':
    '确认对方的 FIN。这个 ACK 是最后一个报文段；如果它丢了，对方会重发 FIN，而 TIME_WAIT 让我们留下来应答。',
  'reasons.time_wait.send_ack_fin_again': '对方又发来了 FIN：我们最后的 ACK 丢了。TIME_WAIT 仍在，正好再确认一次，计时器重新开始。',
  'reasons.time_wait.timeout': 'TIME_WAIT 结束：这个连接的旧报文段都已在网络中消亡，删除 TCB。',
  'reasons.time_wait.rcv_rst': '在 TIME_WAIT 中收到复位：立即删除 TCB。',
  'reasons.time_wait.call_abort': '在 TIME_WAIT 中调用 abort()：删除 TCB，不发送任何报文段。',

  // --- CLOSED ---
  'reasons.closed.send_rst_ack': '这里没有对应的套接字（无人监听，或连接已不存在）：回一个确认该报文段的复位加以说明。',
  'reasons.closed.send_rst_for_ack': '这里没有对应的连接：回一个复位，seq 取自该报文段的 ACK，好让发送方接受它。',

  // --- 网络 ---
  'reasons.network.inject_old_duplicate': '一个早先连接的报文段副本在网络中滞留，现在才到达。TCP 靠序号把它和新数据区分开。',

  // --- 各状态共用：'<状态>.' + 后缀 ---
  'reasons.*.send_data': '应用程序写入了 {bytes} 字节：它们以 seq = SND.NXT 发出，SND.NXT 随之后移。',
  'reasons.*.send_ack_data': '按序收到 {bytes} 字节：RCV.NXT 随之后移，ACK 索要下一个字节。',
  'reasons.*.send_ack_unacceptable':
    'seq 为 {seq} 的报文段落在接收窗口之外，不是旧的就是伪造的：丢弃它，回一个 ACK 说明我们期待什么。',
  'reasons.*.send_ack_out_of_order': 'seq 为 {seq} 的报文段越过了一段空缺：先留着它，回一个 ACK 索要缺失的字节。',
  'reasons.*.send_ack_for_unsent': '这个报文段确认到 {ack}，超出了我们发过的一切：丢弃它，回一个带真实序号的 ACK。',
  'reasons.*.send_challenge_ack_rst': 'seq 不恰好等于 RCV.NXT 的复位可能是伪造的：回一个挑战 ACK，而不是关闭连接。',
  'reasons.*.send_challenge_ack_syn': '已同步的连接上出现 SYN，可能是伪造的：回一个挑战 ACK，而不是复位。',
  'reasons.*.send_delayed_ack': 'Linux 把这个 ACK 压了约 40 毫秒，希望能搭上数据或 FIN 的便车；什么也没等到，只好单独发送。',
  'reasons.*.send_rst_unread': '调用 close() 时还有 {unread} 字节收到了却没读：用复位告诉对方它的数据没有被读取。',
  'reasons.*.send_rst_abort': 'abort()：用复位而不是 FIN 告诉对方连接已不存在。',
  'reasons.*.send_rst_data_after_close': '应用程序关闭后又到达了 {bytes} 字节：没人能读取它们，所以用复位告知发送方。',
  'reasons.*.retransmit':
    '在重传超时（{rto} 秒）内没有收到确认：重发最早未被确认的报文段（第 {transmissions} 次发送），下次等待更久再试。',
};
