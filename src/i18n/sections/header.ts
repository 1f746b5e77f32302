// Interface strings of the header area, both languages side by side. Keys start with 'header.';
// zh is typed against en, and en.ts / zh.ts merge this section into the one dictionary per language.
// Field names and notes (`header.name.<field>`, `header.note.<field>`) follow RFC 9293 §3.1; the
// field ids are src/core/header.ts's FieldId. The notes live in one file per language, so the
// explorer island is handed only its page's language (see header-notes.en.ts).
import { headerNotesEn } from './header-notes.en.ts';
import { headerNotesZh } from './header-notes.zh.ts';

/** The strings the explorer gets as a prop (the notes too, picked apart). Control bits are named by their own abbreviations. */
const enUi = {
  'header.title': 'TCP header explorer',
  'header.segment': 'Segment',
  'header.client': 'client',
  'header.server': 'server',
  'header.lost': 'lost',
  'header.injected': 'old duplicate',
  'header.grid': 'The 20-byte TCP header, 32 bits per row. Focus a field to read what it means.',
  'header.gridStatic': 'The 20-byte TCP header, 32 bits per row.',
  'header.hint': 'Point at a field or move the keyboard focus to it to read what it means.',
  'header.noscript':
    'Without JavaScript the explorer shows the first segment’s header only: explaining the fields, switching control bits and loading other segments need JavaScript.',
  'header.segmentShown': 'Segment shown: {label}',
  'header.bitsSet': 'Control bits set: {flags}',
  'header.bitRange': 'Bits {first}–{last} of the header ({count} bits)',
  'header.bitSingle': 'Bit {first} of the header (1 bit)',
  'header.toggles': 'Control bits: press one to turn it on or off',
  'header.flagsByte': 'Flags byte (offset 13, the 14th byte)',
  'header.bytes': 'The 20 header bytes in hex',
  'header.checksumNote':
    'The checksum is computed for real (RFC 9293 §3.1) over a pseudo-header with the addresses 192.0.2.1 and 198.51.100.2 (reserved for documentation), this header, and {len} payload bytes of zeros.',
  'header.synOptions':
    'Options left out: every header here is the 20-byte fixed part (data offset 5). In the course’s Linux captures each SYN and SYN+ACK adds 20 bytes of options, a 40-byte header (data offset 10): MSS 1460 (65495 on loopback), SACK permitted, timestamps, one NOP, window scale 10.',
  'header.name.sourcePort': 'Source port',
  'header.name.destinationPort': 'Destination port',
  'header.name.sequenceNumber': 'Sequence number',
  'header.name.acknowledgmentNumber': 'Acknowledgment number',
  'header.name.dataOffset': 'Data offset',
  'header.name.reserved': 'Reserved',
  'header.name.window': 'Window',
  'header.name.checksum': 'Checksum',
  'header.name.urgentPointer': 'Urgent pointer',
} as const;

const zhUi: Record<keyof typeof enUi, string> = {
  'header.title': 'TCP 首部探索器',
  'header.segment': '报文段',
  'header.client': '客户端',
  'header.server': '服务器',
  'header.lost': '丢失',
  'header.injected': '旧的重复报文段',
  'header.grid': '20 字节的 TCP 首部，每行 32 位。让焦点停在某个字段上即可查看说明。',
  'header.gridStatic': '20 字节的 TCP 首部，每行 32 位。',
  'header.hint': '把鼠标指向某个字段，或用键盘把焦点移到它上面，这里就会解释它的含义。',
  'header.noscript': '未启用 JavaScript 时，探索器只显示第一个报文段的首部：字段说明、切换控制位和载入其他报文段都需要 JavaScript。',
  'header.segmentShown': '显示的报文段：{label}',
  'header.bitsSet': '已置位的控制位：{flags}',
  'header.bitRange': '首部第 {first}–{last} 位（共 {count} 位）',
  'header.bitSingle': '首部第 {first} 位（1 位）',
  'header.toggles': '控制位：按下即可打开或关闭',
  'header.flagsByte': '标志字节（偏移 13，即第 14 个字节）',
  'header.bytes': '首部的 20 个字节（十六进制）',
  'header.checksumNote':
    '校验和是真实计算出来的（RFC 9293 §3.1）：计算范围包括伪首部（使用专供文档示例的地址 192.0.2.1 和 198.51.100.2）、这个首部，以及 {len} 个全零的载荷字节。',
  'header.synOptions':
    '这里省略了选项：每个首部都只画出 20 字节的固定部分（数据偏移 5）。在本课程的 Linux 抓包里，每个 SYN 和 SYN+ACK 都多带 20 字节选项，首部共 40 字节（数据偏移为 10）：MSS 1460（回环接口上 65495）、允许 SACK、时间戳、一个 NOP、窗口缩放 10。',
  'header.name.sourcePort': '源端口',
  'header.name.destinationPort': '目的端口',
  'header.name.sequenceNumber': '序号',
  'header.name.acknowledgmentNumber': '确认号',
  'header.name.dataOffset': '数据偏移',
  'header.name.reserved': '保留',
  'header.name.window': '窗口',
  'header.name.checksum': '校验和',
  'header.name.urgentPointer': '紧急指针',
};

const en = { ...enUi, ...headerNotesEn } as const;
const zh: Record<keyof typeof en, string> = { ...zhUi, ...headerNotesZh };

export const headerUiStrings = { en: enUi, zh: zhUi };
export const headerStrings = { en, zh };
