// Sequence-number arithmetic (RFC 9293 §3.4).
//
// Sequence numbers live in a 32-bit space that wraps: after 4294967295 comes 0. Ordinary `<` is
// therefore wrong for them; every comparison goes through the signed distance `seqDiff`, which
// treats the shorter way round the circle as the true one. The branded type keeps plain numbers
// (lengths, times) from being mixed up with sequence numbers by accident.

export type SeqNum = number & { readonly __brand: 'SeqNum' };

/** 2^32: the size of the sequence space. */
export const SEQ_SPACE = 0x1_0000_0000;
const HALF_SPACE = 0x8000_0000;

/** True when `n` is an integer in 0..2^32−1. */
export function isUint32(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < SEQ_SPACE;
}

/** Brands a number as a sequence number; throws RangeError unless it is a uint32. */
export function seqNum(n: number): SeqNum {
  if (!isUint32(n)) throw new RangeError(`sequence number out of range: ${n}`);
  return n as SeqNum;
}

/** a + n modulo 2^32 (n may be negative). */
export function seqAdd(a: SeqNum, n: number): SeqNum {
  return ((((a + n) % SEQ_SPACE) + SEQ_SPACE) % SEQ_SPACE) as SeqNum;
}

/** Signed distance a − b, in −2^31 .. 2^31−1: positive when a is "after" b. */
export function seqDiff(a: SeqNum, b: SeqNum): number {
  const d = (((a - b) % SEQ_SPACE) + SEQ_SPACE) % SEQ_SPACE;
  return d >= HALF_SPACE ? d - SEQ_SPACE : d;
}

export function seqLt(a: SeqNum, b: SeqNum): boolean {
  return seqDiff(a, b) < 0;
}
export function seqLe(a: SeqNum, b: SeqNum): boolean {
  return seqDiff(a, b) <= 0;
}
export function seqGt(a: SeqNum, b: SeqNum): boolean {
  return seqDiff(a, b) > 0;
}
export function seqGe(a: SeqNum, b: SeqNum): boolean {
  return seqDiff(a, b) >= 0;
}

/**
 * SEG.LEN: the sequence numbers a segment occupies. SYN and FIN each take one, so that they can be
 * acknowledged and retransmitted like data; an ACK takes none (§3.4).
 */
export function seqLength(payload: number, syn: boolean, fin: boolean): number {
  return payload + (syn ? 1 : 0) + (fin ? 1 : 0);
}

/** start ≤ x < start + size, modulo 2^32 (an empty window holds nothing). */
export function seqInWindow(x: SeqNum, start: SeqNum, size: number): boolean {
  const d = seqDiff(x, start);
  return d >= 0 && d < size;
}
