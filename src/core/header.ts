// The 20-byte TCP header of RFC 9293 §3.1 (Figure 1), without options.
//
// One declarative table, HEADER_LAYOUT, says where every field lives (bit offset and length,
// counted from the first bit on the wire, most significant bit of each byte first). Encoding,
// decoding and the explorer island's drawing all read that table, so the picture and the bytes
// cannot disagree. Pure: no DOM, numbers and bytes only.
import type { Flag, Segment, Side } from './types.ts';

/**
 * The eight control bits in the order they sit in the byte at offset 13, most significant first. CWR and ECE
 * come from RFC 3168 (Explicit Congestion Notification); the other six from RFC 9293 itself.
 */
export const CONTROL_BITS = ['CWR', 'ECE', 'URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN'] as const;
export type ControlBit = (typeof CONTROL_BITS)[number];
export type ControlBits = Readonly<Record<ControlBit, boolean>>;

/** Every field of the fixed header. Numbers are unsigned and must fit their field's width. */
export interface HeaderFields {
  readonly sourcePort: number;
  readonly destinationPort: number;
  readonly sequenceNumber: number;
  readonly acknowledgmentNumber: number;
  /** Header length in 32-bit words: 5 for a header without options. */
  readonly dataOffset: number;
  readonly reserved: number;
  readonly controlBits: ControlBits;
  readonly window: number;
  readonly checksum: number;
  readonly urgentPointer: number;
}

type NumericField = Exclude<keyof HeaderFields, 'controlBits'>;
/** A field as drawn: a numeric field, or one control bit. */
export type FieldId = NumericField | ControlBit;

export interface FieldLayout {
  readonly id: FieldId;
  /** First bit of the field, counted from bit 0 of byte 0. */
  readonly bitOffset: number;
  readonly bitLength: number;
}

export const HEADER_BYTES = 20;
/** Bits per row of Figure 1: the header is drawn 32 bits wide. */
export const ROW_BITS = 32;
/** The byte at offset 13 (the 14th) holds the eight control bits. */
export const FLAGS_BYTE_INDEX = 13;

const FIRST_CONTROL_BIT = FLAGS_BYTE_INDEX * 8;

/** RFC 9293 Figure 1, row by row. */
export const HEADER_LAYOUT: readonly FieldLayout[] = [
  { id: 'sourcePort', bitOffset: 0, bitLength: 16 },
  { id: 'destinationPort', bitOffset: 16, bitLength: 16 },
  { id: 'sequenceNumber', bitOffset: 32, bitLength: 32 },
  { id: 'acknowledgmentNumber', bitOffset: 64, bitLength: 32 },
  { id: 'dataOffset', bitOffset: 96, bitLength: 4 },
  { id: 'reserved', bitOffset: 100, bitLength: 4 },
  ...CONTROL_BITS.map((id, i) => ({ id, bitOffset: FIRST_CONTROL_BIT + i, bitLength: 1 })),
  { id: 'window', bitOffset: 112, bitLength: 16 },
  { id: 'checksum', bitOffset: 128, bitLength: 16 },
  { id: 'urgentPointer', bitOffset: 144, bitLength: 16 },
];

export function isControlBit(id: FieldId): id is ControlBit {
  return (CONTROL_BITS as readonly string[]).includes(id);
}

/** The value a field holds, as an unsigned number (a control bit is 0 or 1). */
export function fieldValue(fields: HeaderFields, id: FieldId): number {
  if (isControlBit(id)) return fields.controlBits[id] ? 1 : 0;
  return fields[id];
}

function writeBits(bytes: Uint8Array, { id, bitOffset, bitLength }: FieldLayout, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value >= 2 ** bitLength) {
    throw new RangeError(`${id} must be an integer in 0..${2 ** bitLength - 1}, not ${value}`);
  }
  // Bit by bit with arithmetic, not shifts: JavaScript's shifts are signed 32-bit.
  for (let i = 0; i < bitLength; i++) {
    const bit = Math.floor(value / 2 ** (bitLength - 1 - i)) % 2;
    const at = bitOffset + i;
    if (bit === 1) bytes[at >> 3]! |= 0x80 >> (at & 7);
  }
}

function readBits(bytes: Uint8Array, { bitOffset, bitLength }: FieldLayout): number {
  let value = 0;
  for (let i = 0; i < bitLength; i++) {
    const at = bitOffset + i;
    value = value * 2 + ((bytes[at >> 3]! >> (7 - (at & 7))) & 1);
  }
  return value;
}

/** The header's 20 bytes in network order (big-endian), exactly as the fields say. */
export function encodeHeader(fields: HeaderFields): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  for (const field of HEADER_LAYOUT) writeBits(bytes, field, fieldValue(fields, field.id));
  return bytes;
}

/**
 * The fixed header's fields from the first 20 bytes. Anything after them (options, when the data
 * offset is above 5, then payload) is left alone.
 */
export function decodeHeader(bytes: Uint8Array): HeaderFields {
  if (bytes.length < HEADER_BYTES) throw new RangeError(`a TCP header has at least ${HEADER_BYTES} bytes, got ${bytes.length}`);
  const value = Object.fromEntries(HEADER_LAYOUT.map((field) => [field.id, readBits(bytes, field)])) as Record<FieldId, number>;
  return {
    sourcePort: value.sourcePort,
    destinationPort: value.destinationPort,
    sequenceNumber: value.sequenceNumber,
    acknowledgmentNumber: value.acknowledgmentNumber,
    dataOffset: value.dataOffset,
    reserved: value.reserved,
    controlBits: Object.fromEntries(CONTROL_BITS.map((bit) => [bit, value[bit] === 1])) as Record<ControlBit, boolean>,
    window: value.window,
    checksum: value.checksum,
    urgentPointer: value.urgentPointer,
  };
}

function byteOfBits(bits: readonly number[]): number {
  return bits.reduce((byte, bit) => byte * 2 + bit, 0);
}

/** The flags byte (offset 13): SYN alone is 0x02, SYN+ACK 0x12, FIN+ACK 0x11. */
export function flagsByte(bits: ControlBits): number {
  return byteOfBits(CONTROL_BITS.map((bit) => (bits[bit] ? 1 : 0)));
}

/** The control bits a flags byte holds. */
export function controlBitsOf(byte: number): ControlBits {
  if (!Number.isInteger(byte) || byte < 0 || byte > 0xff) throw new RangeError(`a flags byte is 0..255, not ${byte}`);
  const entries = CONTROL_BITS.map((bit, i) => [bit, ((byte >> (7 - i)) & 1) === 1] as const);
  return Object.fromEntries(entries) as Record<ControlBit, boolean>;
}

/**
 * Flag sets no ordinary segment carries, each handled by a rule of its own on arrival (RFC 9293
 * §3.10.7; RFC 5961 for resets and SYNs on a synchronized connection):
 * - 'syn_rst': SYN and RST. RST is checked first, so the reset decides and the SYN is never read.
 * - 'syn_fin': SYN and FIN. A listener takes the SYN and keeps the FIN for later; a synchronized
 *   connection answers the SYN with a challenge ACK.
 * - 'rst_fin': RST and FIN. The reset is checked long before the FIN.
 * - 'no_ack': none of SYN, RST and ACK (no flags at all, or only FIN, PSH, URG): dropped by every
 *   state that has a connection; a closed port answers with a reset.
 */
export const ODD_FLAG_SETS = ['syn_rst', 'syn_fin', 'rst_fin', 'no_ack'] as const;
export type OddFlagSet = (typeof ODD_FLAG_SETS)[number];

/** Which odd flag set the control bits make, or null for one a TCP really sends. */
export function oddFlagSet(bits: ControlBits): OddFlagSet | null {
  if (bits.SYN && bits.RST) return 'syn_rst';
  if (bits.SYN && bits.FIN) return 'syn_fin';
  if (bits.RST && bits.FIN) return 'rst_fin';
  if (!bits.SYN && !bits.RST && !bits.ACK) return 'no_ack';
  return null;
}

/** `toBinary(0x12)` → '00010010'. */
export function toBinary(value: number, width = 8): string {
  return value.toString(2).padStart(width, '0');
}

/** `toHex(0x12)` → '0x12'; `toHex(0xbeef, 4)` → '0xbeef'. */
export function toHex(value: number, digits = 2): string {
  return `0x${value.toString(16).padStart(digits, '0')}`;
}

/** Bytes as two-digit lower-case hex, no separators: the form islands receive as props. */
export function hexOfBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The inverse of hexOfBytes. */
export function bytesOfHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new RangeError(`not a string of hex byte pairs: "${hex}"`);
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

// ---------------------------------------------------------------------------
// The checksum (RFC 9293 §3.1): the 16-bit ones' complement of the ones' complement sum of a
// pseudo-header (source and destination IPv4 address, zero, protocol 6, TCP length), the header
// and the payload, taken with the checksum field itself as zero.

/** Addresses RFC 5737 reserves for documentation (TEST-NET-1 and TEST-NET-2). */
export const DOCUMENTATION_ADDRESSES: Readonly<Record<Side, string>> = {
  client: '192.0.2.1',
  server: '198.51.100.2',
};

export interface ChecksumContext {
  /** Dotted-quad IPv4 addresses of the sender and the receiver. */
  readonly source: string;
  readonly destination: string;
  /** Payload bytes after the header. */
  readonly payloadLength: number;
}

const TCP_PROTOCOL = 6;

function ipv4Bytes(address: string): number[] {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) {
    throw new RangeError(`not an IPv4 address: "${address}"`);
  }
  return parts;
}

/** The 12-byte IPv4 pseudo-header of RFC 9293 §3.1. */
export function pseudoHeader(source: string, destination: string, tcpLength: number): Uint8Array {
  if (!Number.isInteger(tcpLength) || tcpLength < 0 || tcpLength > 0xffff) throw new RangeError(`TCP length must be 0..65535, not ${tcpLength}`);
  return Uint8Array.from([...ipv4Bytes(source), ...ipv4Bytes(destination), 0, TCP_PROTOCOL, tcpLength >> 8, tcpLength & 0xff]);
}

/**
 * The ones' complement sum of the 16-bit big-endian words of the chunks, each chunk of even length
 * (an odd last byte would be padded with zero).
 */
export function onesComplementSum(...chunks: readonly Uint8Array[]): number {
  let sum = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i += 2) sum += (chunk[i]! << 8) | (chunk[i + 1] ?? 0);
  }
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 0x10000);
  return sum;
}

/**
 * The checksum of a header followed by `payloadLength` zero bytes. Zero words add nothing to a
 * ones' complement sum, so the payload only counts through the pseudo-header's TCP length.
 */
export function tcpChecksum(fields: HeaderFields, context: ChecksumContext): number {
  const header = encodeHeader({ ...fields, checksum: 0 });
  const pseudo = pseudoHeader(context.source, context.destination, HEADER_BYTES + context.payloadLength);
  return ~onesComplementSum(pseudo, header) & 0xffff;
}

/** The fields with their checksum recomputed. */
export function withChecksum(fields: HeaderFields, context: ChecksumContext): HeaderFields {
  return { ...fields, checksum: tcpChecksum(fields, context) };
}

/** A receiver's check: pseudo-header + header (checksum included) + zero payload sum to 0xffff. */
export function checksumVerifies(header: Uint8Array, context: ChecksumContext): boolean {
  const pseudo = pseudoHeader(context.source, context.destination, HEADER_BYTES + context.payloadLength);
  return onesComplementSum(pseudo, header.subarray(0, HEADER_BYTES)) === 0xffff;
}

/** The checksum context of a segment `from` one side to the other, at the documentation addresses. */
export function checksumContextOf(from: Side, payloadLength: number): ChecksumContext {
  const to: Side = from === 'client' ? 'server' : 'client';
  return { source: DOCUMENTATION_ADDRESSES[from], destination: DOCUMENTATION_ADDRESSES[to], payloadLength };
}

// ---------------------------------------------------------------------------
// From the model's segments to headers

/** The ports the oracle's captures used: the client bound 40000, the server listened on 5000. */
export const DEFAULT_PORTS: Readonly<Record<Side, number>> = { client: 40000, server: 5000 };

/**
 * Receive windows to show, since the model does no flow control: 64240 is what Linux advertises
 * in its SYN on an Ethernet path (44 segments of 1460 bytes); 65535 is the largest window the
 * 16-bit field holds without window scaling (RFC 7323).
 */
export const DEFAULT_WINDOWS: Readonly<Record<Side, number>> = { client: 64240, server: 65535 };

export interface SegmentContext {
  /** Who sent the segment. */
  readonly from: Side;
  readonly ports?: Readonly<Record<Side, number>>;
  readonly windows?: Readonly<Record<Side, number>>;
}

const MODEL_FLAGS: readonly Flag[] = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG'];

/**
 * The header a model segment would travel with: ports and window from the context, no options
 * (data offset 5), ECN bits clear, the checksum computed over the documentation addresses and
 * `len` zero bytes of payload. With ACK clear the acknowledgment field is sent as zero.
 */
export function headerOfSegment(segment: Segment, context: SegmentContext): HeaderFields {
  const ports = context.ports ?? DEFAULT_PORTS;
  const windows = context.windows ?? DEFAULT_WINDOWS;
  const to: Side = context.from === 'client' ? 'server' : 'client';
  const has = (flag: Flag) => segment.flags.includes(flag);
  const fields: HeaderFields = {
    sourcePort: ports[context.from],
    destinationPort: ports[to],
    sequenceNumber: segment.seq,
    acknowledgmentNumber: segment.ack ?? 0,
    dataOffset: HEADER_BYTES / 4,
    reserved: 0,
    controlBits: {
      CWR: false,
      ECE: false,
      ...(Object.fromEntries(MODEL_FLAGS.map((flag) => [flag, has(flag)])) as Record<Flag, boolean>),
    },
    window: windows[context.from],
    checksum: 0,
    urgentPointer: 0,
  };
  return withChecksum(fields, checksumContextOf(context.from, segment.len));
}
