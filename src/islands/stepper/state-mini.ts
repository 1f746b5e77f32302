/**
 * The small Figure 5's pure part: the first layer of the layout, and which of its boxes a side is
 * in after a run of frames, from the arcs it has taken (so a connection that closed is in the
 * CLOSED at the bottom, not the one on top).
 */
import { arcOfRule, figure5Layout, layerOf, type StateBox } from '../../core/figure5.ts';
import type { Frame } from '../../core/timeline.ts';
import type { Side } from '../../core/types.ts';

export const FIGURE5 = layerOf(figure5Layout(), 'figure5');
export const VIEW = figure5Layout().figure5View;

/** The figure's box a side is in after `frames` (frame 0 up to the current one). */
export function boxOf(frames: readonly Frame[], side: Side): StateBox | undefined {
  const now = frames.at(-1)?.[side].state;
  let at: string | undefined;
  for (const f of frames) for (const tr of f.transitions) if (tr.side === side) at = arcOfRule(tr.reason.key)?.to;
  return FIGURE5.boxes.find((b) => b.id === at && b.state === now) ?? FIGURE5.boxes.find((b) => b.state === now);
}
