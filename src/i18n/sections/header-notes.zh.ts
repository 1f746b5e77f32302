// What each TCP header field means, in Chinese, written for Chinese readers (not translated line
// by line); typed against header-notes.en.ts.
import type { HeaderNotes } from './header-notes.en.ts';

export const headerNotesZh: HeaderNotes = {
  'header.note.sourcePort':
    '发出这个报文段的应用所用的端口。两个 IP 地址加上两个端口，共同标识一条连接。客户端的 40000 取自本课程的 Linux 抓包；现实中的客户端通常由操作系统临时分配一个端口。',
  'header.note.destinationPort': '接收这个报文段的应用所用的端口。这里的服务器在 5000 端口监听。回复的报文段会把两个端口对调。',
  'header.note.sequenceNumber':
    '本报文段中第一个数据字节的编号。若 SYN 置位，它就是发送方的初始序号（ISN），而第一个数据字节的编号是 ISN + 1，因为 SYN 本身要占用一个序号；FIN 同样占用一个。序号是 32 位的首部字段，不是标志位；到 4294967295 之后会回绕到 0。',
  'header.note.acknowledgmentNumber':
    'ACK 置位时有效：表示发送方期望收到的下一个序号，也就是说在它之前的字节都已收到。回应序号为 J 的 SYN 时，确认号是 J + 1。ACK 未置位时这个字段没有意义（这里填 0）。它是 32 位的首部字段，不是标志位。',
  'header.note.dataOffset':
    '以 32 位字（4 字节）为单位的首部长度，也就指明了数据从哪里开始：5 个字 × 4 字节 = 20 字节，即没有选项。真实的 SYN 带着选项，这里是 10（40 字节）。',
  'header.note.reserved': '留作将来使用的 4 位。发送方必须置 0，接收方忽略它们。',
  'header.note.CWR':
    '拥塞窗口已减小（Congestion Window Reduced）。最初的 TCP 里没有它，是 RFC 3168（显式拥塞通知，ECN）加上的：发送方借此表示，在对方用 ECE 报告拥塞之后，自己已经放慢了发送。',
  'header.note.ECE':
    'ECN 回显（ECN-Echo），同样来自 RFC 3168。它告诉对方：途中有路由器给数据包打上了“遇到拥塞”的标记。在 SYN 中同时置位 ECE 和 CWR，表示请求使用 ECN。',
  'header.note.URG':
    '紧急：表示紧急指针字段有效。如今几乎没人使用；RFC 6093（现已并入 RFC 9293）建议应用程序不要依赖它。',
  'header.note.ACK': '确认：表示确认号字段有效。只有发起连接的 SYN 和某些 RST 报文段不带它。（它是 ACK，来自 acknowledgment，不是“ASK”。）',
  'header.note.PSH': '推送：请接收方尽快把数据交给应用，不必等待更多数据。Linux 会在携带数据的报文段上置位它。',
  'header.note.RST':
    '复位：立即中止连接，不做任何告别。例如，有 SYN 发往一个无人监听的端口时会收到它；应用程序异常中止连接时也会发送它。',
  'header.note.SYN':
    '同步序号：置位在建立连接的报文段上（客户端的 SYN、服务器的 SYN+ACK，以及它们的重传），各自带着发送方的初始序号。SYN 占用一个序号，所以对方确认的是 ISN + 1。',
  'header.note.FIN':
    '结束：发送方已没有数据要发了。与 SYN 一样，FIN 占用一个序号，所以对它的确认号是它的序号 + 1。它只关闭一个方向，另一方仍可以继续发送。',
  'header.note.window':
    '从确认号开始算起，这个报文段的发送方还愿意接收多少字节。本模型不做流量控制，所以这里显示的是典型值：64240 是 Linux 在以太网上的 SYN 中通告的窗口，65535 是不使用窗口缩放选项（RFC 7323）时 16 位所能表示的最大值。',
  'header.note.checksum':
    '用来发现损坏的报文段。它是对伪首部（双方 IP 地址、协议号 6、TCP 长度）、首部和数据按 16 位求反码和，再取反码得到的 16 位值。这里是真实计算的：打开或关闭一个标志位，就能看到它随之改变。',
  'header.note.urgentPointer': '只有 URG 置位时才有意义：以相对序号的偏移量表示紧急数据在哪里结束。这里为 0。',
  'header.note.odd.syn_rst':
    'SYN+RST：正常的 TCP 不会发送。RST 先于 SYN 检查，所以接收方把它当作普通复位，根本不读 SYN（RFC 9293 §3.10.7）。',
  'header.note.odd.syn_fin':
    'SYN+FIN：只有端口扫描之类构造的报文才这样发。监听中的套接字接受 SYN，把 FIN 留到之后处理（RFC 9293 §3.10.7.2；Linux 直接丢弃）；已有的连接对任何 SYN 都回挑战 ACK（RFC 5961 §4）。',
  'header.note.odd.rst_fin':
    'RST+FIN：RST 的检查远在 FIN 之前（RFC 9293 §3.10.7.4），所以接收方把它当作普通复位，根本不读 FIN。',
  'header.note.odd.no_ack':
    'SYN、RST、ACK 都没有置位：只有发起连接的 SYN 和某些复位不带 ACK，所以接收方丢弃它（RFC 9293 §3.10.7.2–4）；没有套接字的端口回一个复位（§3.10.7.1）。',
};
