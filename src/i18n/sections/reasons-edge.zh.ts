// Chinese reasons, keyed exactly like reasons-edge.en.ts.
import type { en } from './reasons-edge.en.ts';

export const zh: Record<keyof typeof en, string> = {
  'reasons.established.call_close_unread':
    '收到的数据还没读就调用 close()：这些数据会丢失，所以 TCP 用复位代替正常关闭。',
  'reasons.established.rcv_rst': '对方复位了连接：立即删除 TCB，应用程序得到 ECONNRESET。',
  'reasons.established.give_up': '数据经过所有重传仍未被确认：TCP 放弃这个连接。',
  'reasons.fin_wait_1.call_close_unread': '收到的数据还没读就调用 close()：TCP 复位连接，而不是悄悄丢掉这些数据。',
  'reasons.fin_wait_1.rcv_data_after_close': '应用程序关闭套接字之后又到达了数据：没人能读取它们，所以复位连接。',
  'reasons.fin_wait_1.rcv_rst': '对方复位了连接：立即删除 TCB。',
  'reasons.fin_wait_1.call_abort': 'abort()：发送复位并删除 TCB。',
  'reasons.fin_wait_1.give_up': '我们的 FIN 经过所有重传仍未被确认：TCP 放弃。',
  'reasons.fin_wait_2.orphan_timeout':
    '应用程序已经关闭，而对方始终没有发来 FIN：Linux 在 tcp_fin_timeout（60 秒）后回收这个孤儿连接。',
  'reasons.fin_wait_2.call_close_unread': '收到的数据还没读就调用 close()：TCP 复位连接，而不是悄悄丢掉这些数据。',
  'reasons.fin_wait_2.rcv_data_after_close': '应用程序关闭套接字之后又到达了数据：没人能读取它们，所以复位连接。',
  'reasons.fin_wait_2.rcv_rst': '对方复位了连接：立即删除 TCB。',
  'reasons.fin_wait_2.call_abort': 'abort()：发送复位并删除 TCB。',
  'reasons.close_wait.call_close_unread': '收到的数据还没读就调用 close()：TCP 复位连接，而不是悄悄丢掉这些数据。',
  'reasons.close_wait.rcv_rst': '对方复位了连接：删除 TCB，下一次写操作以 EPIPE 失败。',
  'reasons.close_wait.call_abort': 'abort()：发送复位并删除 TCB。',
  'reasons.close_wait.give_up': '发出的数据经过所有重传仍未被确认：TCP 放弃。',
  'reasons.closing.rcv_ack_of_fin': '我们的 FIN 终于被确认：两个方向都已关闭。像任何先关闭的一方一样，进入 TIME_WAIT 等待。',
  'reasons.closing.send_ack_fin': '两个 FIN 在路上交叉：即使我们的 FIN 还没被确认，也先确认对方的 FIN（ack = 它的 seq + 1）。',
  'reasons.closing.rcv_rst': '在 CLOSING 中收到复位：立即删除 TCB。',
  'reasons.closing.call_abort': '在 CLOSING 中调用 abort()：删除 TCB；我们的 FIN 已经发出，所以不再发送任何报文段。',
  'reasons.closing.give_up': '我们的 FIN 经过所有重传仍未被确认：TCP 放弃。',
  'reasons.last_ack.rcv_rst': '在 LAST_ACK 中收到复位：立即删除 TCB。',
  'reasons.last_ack.call_abort': '在 LAST_ACK 中调用 abort()：删除 TCB，不发送任何报文段。',
  'reasons.last_ack.give_up': '我们的 FIN 经过所有重传仍未被确认：TCP 放弃。',
  'reasons.last_ack.retransmit':
    '在重传超时（{rto} 秒）内没有收到对 FIN 的确认：再发一次（第 {transmissions} 次发送）。不是 FIN 丢了，就是对它的 ACK 丢了。',
  'reasons.time_wait.send_ack_fin_again': '对方又发来了 FIN：我们最后的 ACK 丢了。TIME_WAIT 仍在，正好再确认一次，计时器重新开始。',
  'reasons.time_wait.rcv_rst': '在 TIME_WAIT 中收到复位：立即删除 TCB。',
  'reasons.time_wait.call_abort': '在 TIME_WAIT 中调用 abort()：删除 TCB，不发送任何报文段。',
  // --- 网络 ---
  'reasons.network.inject_old_duplicate': '一个早先连接的报文段副本在网络中滞留，现在才到达。TCP 靠序号把它和新数据区分开。',
  'reasons.*.send_ack_unacceptable':
    'seq 为 {seq} 的报文段落在接收窗口之外，不是旧的就是伪造的：丢弃它，回一个 ACK 说明我们期待什么。',
  'reasons.*.send_ack_old_syn':
    '其中的 SYN（seq {seq}）我们已经有了，位于 RCV.NXT − 1，别无其他：整个是旧的，通不过可接受性检查。丢弃它，回一个 ACK。',
  'reasons.*.send_ack_out_of_order': 'seq 为 {seq} 的报文段越过了一段空缺：先留着它，回一个 ACK 索要缺失的字节。',
  'reasons.*.send_ack_for_unsent': '这个报文段确认到 {ack}，超出了我们发过的一切：丢弃它，回一个带真实序号的 ACK。',
  'reasons.*.send_challenge_ack_rst': 'seq 不恰好等于 RCV.NXT 的复位可能是伪造的：回一个挑战 ACK，而不是关闭连接。',
  'reasons.*.send_challenge_ack_syn': '已同步的连接上出现 SYN，可能是伪造的：回一个挑战 ACK，而不是复位。',
  'reasons.*.send_rst_unread': '调用 close() 时还有 {unread} 字节收到了却没读：用复位告诉对方它的数据没有被读取。',
  'reasons.*.send_rst_data_after_close': '应用程序关闭后又到达了 {bytes} 字节：没人能读取它们，所以用复位告知发送方。',
  'reasons.*.retransmit':
    '重传超时：在 RTO（{rto} 秒）内没有收到确认。重发最早未被确认的报文段（第 {transmissions} 次发送），并以退避后的时长重新计时。',
  'reasons.*.send_loss_probe':
    '这是尾部丢失探测，不是超时：最后一个未确认的报文段已经 {pto} 秒（约两个往返时间，只剩它一个时再加 200 毫秒）没有收到 ACK。Linux 抢在 RTO 之前再发一次（第 {transmissions} 次发送），好让对方的 ACK 说明丢了什么；RTO 重新计时，但不加倍。',
  'reasons.status.code':
    '这是 {code}（{phrase}）。首位数字 {digit} 把它归入 {digit}xx 类：不认识的状态码一律按 {digit}00 处理。',
  'reasons.status.effect.switches':
    '101 响应以空行结束，紧接着同一条 TCP 连接上跑的就是新协议（例如 WebSocket），不需要新的握手。',
  'reasons.status.effect.ends-at-headers':
    '这种响应永远没有内容，首部结束就是响应结束，连接立刻可以传下一个响应。',
  'reasons.status.effect.closes-on-bad-framing':
    '请求的定界坏了（例如 Content-Length 无效）时，谁也无法判断下一个请求从哪里开始：回应是 400，随后连接被关闭。',
  'reasons.status.effect.closes':
    '对请求的等待结束，连接被关闭；还在途中的请求可以在新连接上重发。',
};
