// The FAQ's questions and answers (see ./faq.ts). Every fact in an answer is one its lessons state,
// in both languages (tests/unit/faq.test.ts compares them); sections are RFC 9293's.
import type { FaqEntry, FaqStepper } from './faq.ts';

const HANDSHAKE: FaqStepper = { lesson: 'three-way-handshake', scenario: 'normal-open', profiles: ['rfc9293', 'linux'] };
const TWO_WAY: FaqStepper = { lesson: 'why-three', scenario: 'old-duplicate-syn-two-way' };
const TEARDOWN: FaqStepper = { lesson: 'four-way-teardown', scenario: 'three-segment-close', params: { profile: 'rfc9293' }, profiles: ['rfc9293', 'linux'] };
const LOST_ACK: FaqStepper = { lesson: 'time-wait', scenario: 'lost-final-ack', profiles: ['rfc9293', 'linux'] };

export const FAQ_ENTRIES: readonly FaqEntry[] = [
  {
    id: 'why-three',
    lessons: ['why-three'],
    steps: [{ stepper: TWO_WAY, shows: { sent: { from: 'server', nth: 1 } } }],
    en: {
      question: 'Why does opening a connection take three segments, not two?',
      answer: 'Each side must state its initial sequence number and have it confirmed: SYN states the client’s, SYN+ACK confirms it and states the server’s, and ACK confirms that, so three segments is the least that does all four jobs. The principal reason RFC 9293 gives is old duplicates (§3.5): a server cannot tell a delayed SYN from a fresh one, so it waits in SYN-RECEIVED for the client to confirm. A client that never sent that SYN answers the SYN+ACK with a RST, and the server returns to LISTEN (§3.10.7.4); after only two segments the server would already be ESTABLISHED, on a connection nobody asked for.',
    },
    zh: {
      question: '建立连接为什么要三个报文段，而不是两个？',
      answer: '每一方都要报出自己的初始序号并得到确认：SYN 报出客户端的，SYN+ACK 确认它并报出服务器的，ACK 再确认服务器的，所以三个报文段是完成这四件事的最少做法。RFC 9293 给出的主要理由是旧的重复报文段（§3.5）：服务器分不清迟到的 SYN 和新的 SYN，所以它停在 SYN-RECEIVED，等客户端确认。从没发过那个 SYN 的客户端会用 RST 回答这个 SYN+ACK，服务器随即回到 LISTEN（§3.10.7.4）；如果只有两个报文段，服务器早已进入 ESTABLISHED，守着一条谁也没有请求过的连接。',
    },
  },
  {
    id: 'why-four',
    lessons: ['why-four', 'four-way-teardown'],
    steps: [
      { stepper: TEARDOWN, shows: { sent: { from: 'server', nth: 3 } } },
      { stepper: TEARDOWN, profile: 'linux', shows: { sent: { from: 'server', nth: 3 } } },
    ],
    en: {
      question: 'Why does closing take four segments, and why does a capture sometimes show three?',
      answer: 'A FIN closes only its sender’s direction (§3.6). The passive closer’s TCP acknowledges the FIN at once, but sends its own FIN only when its application calls `close()`, which may be much later, so the textbook sends the ACK and the FIN apart: four segments. Linux holds the ACK of a FIN for about 40 ms when data came before it; if the application closes within that time, the ACK rides on the FIN and the capture shows three, FIN, FIN+ACK and ACK, the active closer going from FIN_WAIT_1 straight to TIME_WAIT.',
    },
    zh: {
      question: '关闭连接为什么要四个报文段？抓包里为什么有时只有三个？',
      answer: 'FIN 只关闭发送方自己的方向（§3.6）。被动关闭方的 TCP 立即确认这个 FIN，却要等应用程序调用 `close()` 才发出自己的 FIN，而这可能晚得多，所以教科书把 ACK 和 FIN 分开发：四个报文段。如果 FIN 之前收到过数据，Linux 会把对 FIN 的 ACK 压住约 40 毫秒；应用程序若在这段时间内关闭，ACK 就捎带在 FIN 上，抓包看到的是三个：FIN、FIN+ACK、ACK，主动关闭方从 FIN_WAIT_1 直接进入 TIME_WAIT。',
    },
  },
  {
    id: 'time-wait',
    lessons: ['time-wait'],
    steps: [{ stepper: LOST_ACK, shows: { sent: { from: 'client', nth: 5 } } }],
    en: {
      question: 'What is TIME_WAIT for, and why does it last 2 × MSL?',
      answer: 'TIME_WAIT is the last state of the side that closed first, and it has two jobs (§3.3.2). If the final ACK is lost, the peer in LAST_ACK sends its FIN again, and TIME_WAIT answers it with the same ACK instead of a reset; and while it holds the port pair, no new incarnation of the connection can take in an old duplicate. MSL is the longest a segment is assumed to live, 2 minutes in RFC 9293 (§3.4.2): one MSL for the last ACK to reach the peer, one more for a resent FIN to come back, so 2 × MSL is 4 minutes (§3.6.1, MUST-13). Linux waits a fixed 60 s instead.',
    },
    zh: {
      question: 'TIME_WAIT 有什么用？为什么要等 2 × MSL？',
      answer: 'TIME_WAIT 是先关闭的一方的最后一个状态，它有两项任务（§3.3.2）。如果最后的 ACK 丢了，处于 LAST_ACK 的对方会重发 FIN，TIME_WAIT 用同样的 ACK 回答它，而不是回以复位；只要它还占着这对端口，连接的新化身就不会收进旧的重复报文段。MSL 是假定报文段能存活的最长时间，RFC 9293 取 2 分钟（§3.4.2）：最后的 ACK 到达对方要一个 MSL，重发的 FIN 回来再要一个 MSL，所以 2 × MSL 是 4 分钟（§3.6.1，MUST-13）。Linux 则固定等 60 秒。',
    },
  },
  {
    id: 'many-time-wait-close-wait',
    lessons: ['time-wait', 'four-way-teardown'],
    steps: [
      { stepper: TEARDOWN, shows: { state: { side: 'server', is: 'CLOSE_WAIT' } } },
      { stepper: TEARDOWN, shows: { state: { side: 'client', is: 'TIME_WAIT' } } },
    ],
    en: {
      question: 'A server shows thousands of sockets in TIME-WAIT or CLOSE-WAIT. What does that mean, and what should I do?',
      answer: 'Many in TIME-WAIT are normal on whichever side closes first: each is a small record in the kernel that ties up its address and port pair for about a minute on Linux, and they pinch only a client opening many short connections to one server address and port. A server should set `SO_REUSEADDR` so that a restart can `bind()` its port again, outgoing connections may reuse a pair with `net.ipv4.tcp_tw_reuse`, and lowering `tcp_fin_timeout` does not shorten TIME_WAIT. Many in CLOSE-WAIT mean the peer has closed and the application has not called `close()`: no TCP setting ends that state, so look for the code path that forgets to close its sockets.',
    },
    zh: {
      question: '服务器上有成千上万个处于 TIME-WAIT 或 CLOSE-WAIT 的套接字，这说明什么？该怎么办？',
      answer: '大量 TIME-WAIT 出现在先关闭的一方是正常的：每个只是内核里的一条小记录，在 Linux 上把那对地址和端口占住约一分钟；只有向同一个服务器地址和端口发起大量短连接的客户端才会因此吃紧。服务器应当设置 `SO_REUSEADDR`，重启时才能再次 `bind()` 它的端口；向外发起的连接可以借 `net.ipv4.tcp_tw_reuse` 重用端口对；调小 `tcp_fin_timeout` 并不会缩短 TIME_WAIT。大量 CLOSE-WAIT 说明对方已经关闭、应用程序却还没调用 `close()`：没有哪个 TCP 设置能结束这个状态，去找那条忘了关闭套接字的代码路径。',
    },
  },
  {
    id: 'third-ack-lost',
    lessons: ['three-way-handshake', 'why-three'],
    steps: [{ stepper: HANDSHAKE, shows: { sent: { from: 'client', nth: 2 } } }],
    en: {
      question: 'What happens when the third segment of the handshake, the ACK, is lost?',
      answer: 'The client is already ESTABLISHED: it entered that state when the SYN+ACK arrived, and nothing acknowledges a bare ACK. The server stays in SYN-RECEIVED, and each time its retransmission timer expires it sends its SYN+ACK again, after 1, 2, 4 seconds and so on (Linux: `net.ipv4.tcp_synack_retries`, 5 by default). The client answers a repeated SYN+ACK with an ACK, and its first data segment carries an ACK too: the first acceptable one to arrive completes the handshake and moves the server to ESTABLISHED (§3.10.7.4).',
    },
    zh: {
      question: '握手的第三个报文段，也就是那个 ACK，丢了会怎样？',
      answer: '客户端已经处于 ESTABLISHED：它在 SYN+ACK 到达时就进入了这个状态，而单纯的 ACK 没有人确认。服务器停在 SYN-RECEIVED，每当重传计时器到期就再发一次 SYN+ACK，间隔 1、2、4 秒，依此类推（Linux：`net.ipv4.tcp_synack_retries`，默认 5 次）。客户端用 ACK 回答重复的 SYN+ACK，它的第一个数据报文段也带着 ACK：最先到达的可接受的 ACK 完成握手，让服务器进入 ESTABLISHED（§3.10.7.4）。',
    },
  },
  {
    id: 'syn-with-data',
    lessons: ['three-way-handshake'],
    steps: [{ stepper: HANDSHAKE, shows: { sent: { from: 'client', nth: 1 } } }],
    en: {
      question: 'Can a SYN carry data?',
      answer: 'Yes: RFC 9293 says it is legal to send and receive data on SYN segments (§3.10.7.3), but the receiver queues that data and processes it only once the connection is ESTABLISHED; a server in LISTEN keeps it for later (§3.10.7.2). TCP Fast Open uses this to put a request in the SYN itself. An ordinary handshake’s SYN carries no data: it only takes one sequence number, which is why the answer to seq=J is ack=J+1.',
    },
    zh: {
      question: 'SYN 能携带数据吗？',
      answer: '能：RFC 9293 说，在 SYN 报文段上收发数据是合法的（§3.10.7.3），但接收方要把这些数据排队，等连接进入 ESTABLISHED 之后才处理；处于 LISTEN 的服务器先把它们留着（§3.10.7.2）。TCP Fast Open 就利用这一点，把请求直接放进 SYN。普通握手的 SYN 不带数据，只占一个序号，所以对 seq=J 的回答是 ack=J+1。',
    },
  },
  {
    id: 'isn-not-zero',
    lessons: ['tcp-header', 'three-way-handshake'],
    steps: [{ stepper: HANDSHAKE, shows: { sent: { from: 'client', nth: 1 } } }],
    en: {
      question: 'Why don’t initial sequence numbers start at 0?',
      answer: 'A new connection between the same addresses and ports must not take an earlier incarnation’s old duplicates for its own bytes, so RFC 9293 requires (MUST) an ISN clock, a 32-bit counter ticking about every 4 microseconds, and a new connection starts wherever the clock has got to (§3.4.1). A predictable ISN would also let an attacker forge segments, so the RFC recommends (SHOULD) adding a keyed hash of the addresses and ports (RFC 6528); Linux’s clock ticks every 64 ns. Wireshark shows seq=0 only because it subtracts each side’s ISN.',
    },
    zh: {
      question: '初始序号为什么不从 0 开始？',
      answer: '同样的地址和端口之间的新连接，绝不能把早先化身留下的旧的重复报文段当成自己的字节，所以 RFC 9293 要求（MUST）使用 ISN 时钟，即大约每 4 微秒加一的 32 位计数器，新连接从时钟当前走到的位置开始（§3.4.1）。可预测的 ISN 还会让攻击者得以伪造报文段，所以 RFC 建议（SHOULD）再加上对地址和端口做的带密钥哈希（RFC 6528）；Linux 的时钟每 64 纳秒走一格。Wireshark 显示 seq=0，只是因为它把每一方的 ISN 减掉了。',
    },
  },
  {
    id: 'syn-flood',
    lessons: ['why-three', 'three-way-handshake'],
    steps: [{ stepper: HANDSHAKE, shows: { state: { side: 'server', is: 'SYN_RECEIVED' } } }],
    en: {
      question: 'What is a SYN flood, and how do SYN cookies answer it?',
      answer: 'A SYN flood sends SYNs from forged addresses that will never send the final ACK, so that pending handshakes in SYN-RECEIVED fill the listening socket’s SYN queue and real clients’ SYNs are dropped (RFC 4987). With SYN cookies a server whose queue is full keeps nothing: it encodes the connection’s essentials (a keyed hash of addresses, ports and a coarse time, plus the MSS) in its own ISN, and the final ACK brings them back as ack − 1. On Linux `net.ipv4.tcp_syncookies` is 1 by default, which uses them only when a queue overflows; the cost is that options the server did not store, such as window scale, survive only where TCP timestamps carry them.',
    },
    zh: {
      question: '什么是 SYN 洪泛？SYN cookie 怎样应对它？',
      answer: 'SYN 洪泛用伪造的地址发送 SYN，这些地址永远不会发来最后的 ACK，于是处于 SYN-RECEIVED 的半连接塞满监听套接字的半连接队列，真实客户端的 SYN 被丢掉（RFC 4987）。使用 SYN cookie 时，队列已满的服务器什么也不保存，而把连接的要素（地址、端口和粗粒度时间的带密钥哈希，外加 MSS）编进自己的 ISN，最后的 ACK 以 ack − 1 的形式把它们带回来。在 Linux 上 `net.ipv4.tcp_syncookies` 默认为 1，只在队列溢出时使用它；代价是服务器没保存的选项，比如窗口缩放，只有在 TCP 时间戳能捎带它们时才能保留。',
    },
  },
  {
    id: 'closed-port',
    lessons: ['why-three', 'tcp-header'],
    steps: [{ stepper: TWO_WAY, shows: { sent: { from: 'client', nth: 1 } } }],
    en: {
      question: 'What does a client see when it connects to a port where nothing listens?',
      answer: 'Its SYN reaches a port with no connection and no listener, so that host’s TCP answers with a reset built from the SYN, `<SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>` (§3.10.7.1); the Linux captures show exactly this RST+ACK. The client, in SYN-SENT, accepts the reset because it acknowledges its SYN, tells the application the connection was reset (the sockets interface reports “connection refused”) and goes to CLOSED (§3.10.7.3): `connect()` fails at once, with no retries. If nothing answers at all, a firewall dropping the SYN for instance, the client resends its SYN each time its retransmission timer expires.',
    },
    zh: {
      question: '客户端连接一个无人监听的端口时，会看到什么？',
      answer: '它的 SYN 到达一个既没有连接、也没有监听者的端口，那台主机的 TCP 便用根据这个 SYN 构造的复位回答：`<SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>`（§3.10.7.1）；Linux 抓包里看到的正是这个 RST+ACK。处于 SYN-SENT 的客户端接受这个复位，因为它确认了自己的 SYN，于是告诉应用程序连接被复位（套接字接口报告为“连接被拒绝”），进入 CLOSED（§3.10.7.3）：`connect()` 立即失败，不会重试。如果根本没有回答（比如防火墙丢弃了 SYN），客户端会在重传计时器每次到期时重发 SYN。',
    },
  },
  {
    id: 'what-is-rst',
    lessons: ['tcp-header', 'why-three', 'why-four'],
    steps: [{ stepper: TWO_WAY, shows: { sent: { from: 'client', nth: 1 } } }],
    en: {
      question: 'What is a RST, and when is one sent?',
      answer: 'RST is the reset flag: it ends a connection at once, throwing away what is still in flight and leaving no TIME_WAIT, or refuses a segment that belongs to no connection. RFC 9293 sends one when a segment arrives for a connection that does not exist, such as a SYN to a closed port, and when a segment in LISTEN, SYN-SENT or SYN-RECEIVED acknowledges something never sent, as when a client answers the SYN+ACK an old duplicate SYN drew (§3.5.2). In a synchronized state an unacceptable segment gets an empty ACK instead, and Linux also sends a RST when a socket is closed with received data still unread.',
    },
    zh: {
      question: 'RST 是什么？什么时候会发送 RST？',
      answer: 'RST 是复位标志：它立即结束连接，丢掉还在途中的数据，也不留下 TIME_WAIT；或者拒绝不属于任何连接的报文段。RFC 9293 在报文段到达一个不存在的连接时发送复位，比如发往关闭端口的 SYN；在 LISTEN、SYN-SENT 或 SYN-RECEIVED 中，报文段确认了从未发过的东西时也发，比如客户端回答旧的重复 SYN 引来的 SYN+ACK（§3.5.2）。在同步状态中，不可接受的报文段换来的是一个空的 ACK；Linux 关闭一个还有已收到但未读数据的套接字时，也会发出 RST。',
    },
  },
];
