/**
 * The ladder's frame of reference, shared by its layout (./ladder.ts) and the frames shown in a
 * drawing (./ladder-frame.ts): time runs down, one row per frame.
 */
import type { Side } from '../../core/types.ts';

export const LADDER = {
  width: 460,
  /** x of each side's vertical line: the outer margins hold a call or a state box (SYN_RECEIVED, recv_until_eof()). */
  x: { client: 128, server: 332 } as Readonly<Record<Side, number>>,
  /** y of frame 0 (the participants' heads sit above it). */
  top: 48,
  row: 44,
  bottom: 30,
  /**
   * Type size in drawing units. The drawing is scaled to its box: a phone's ~320 px box draws it at
   * 0.7 (10 px type), a desktop's ~430 px at 0.94 (13.5 px). The size the steppers' text has
   * (--size-smaller), so the ladder's text shares its font instances.
   */
  font: 14.4,
  /** Baseline to baseline. */
  line: 17,
} as const;

export function rowY(frame: number): number {
  return LADDER.top + frame * LADDER.row;
}

