// The 20-byte TCP header of RFC 9293 §3.1: layout, encoding, decoding, flags byte, checksum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTROL_BITS,
  HEADER_LAYOUT,
  bytesOfHex,
  checksumContextOf,
  checksumVerifies,
  controlBitsOf,
  decodeHeader,
  encodeHeader,
  flagsByte,
  headerOfSegment,
  hexOfBytes,
  oddFlagSet,
  onesComplementSum,
  pseudoHeader,
  toBinary,
  toHex,
  type ControlBit,
  type ControlBits,
  type HeaderFields,
} from '../../src/core/header.ts';
import { seqNum } from '../../src/core/seq.ts';
import { SCENARIOS, SCENARIO_IDS } from '../../src/core/scenarios.ts';
import type { Scenario } from '../../src/core/scenario.ts';
import { simulate } from '../../src/core/simulate.ts';
import { PROFILES, type Flag, type Profile, type Segment } from '../../src/core/types.ts';

const MAX32 = 4294967295;

function bits(...on: ControlBit[]): ControlBits {
  return Object.fromEntries(CONTROL_BITS.map((bit) => [bit, on.includes(bit)])) as Record<ControlBit, boolean>;
}

function segment(flags: Flag[], seq: number, ack: number | null, len = 0): Segment {
  return { flags, seq: seqNum(seq), ack: ack === null ? null : seqNum(ack), len };
}

describe('layout', () => {
  it('fields_tile_the_160_bits_in_order_without_gaps_or_overlaps', () => {
    let next = 0;
    for (const field of HEADER_LAYOUT) {
      expect(field.bitOffset, field.id).toBe(next);
      next += field.bitLength;
    }
    expect(next).toBe(160);
  });

  it('no_field_crosses_a_32_bit_row_of_figure_1', () => {
    for (const { id, bitOffset, bitLength } of HEADER_LAYOUT) {
      expect(Math.floor(bitOffset / 32), id).toBe(Math.floor((bitOffset + bitLength - 1) / 32));
    }
  });

  it('control_bits_fill_byte_13_cwr_first', () => {
    const controls = HEADER_LAYOUT.filter((field) => field.bitLength === 1);
    expect(controls.map((field) => field.id)).toEqual(['CWR', 'ECE', 'URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN']);
    expect(controls[0]?.bitOffset).toBe(13 * 8);
  });
});

// Real headers from the oracle capture pcap/a_normal.pcap (Linux, loopback 127.0.0.1, client port
// 40000, server port 5000): the first 20 bytes of each TCP header, copied from the capture.
// On loopback Linux offloads the checksum, so the captured field holds the uncomplemented
// pseudo-header sum, not a finished checksum (see the pseudo-header test below).
const CAPTURED: { name: string; hex: string; fields: HeaderFields }[] = [
  {
    name: 'SYN (with 20 bytes of options: data offset 10)',
    hex: '9c401388c0c31a4c00000000a002ffd7fe300000',
    fields: {
      sourcePort: 40000,
      destinationPort: 5000,
      sequenceNumber: 3234011724,
      acknowledgmentNumber: 0,
      dataOffset: 10,
      reserved: 0,
      controlBits: bits('SYN'),
      window: 65495,
      checksum: 0xfe30,
      urgentPointer: 0,
    },
  },
  {
    name: 'SYN+ACK',
    hex: '13889c40615b2d18c0c31a4da012ffcbfe300000',
    fields: {
      sourcePort: 5000,
      destinationPort: 40000,
      sequenceNumber: 1633365272,
      acknowledgmentNumber: 3234011725,
      dataOffset: 10,
      reserved: 0,
      controlBits: bits('SYN', 'ACK'),
      window: 65483,
      checksum: 0xfe30,
      urgentPointer: 0,
    },
  },
  {
    name: 'ACK (12 bytes of timestamp options: data offset 8)',
    hex: '9c401388c0c31a4d615b2d1980100040fe280000',
    fields: {
      sourcePort: 40000,
      destinationPort: 5000,
      sequenceNumber: 3234011725,
      acknowledgmentNumber: 1633365273,
      dataOffset: 8,
      reserved: 0,
      controlBits: bits('ACK'),
      window: 64,
      checksum: 0xfe28,
      urgentPointer: 0,
    },
  },
  {
    name: 'PSH+ACK with 5 bytes of data',
    hex: '9c401388c0c31a4d615b2d1980180040fe2d0000',
    fields: {
      sourcePort: 40000,
      destinationPort: 5000,
      sequenceNumber: 3234011725,
      acknowledgmentNumber: 1633365273,
      dataOffset: 8,
      reserved: 0,
      controlBits: bits('ACK', 'PSH'),
      window: 64,
      checksum: 0xfe2d,
      urgentPointer: 0,
    },
  },
];

describe('captured headers', () => {
  for (const { name, hex, fields } of CAPTURED) {
    it(`decodes_${name}`, () => {
      expect(decodeHeader(bytesOfHex(hex))).toEqual(fields);
    });
    it(`encodes_${name}_to_the_captured_bytes`, () => {
      expect(hexOfBytes(encodeHeader(fields))).toBe(hex);
    });
  }

  it('decoding_ignores_what_follows_the_fixed_header', () => {
    const withOptions = bytesOfHex(`${CAPTURED[0]!.hex}0204ffd70402080afa4c24a6000000000103030a`);
    expect(decodeHeader(withOptions)).toEqual(CAPTURED[0]!.fields);
  });

  it('the_captured_checksum_field_is_the_loopback_pseudo_header_sum', () => {
    // TCP length = 20 + options + payload: 40 for the SYN, 32 for the ACK, 37 for the data.
    for (const [tcpLength, expected] of [[40, 0xfe30], [32, 0xfe28], [37, 0xfe2d]] as const) {
      expect(onesComplementSum(pseudoHeader('127.0.0.1', '127.0.0.1', tcpLength))).toBe(expected);
    }
  });
});

describe('flags byte', () => {
  const table: [ControlBit[], string, string][] = [
    [[], '00000000', '0x00'],
    [['SYN'], '00000010', '0x02'],
    [['SYN', 'ACK'], '00010010', '0x12'],
    [['ACK'], '00010000', '0x10'],
    [['FIN', 'ACK'], '00010001', '0x11'],
    [['RST', 'ACK'], '00010100', '0x14'],
    [['PSH', 'ACK'], '00011000', '0x18'],
    [['URG'], '00100000', '0x20'],
    [['ECE'], '01000000', '0x40'],
    [['CWR'], '10000000', '0x80'],
    [['SYN', 'ECE', 'CWR'], '11000010', '0xc2'],
    [[...CONTROL_BITS], '11111111', '0xff'],
  ];
  for (const [on, binary, hex] of table) {
    it(`flags_${on.join('_') || 'none'}_are_${hex}`, () => {
      const byte = flagsByte(bits(...on));
      expect(toBinary(byte)).toBe(binary);
      expect(toHex(byte)).toBe(hex);
      expect(controlBitsOf(byte)).toEqual(bits(...on));
    });
  }

  it('the_flags_byte_is_byte_13_of_the_header', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), (byte) => {
        const fields = { ...decodeHeader(new Uint8Array(20)), controlBits: controlBitsOf(byte) };
        expect(encodeHeader(fields)[13]).toBe(byte);
      }),
    );
  });

  it('rejects_a_value_that_is_not_a_byte', () => {
    expect(() => controlBitsOf(256)).toThrow(RangeError);
  });
});

describe('odd flag sets', () => {
  const table: [ControlBit[], ReturnType<typeof oddFlagSet>][] = [
    [['SYN'], null],
    [['SYN', 'ACK'], null],
    [['ACK'], null],
    [['FIN', 'ACK'], null],
    [['PSH', 'ACK'], null],
    [['RST'], null],
    [['RST', 'ACK'], null],
    [['SYN', 'ECE', 'CWR'], null],
    [['SYN', 'FIN'], 'syn_fin'],
    [['SYN', 'FIN', 'ACK'], 'syn_fin'],
    [['SYN', 'RST'], 'syn_rst'],
    [['SYN', 'RST', 'ACK', 'FIN'], 'syn_rst'],
    [['RST', 'FIN'], 'rst_fin'],
    [['RST', 'FIN', 'ACK'], 'rst_fin'],
    [[], 'no_ack'],
    [['FIN'], 'no_ack'],
    [['PSH'], 'no_ack'],
    [['URG', 'PSH', 'FIN'], 'no_ack'],
    [['CWR', 'ECE'], 'no_ack'],
  ];
  for (const [on, odd] of table) {
    it(`flags_${on.join('_') || 'none'}_are_${odd ?? 'ordinary'}`, () => {
      expect(oddFlagSet(bits(...on))).toBe(odd);
    });
  }

  it('no_segment_the_model_sends_is_odd', () => {
    for (const profile of PROFILES) {
      for (const id of SCENARIO_IDS) {
        const run = simulate((SCENARIOS[id].build as (p: { profile: Profile }) => Scenario)({ profile }));
        for (const sent of run.segments.filter((s) => !s.injected)) {
          expect(oddFlagSet(headerOfSegment(sent.segment, { from: sent.from }).controlBits), `${id} ${sent.segment.flags.join('+')}`).toBeNull();
        }
      }
    }
  });
});

const fieldsArbitrary: fc.Arbitrary<HeaderFields> = fc.record({
  sourcePort: fc.integer({ min: 0, max: 0xffff }),
  destinationPort: fc.integer({ min: 0, max: 0xffff }),
  sequenceNumber: fc.integer({ min: 0, max: MAX32 }),
  acknowledgmentNumber: fc.integer({ min: 0, max: MAX32 }),
  dataOffset: fc.integer({ min: 0, max: 15 }),
  reserved: fc.integer({ min: 0, max: 15 }),
  controlBits: fc.integer({ min: 0, max: 255 }).map(controlBitsOf),
  window: fc.integer({ min: 0, max: 0xffff }),
  checksum: fc.integer({ min: 0, max: 0xffff }),
  urgentPointer: fc.integer({ min: 0, max: 0xffff }),
});

describe('round trips', () => {
  it('decode_of_encode_is_the_identity_on_fields', () => {
    fc.assert(
      fc.property(fieldsArbitrary, (fields) => {
        expect(decodeHeader(encodeHeader(fields))).toEqual(fields);
      }),
    );
  });

  it('encode_of_decode_is_the_identity_on_any_20_bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        expect(encodeHeader(decodeHeader(bytes))).toEqual(bytes);
      }),
    );
  });

  it('hex_round_trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(bytesOfHex(hexOfBytes(bytes))).toEqual(bytes);
      }),
    );
  });
});

describe('bad input', () => {
  const zero = decodeHeader(new Uint8Array(20));
  const table: [string, Partial<HeaderFields>, RegExp][] = [
    ['port above 65535', { sourcePort: 65536 }, /sourcePort must be an integer in 0\.\.65535/],
    ['negative sequence number', { sequenceNumber: -1 }, /sequenceNumber/],
    ['sequence number of 2^32', { sequenceNumber: MAX32 + 1 }, /sequenceNumber must be an integer in 0\.\.4294967295/],
    ['data offset of 16', { dataOffset: 16 }, /dataOffset must be an integer in 0\.\.15/],
    ['fractional window', { window: 1.5 }, /window/],
  ];
  for (const [name, change, message] of table) {
    it(`encode_rejects_${name.replaceAll(' ', '_')}`, () => {
      expect(() => encodeHeader({ ...zero, ...change })).toThrow(message);
    });
  }

  it('decode_rejects_fewer_than_20_bytes', () => {
    expect(() => decodeHeader(new Uint8Array(19))).toThrow(/at least 20 bytes, got 19/);
  });

  it('hex_rejects_odd_length_and_non_hex', () => {
    expect(() => bytesOfHex('abc')).toThrow(RangeError);
    expect(() => bytesOfHex('zz')).toThrow(RangeError);
  });
});

// Expected bytes computed independently (Python's struct + a textbook ones' complement sum) for
// the documentation addresses 192.0.2.1 (client) and 198.51.100.2 (server).
describe('headers of model segments', () => {
  const table: [string, Segment, 'client' | 'server', string][] = [
    ['client_syn', segment(['SYN'], 100, null), 'client', '9c40138800000064000000005002faf0188e0000'],
    ['server_syn_ack', segment(['SYN', 'ACK'], 300, 101), 'server', '13889c400000012c000000655012ffff12420000'],
    ['client_ack', segment(['ACK'], 101, 301), 'client', '9c401388000000650000012d5010faf017520000'],
    ['client_data_5_bytes', segment(['ACK', 'PSH'], 101, 301, 5), 'client', '9c401388000000650000012d5018faf017450000'],
    ['client_fin_at_the_top_of_the_sequence_space', segment(['ACK', 'FIN'], MAX32, 7), 'client', '9c401388ffffffff000000075011faf018dc0000'],
  ];
  for (const [name, seg, from, hex] of table) {
    it(`${name}_has_the_expected_bytes`, () => {
      expect(hexOfBytes(encodeHeader(headerOfSegment(seg, { from })))).toBe(hex);
    });
  }

  it('ports_and_windows_come_from_the_context', () => {
    const fields = headerOfSegment(segment(['SYN'], 1, null), {
      from: 'server',
      ports: { client: 1234, server: 80 },
      windows: { client: 1, server: 2 },
    });
    expect([fields.sourcePort, fields.destinationPort, fields.window]).toEqual([80, 1234, 2]);
  });

  const segmentArbitrary = fc
    .record({
      flags: fc.subarray(['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG'] as Flag[]),
      seq: fc.integer({ min: 0, max: MAX32 }),
      ack: fc.integer({ min: 0, max: MAX32 }),
      len: fc.integer({ min: 0, max: 1460 }),
      from: fc.constantFrom('client' as const, 'server' as const),
    })
    .map(({ flags, seq, ack, len, from }) => ({ seg: segment(flags, seq, flags.includes('ACK') ? ack : null, len), from }));

  it('every_segment_header_carries_its_numbers_and_flags', () => {
    fc.assert(
      fc.property(segmentArbitrary, ({ seg, from }) => {
        const fields = headerOfSegment(seg, { from });
        expect(fields.sequenceNumber).toBe(seg.seq);
        expect(fields.acknowledgmentNumber).toBe(seg.ack ?? 0);
        expect(fields.dataOffset).toBe(5);
        expect(fields.controlBits.CWR || fields.controlBits.ECE).toBe(false);
        for (const flag of ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG'] as const) {
          expect(fields.controlBits[flag], flag).toBe(seg.flags.includes(flag));
        }
      }),
    );
  });

  it('every_checksum_verifies_to_0xffff_when_re_summed', () => {
    fc.assert(
      fc.property(segmentArbitrary, ({ seg, from }) => {
        const bytes = encodeHeader(headerOfSegment(seg, { from }));
        expect(checksumVerifies(bytes, checksumContextOf(from, seg.len))).toBe(true);
      }),
    );
  });

  it('flipping_any_one_bit_breaks_the_checksum', () => {
    fc.assert(
      fc.property(segmentArbitrary, fc.integer({ min: 0, max: 159 }), ({ seg, from }, bit) => {
        const bytes = encodeHeader(headerOfSegment(seg, { from }));
        bytes[bit >> 3]! ^= 0x80 >> (bit & 7);
        expect(checksumVerifies(bytes, checksumContextOf(from, seg.len))).toBe(false);
      }),
    );
  });

  it('the_checksum_covers_the_addresses_and_the_payload_length', () => {
    const bytes = encodeHeader(headerOfSegment(segment(['ACK'], 5, 6, 10), { from: 'client' }));
    expect(checksumVerifies(bytes, checksumContextOf('client', 10))).toBe(true);
    expect(checksumVerifies(bytes, checksumContextOf('client', 11))).toBe(false);
    expect(checksumVerifies(bytes, { ...checksumContextOf('client', 10), source: '192.0.2.9' })).toBe(false);
  });
});
