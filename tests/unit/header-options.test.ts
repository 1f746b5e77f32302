// What the header explorer says about the options it leaves out, checked against the real SYNs
// of the Linux captures (tests/fixtures/oracle/pcap: tcpdump files, Ethernet or raw IPv4 frames).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerUiStrings } from '../../src/i18n/sections/header.ts';

const dir = new URL('../fixtures/oracle/pcap/', import.meta.url);

interface CapturedTcp {
  readonly flags: number;
  readonly dataOffset: number;
  readonly options: Uint8Array;
}

/** The TCP headers of a classic pcap file (little- or big-endian; link types Ethernet and raw IP). */
function tcpHeaders(file: Uint8Array): CapturedTcp[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const little = view.getUint32(0, true) === 0xa1b2c3d4;
  const u32 = (at: number) => view.getUint32(at, little);
  const ipStart = { 1: 14, 101: 0, 228: 0 }[u32(20)];
  if (ipStart === undefined) throw new Error(`unknown link type ${u32(20)}`);
  const headers: CapturedTcp[] = [];
  for (let at = 24; at < file.length; at += 16 + u32(at + 8)) {
    const frame = file.subarray(at + 16, at + 16 + u32(at + 8));
    const tcp = frame.subarray(ipStart + (frame[ipStart]! & 0x0f) * 4);
    const dataOffset = tcp[12]! >> 4;
    headers.push({ flags: tcp[13]!, dataOffset, options: tcp.subarray(20, dataOffset * 4) });
  }
  return headers;
}

/** Options as kind → value: MSS and window scale as numbers, the others as present (1). */
function options(bytes: Uint8Array): Map<number, number> {
  const found = new Map<number, number>();
  for (let i = 0; i < bytes.length; ) {
    const kind = bytes[i]!;
    if (kind === 0) break;
    if (kind === 1) {
      found.set(1, (found.get(1) ?? 0) + 1);
      i += 1;
      continue;
    }
    const length = bytes[i + 1]!;
    found.set(kind, kind === 2 ? (bytes[i + 2]! << 8) | bytes[i + 3]! : kind === 3 ? bytes[i + 2]! : 1);
    i += length;
  }
  return found;
}

const SYN = 0x02;
const syns = readdirSync(dir)
  .filter((f) => f.endsWith('.pcap'))
  .flatMap((f) => tcpHeaders(new Uint8Array(readFileSync(new URL(f, dir))))
  .filter((h) => (h.flags & SYN) !== 0));

describe('the options a SYN leaves out in the explorer', () => {
  it('the captures have SYNs and SYN+ACKs, on loopback and over a link', () => {
    expect(syns.some((h) => h.flags === 0x02) && syns.some((h) => h.flags === 0x12)).toBe(true);
    expect(new Set(syns.map((h) => options(h.options).get(2))).size).toBe(2);
  });

  for (const [lang, words] of [['en', { wscale: 'window scale', sack: 'SACK permitted', ts: 'timestamps', nop: 'one NOP' }], ['zh', { wscale: '窗口缩放', sack: '允许 SACK', ts: '时间戳', nop: '一个 NOP' }]] as const) {
    it(`${lang}: the note names what every captured SYN carries`, () => {
      const note = headerUiStrings[lang]['header.synOptions'];
      for (const syn of syns) {
        const found = options(syn.options);
        expect(note).toContain(lang === 'en' ? `${syn.options.length} bytes of options` : `${syn.options.length} 字节选项`);
        expect(note).toContain(lang === 'en' ? `(data offset ${syn.dataOffset})` : `（数据偏移为 ${syn.dataOffset}）`);
        expect(note).toContain(lang === 'en' ? `a ${syn.dataOffset * 4}-byte header` : `首部共 ${syn.dataOffset * 4} 字节`);
        expect(note).toContain(String(found.get(2)));
        expect(note).toContain(`${words.wscale} ${found.get(3)}`);
        expect(found.has(4) && note.includes(words.sack)).toBe(true);
        expect(found.has(8) && note.includes(words.ts)).toBe(true);
        expect(found.get(1) === 1 && note.includes(words.nop)).toBe(true);
      }
    });
  }
});
