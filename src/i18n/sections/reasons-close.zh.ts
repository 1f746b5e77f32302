// Chinese reasons, keyed exactly like reasons-close.en.ts.
import type { en } from './reasons-close.en.ts';

export const zh: Record<keyof typeof en, string> = {
  // --- ESTABLISHED ---
  'reasons.established.call_close': 'close()：这一端没有数据要发了。用 FIN 告知对方，在 FIN_WAIT_1 等待它被确认。',
  'reasons.established.call_shutdown': 'shutdown(SHUT_WR) 只关闭发送方向：发出 FIN，但这一端仍然可以接收。',
  'reasons.established.send_fin': 'FIN 的 seq 是 SND.NXT = {seq}，紧跟在最后发出的字节（或 SYN）之后。它和 SYN 一样占用一个序号，所以确认它的 ACK 是 FIN 的 seq + 1，即最后一个数据字节 + 2。',
  'reasons.established.rcv_fin':
    '对方的 FIN 表示它不会再发送数据。这一端仍可发送；它在 CLOSE_WAIT 等待自己的应用程序关闭。',
  'reasons.established.call_abort': 'abort()（SO_LINGER 为 0）：用复位代替 FIN 并删除 TCB，不经过 TIME_WAIT。',

  // --- FIN_WAIT_1、FIN_WAIT_2 ---
  'reasons.fin_wait_1.rcv_ack_of_fin': '我们的 FIN 被确认了：这个方向已关闭。在 FIN_WAIT_2 等待对方关闭它那个方向。',
  'reasons.fin_wait_1.rcv_fin': '对方的 FIN 先于对我们 FIN 的确认到达：双方同时关闭。在 CLOSING 等待那个确认。',
  'reasons.fin_wait_1.rcv_fin_ack_of_fin': '一个报文段既确认了我们的 FIN，又带来对方的 FIN：两个方向都已关闭，直接进入 TIME_WAIT。',
  'reasons.fin_wait_2.rcv_fin': '对方也关闭了它的方向。确认它的 FIN，然后在 TIME_WAIT 等待，以防这个 ACK 丢失。',

  // --- CLOSE_WAIT、CLOSING、LAST_ACK ---
  'reasons.close_wait.send_ack_fin': '对方的 FIN 占用一个序号：ACK 是 FIN 的 seq + 1，比收到的最后一个数据字节多 2（没有数据则是 IRS + 2）。',
  'reasons.close_wait.call_close': '现在这一端的应用程序也关闭了：发出 FIN，在 LAST_ACK 等待它被确认。',
  'reasons.close_wait.call_shutdown': '在 CLOSE_WAIT 中调用 shutdown(SHUT_WR) 发出 FIN；在 LAST_ACK 等待它被确认。',
  'reasons.close_wait.send_fin': '这一端的 FIN，挥手的后一半：seq = SND.NXT = {seq}，紧跟在它最后发出的字节之后。它占用一个序号，所以对它的 ACK 是 FIN 的 seq + 1。',
  'reasons.last_ack.rcv_ack_of_fin': '我们的 FIN 被确认了：已无数据可收发，删除 TCB。这一端不需要经过 TIME_WAIT。',

  // --- TIME_WAIT ---
  'reasons.time_wait.send_ack_fin':
    '确认对方的 FIN：ack = FIN 的 seq + 1，因为 FIN 占用了一个序号。这个 ACK 是最后一个报文段；如果它丢了，对方会重发 FIN，而 TIME_WAIT 让我们留下来应答。',
  'reasons.time_wait.timeout': 'TIME_WAIT 结束：这个连接的旧报文段都已在网络中消亡，删除 TCB。',

  // --- 各状态共用：'<状态>.' + 后缀 ---
  'reasons.*.send_data': '应用程序写入了 {bytes} 字节：它们以 seq = SND.NXT 发出，SND.NXT 随之后移。',
  'reasons.*.send_ack_data': '按序收到 {bytes} 字节：RCV.NXT 随之后移，ACK 索要下一个字节。',
  'reasons.*.send_delayed_ack': 'Linux 把这个 ACK 压了约 40 毫秒，希望能搭上数据或 FIN 的便车；什么也没等到，只好单独发送。',
  'reasons.*.send_rst_abort': 'abort()：用复位而不是 FIN 告诉对方连接已不存在。',
};
