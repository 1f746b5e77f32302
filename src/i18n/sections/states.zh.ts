// Chinese half of the states section (see ./states.ts), keyed exactly like the English half.
import type { en } from './states.en.ts';
import { zh as diagram } from './states-diagram.zh.ts';

export const zh: Readonly<Record<keyof typeof en, string>> = {
  ...diagram,
  'states.page.title': 'TCP 连接状态',
  'states.page.description':
    'TCP 连接的十一个状态：按本课程的模型画出的 RFC 9293 图 5，以及每个状态的含义、连接如何进入和离开它、通常持续多久、Linux 的 ss 显示什么。',
  'states.page.lead':
    'RFC 9293 为连接规定了十一个状态（§3.3.2）。它的图 5 画出连接在这些状态之间怎样转换；下图由本课程模型所用的同一张状态转换表生成，图中的每条弧都是模型实际会走的。',
  'states.diagram.heading': '状态图',
  'states.diagram.title': 'RFC 9293 图 5：TCP 连接状态图',
  'states.diagram.description.figure5':
    '十一个状态。建立连接：从 CLOSED 出发，经 LISTEN（被动 OPEN）或 SYN-SENT（主动 OPEN）、SYN-RECEIVED，到 ESTABLISHED。主动关闭走左侧：FIN-WAIT-1、FIN-WAIT-2 或 CLOSING、TIME-WAIT，2 MSL 后回到 CLOSED。被动关闭走右侧：CLOSE-WAIT、LAST-ACK、CLOSED。下方的表格列出了每条弧。',
  'states.diagram.description.more':
    '图 5 加上第二层：每个可能被重置、中止或因重传次数用尽而放弃的状态都有一条通往 CLOSED 的弧，RFC 正文和 Linux 所走的捷径也以虚线画出。下方的表格列出了每条弧。',
  'states.diagram.toggle': '同时显示重置、中止、放弃和超时',
  'states.diagram.legend':
    '实线是图 5 的弧；点线是图 5 中 LISTEN 状态下调用 SEND 的弧，本模型未实现；虚线是第二层。每条弧上方写事件，下方写动作，即发送什么（“不发送”表示什么也不发）。',
  'states.diagram.fullSize': '查看原尺寸状态图',
  'states.table.summary': '以表格列出状态图',
  'states.table.from': '起点',
  'states.table.event': '事件',
  'states.table.action': '动作',
  'states.table.to': '终点',
  'states.table.section': '出处',
  'states.table.layer': '层',
  'states.layer.figure5': '图 5',
  'states.layer.more': '第二层',
  'states.layer.notModelled': '图 5，本模型未实现',
  'states.in': '如何进入',
  'states.out': '如何离开',
  'states.lasts': '持续多久',
  'states.ss': 'Linux 的 ss',
  'states.arc.from': '从 {state}：',
  'states.arc.to': '到 {state}：',
  'states.ss.filter': '用 {command} 列出。',
  'states.ss.separator': '——',
  'states.none': '没有弧进入：每个连接都从这里开始。',
  // --- 各个状态 ---------------------------------------------------------------------------------
  'states.closed.meaning':
    '根本没有连接：没有 TCB，也就不记得任何对端的信息。RFC 9293 称它为虚构的状态。每个连接都从这里开始，也在这里结束。',
  'states.closed.lasts': '在连接之前和之后；连接不会停在这个状态里等待。',
  'states.closed.ss':
    '已关闭的连接已经没有东西可供 ss 显示。UNCONN 是 ss 对关闭状态的叫法，它用于没有连接的套接字，例如 UDP 套接字。',
  'states.listen.meaning':
    '服务器调用了 listen()（被动 OPEN），等待任何客户端发来的 SYN。此时还不知道对端是谁；每个到达的 SYN 各自开始一次握手。',
  'states.listen.lasts': '只要服务器还开着这个监听套接字：通常就是服务器程序的整个生命期。',
  'states.listen.ss': 'ss -tl 列出监听中的套接字。',
  'states.syn-sent.meaning':
    '客户端调用了 connect()（主动 OPEN），发出了带有初始序号的 SYN，正在等待服务器的 SYN,ACK。',
  'states.syn-sent.lasts':
    '服务器应答时只需一个往返时间。若无应答，SYN 会按逐次加倍的超时重传；RFC 9293 要求重试至少 3 分钟（§3.8.3），Linux 在重传 net.ipv4.tcp_syn_retries（6）次后放弃，约两分钟。',
  'states.syn-received.meaning':
    '收到了 SYN，并已用 SYN,ACK 回应；本端在等待对自己 SYN 的 ACK。双方的序号都已知道，但对端还没有表明它收到了我们的序号。',
  'states.syn-received.lasts':
    '一个往返时间。Linux 把半开连接作为监听套接字 SYN 队列中的一个小条目保存，重发 SYN,ACK net.ipv4.tcp_synack_retries（5）次，约一分钟后丢弃它。',
  'states.syn-received.ss': 'SYN-RECV：监听套接字尚未完成的握手。',
  'states.established.meaning':
    '握手完成：双方都知道对方的初始序号，数据可以双向传输。打开着的连接就处于这个状态。',
  'states.established.lasts': '只要应用程序还在用这个连接：一次请求只需几毫秒，长连接可达数天。',
  'states.fin-wait-1.meaning':
    '应用程序关闭了自己这一端（或关闭了写方向）：已发出 FIN，正在等待对它的确认。此时仍可接收数据。',
  'states.fin-wait-1.lasts':
    '约一个往返时间，直到对 FIN 的 ACK 到达。若对端的 FIN 与这个 ACK 一起到达，则直接进入 TIME-WAIT（图 5 的注 2）。',
  'states.fin-wait-2.meaning':
    'FIN 已被确认：这个方向已关闭。本端等待对端的 FIN，并继续接收对端仍在发送的数据（半关闭）。',
  'states.fin-wait-2.lasts':
    '直到对端关闭，RFC 9293 对此没有时限。对于孤儿 FIN-WAIT-2（应用程序已关闭套接字），Linux 在 net.ipv4.tcp_fin_timeout 即 60 s 后将其丢弃。',
  'states.close-wait.meaning':
    '对端的 FIN 已到达并已确认：对端不会再发送数据。本地应用程序仍可发送，并且必须调用 close() 来结束自己这一端。',
  'states.close-wait.lasts':
    '直到本地应用程序调用 close()。从不调用的程序会让套接字一直停在 CLOSE-WAIT，这是典型的资源泄漏。',
  'states.closing.meaning':
    '双方同时关闭：两个 FIN 交错而过，所以本端已收到对端的 FIN，却还没收到对自己 FIN 的 ACK。',
  'states.closing.lasts': '约一个往返时间；只在同时关闭时出现。',
  'states.last-ack.meaning':
    '后关闭的一方已发出自己的 FIN，正在等待最后一个 ACK。它一到，连接就不复存在。',
  'states.last-ack.lasts': '约一个往返时间；丢失的 FIN 会被重传。',
  'states.time-wait.meaning':
    '先关闭的一方已确认对端的 FIN，并继续等待：这样丢失的最后一个 ACK 还能重发，这个连接的旧报文段也能在相同的地址和端口再次使用之前消失。',
  'states.time-wait.lasts':
    '2 × MSL：按 RFC 9293 的 MSL 为 2 分钟计，即 4 分钟（§3.4.2）。Linux 固定等待 60 s。',
};
