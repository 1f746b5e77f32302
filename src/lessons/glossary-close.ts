// Glossary terms of closing a connection, and the eleven connection states (see ./glossary.ts).
// Definitions are checked against RFC 9293; the section each one rests on is cited in it.
import { term, type GlossaryTerm } from './glossary-term.ts';

export const CLOSING_TERMS: readonly GlossaryTerm[] = [
  term('four-way-teardown', 'four-way-teardown',
    ['four-way teardown', ['four-way teardown'], 'Closing a connection one direction at a time: a FIN, its ACK, the other side’s FIN and its ACK (§3.6).'],
    ['四次挥手', ['四次挥手'], '一次关闭一个方向的连接关闭过程：一个 FIN、对它的 ACK、另一方的 FIN、对它的 ACK（§3.6）。']),
  term('active-closer', 'four-way-teardown',
    ['active closer', ['active closer'], 'The side that sends the first FIN; it passes through FIN-WAIT-1 and FIN-WAIT-2, or CLOSING, and ends in TIME-WAIT (§3.6).'],
    ['主动关闭方', ['主动关闭方'], '先发出 FIN 的一方；它经过 FIN-WAIT-1 和 FIN-WAIT-2（或 CLOSING），最后停在 TIME-WAIT（§3.6）。']),
  term('passive-closer', 'four-way-teardown',
    ['passive closer', ['passive closer'], 'The side that learns of the close from the peer’s FIN; it goes through CLOSE-WAIT and LAST-ACK to CLOSED (§3.6).'],
    ['被动关闭方', ['被动关闭方'], '从对方的 FIN 得知要关闭的一方；它经 CLOSE-WAIT 和 LAST-ACK 到达 CLOSED（§3.6）。']),
  term('simultaneous-close', 'four-way-teardown',
    ['simultaneous close', ['simultaneous close'], 'Both applications call `close()` before either FIN has arrived: the FINs cross and each side goes through CLOSING to TIME-WAIT (§3.6).'],
    ['同时关闭', ['同时关闭'], '两端的应用程序都在对方的 FIN 到达之前调用 `close()`：两个 FIN 交错而过，每一方都经 CLOSING 进入 TIME-WAIT（§3.6）。']),
  term('delayed-ack', 'four-way-teardown',
    ['delayed ACK', ['delayed ACK', 'delayed-ACK'], 'An acknowledgment held back a little in the hope of sending it with something else; RFC 9293 requires it to leave within 0.5 s, and Linux waits about 40 ms (§3.8.6.3).'],
    ['延迟确认', ['延迟确认'], '把确认稍稍压后，希望和别的报文段一起发出；RFC 9293 要求它在 0.5 秒内发出，Linux 约等 40 毫秒（§3.8.6.3）。']),
  term('half-close', 'why-four',
    ['half-close', ['half closed', 'half-closed', 'half-close'], 'A connection closed in one direction only: the side that sent its FIN, with `shutdown(SHUT_WR)` for instance, can still receive (§3.6.1).'],
    ['半关闭', ['半关闭'], '只关闭了一个方向的连接：发出 FIN 的一方（比如调用了 `shutdown(SHUT_WR)`）仍然可以接收（§3.6.1）。']),
  term('piggyback', 'why-four',
    ['piggyback', ['piggyback', 'piggybacked'], 'To send an acknowledgment in a segment that goes out anyway, as when the server’s ACK of a FIN rides on its own FIN.'],
    ['捎带', ['捎带'], '把确认放进一个本来就要发出的报文段里，比如服务器对 FIN 的 ACK 搭在它自己的 FIN 上。']),
  term('maximum-segment-lifetime', 'time-wait',
    ['Maximum Segment Lifetime (MSL)', ['Maximum Segment Lifetime', 'MSL'], 'The longest a segment is assumed to survive in the network; RFC 9293 takes it as 2 minutes, so TIME-WAIT lasts 4 (§3.4.2).'],
    ['最大报文段生存时间（MSL）', ['最大报文段生存时间', 'MSL'], '假定一个报文段在网络中能存活的最长时间；RFC 9293 取 2 分钟，所以 TIME-WAIT 持续 4 分钟（§3.4.2）。'],
    { zhNot: ['报文段最大生存时间'] }),
  term('incarnation', 'time-wait',
    ['incarnation', ['incarnation', 'incarnations'], 'A new connection between the same two addresses and ports as an earlier one that has closed (§3.4.1).'],
    ['化身', ['化身'], '与先前一条已关闭的连接使用同样两个地址和两个端口的新连接（§3.4.1）。']),
  term('time-wait-assassination', 'time-wait',
    ['TIME-WAIT assassination', ['TIME-WAIT assassination'], 'A TIME-WAIT ended early by a reset, which RFC 9293 accepts and RFC 1337 recommends ignoring (§3.10.7.4).'],
    ['TIME-WAIT 暗杀', ['TIME-WAIT 暗杀'], '被一个复位提前结束的 TIME-WAIT；RFC 9293 接受这样的复位，RFC 1337 则建议忽略它（§3.10.7.4）。']),
  term('orphaned-connection', 'time-wait',
    ['orphaned connection', ['orphaned'], 'A connection whose application has closed its socket; Linux drops one stuck in FIN-WAIT-2 after `tcp_fin_timeout`, 60 s by default, where RFC 9293 sets no limit.'],
    ['孤儿连接', ['孤儿'], '应用程序已关闭了套接字的连接；卡在 FIN-WAIT-2 的孤儿连接，Linux 过 `tcp_fin_timeout`（默认 60 秒）后丢弃，RFC 9293 则没有设时限。']),
  term('tail-loss-probe', 'time-wait',
    ['tail loss probe', ['tail loss probe'], 'Linux’s early resend of the last segment in flight when it goes unanswered for about two round trips plus 200 ms, before the retransmission timeout (RFC 8985 §7).'],
    ['尾部丢失探测', ['尾部丢失探测'], '在途的最后一个报文段约两个往返时间加 200 毫秒仍无回应时，Linux 在重传超时之前提前重发它（RFC 8985 §7）。']),
  term('ephemeral-port', 'time-wait',
    ['ephemeral port', ['ephemeral'], 'A port the client’s system picks for an outgoing connection; Linux’s default range is 32768–60999.'],
    ['临时端口', ['临时端口'], '系统为向外发起的连接临时挑选的端口；Linux 默认的范围是 32768–60999。']),
  term('persistent-connection', 'http-life',
    ['persistent connection', ['persistent connection', 'persistent connections', 'kept-alive'], 'An HTTP/1.1 connection kept open for further requests, which is the default (RFC 9112 §9.3).'],
    ['持久连接', ['持久连接'], '为后续请求保持打开的 HTTP/1.1 连接，这是默认行为（RFC 9112 §9.3）。'],
    { zhNot: ['保持连接', '保持打开的连接'] }),
  term('status-code', 'http-life',
    ['status code', ['status code', 'status codes'], 'The three-digit number that starts an HTTP response; its first digit gives its class (RFC 9110 §15).'],
    ['状态码', ['状态码'], 'HTTP 响应开头的三位数字，首位数字表示类别（RFC 9110 §15）。']),
];

/** A connection state, named as RFC 9293 writes it; the lessons also write it with underscores. */
function state(id: string, lesson: string, en: string, zh: string): GlossaryTerm {
  const rfcName = id.toUpperCase();
  return term(id, lesson, [rfcName, [rfcName, rfcName.replaceAll('-', '_')], en], [rfcName, [rfcName, rfcName.replaceAll('-', '_')], zh], { state: true });
}

export const STATE_TERMS: readonly GlossaryTerm[] = [
  state('closed', 'three-way-handshake', 'No connection at all: the state before a TCB exists and after it is deleted (§3.3.2).', '根本没有连接：TCB 建立之前、删除之后的状态（§3.3.2）。'),
  state('listen', 'three-way-handshake', 'Waiting, after a passive open, for a connection request from any remote TCP (§3.3.2).', '被动打开之后，等待任何远端 TCP 发来连接请求（§3.3.2）。'),
  state('syn-sent', 'three-way-handshake', 'Waiting for a matching connection request after having sent a SYN (§3.3.2).', '发出 SYN 之后，等待与之匹配的连接请求（§3.3.2）。'),
  state('syn-received', 'three-way-handshake', 'Having received and sent a SYN, waiting for the acknowledgment of its own (§3.3.2).', '收到并发出了 SYN 之后，等待对自己那个 SYN 的确认（§3.3.2）。'),
  state('established', 'three-way-handshake', 'An open connection, in which data received can be delivered to the application (§3.3.2).', '已打开的连接，收到的数据可以交给应用程序（§3.3.2）。'),
  state('fin-wait-1', 'four-way-teardown', 'Having sent a FIN, waiting for its acknowledgment or for the peer’s FIN (§3.3.2).', '发出 FIN 之后，等待对它的确认或对方的 FIN（§3.3.2）。'),
  state('fin-wait-2', 'four-way-teardown', 'Its own FIN acknowledged, waiting for the peer’s FIN while it can still receive (§3.3.2).', '自己的 FIN 已被确认，等待对方的 FIN，其间仍可接收（§3.3.2）。'),
  state('close-wait', 'four-way-teardown', 'The peer’s FIN has arrived; waiting for the local application to close (§3.3.2).', '对方的 FIN 已经到达，等待本地应用程序关闭（§3.3.2）。'),
  state('closing', 'four-way-teardown', 'The two FINs crossed; waiting for the acknowledgment of its own (§3.3.2).', '两个 FIN 交错而过，等待对自己那个 FIN 的确认（§3.3.2）。'),
  state('last-ack', 'four-way-teardown', 'Having sent its FIN after the peer’s, waiting for the acknowledgment of it, the last ACK (§3.3.2).', '在对方之后发出了自己的 FIN，等待对它的确认，即最后的 ACK（§3.3.2）。'),
  state('time-wait', 'time-wait', 'The active closer’s last state, 2 × MSL long (60 s on Linux), so a lost final ACK can be answered and old duplicates die out (§3.3.2, §3.6.1).', '主动关闭方的最后一个状态，持续 2 × MSL（Linux 上 60 秒），以便回答丢失的最后一个 ACK，并让旧的重复报文段消亡（§3.3.2、§3.6.1）。'),
];
