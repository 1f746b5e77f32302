/** A segment as the ladder's arrows and the step's explanation write it. */
import type { SentSegment } from '../../core/simulate.ts';
import { flagsLabel } from '../../core/types.ts';

/** 'SYN+ACK', 'FIN+ACK' — the flags as written on the arrow, as the lessons write them. */
export function flagsText(s: SentSegment): string {
  return flagsLabel(s.segment.flags);
}

/** 'seq=300 ack=101 len=5' — the numbers, in decimal as on the wire. */
export function numbersText(s: SentSegment): string {
  const { seq, ack, len } = s.segment;
  return [`seq=${seq}`, ack === null ? '' : `ack=${ack}`, len > 0 ? `len=${len}` : ''].filter(Boolean).join(' ');
}
