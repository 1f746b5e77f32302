/**
 * A small copy of RFC 9293 Figure 5 (the layout is src/core/figure5.ts) beside a stepper: each
 * side's current state is marked with its name, and the arcs the current step took are drawn
 * bold. Loaded only when a learner opens it. Which box a side is in comes from the arcs it has
 * taken so far, so a connection that closed is in the CLOSED at the bottom, not the one on top.
 */
import { arcOfRule, pathData } from '../../core/figure5.ts';
import { boxOf, FIGURE5, VIEW } from './state-mini.ts';
import type { Frame } from '../../core/timeline.ts';
import type { Side } from '../../core/types.ts';

const SIDES: readonly Side[] = ['client', 'server'];
const FONT = 20;

export function StateMini({ frames, names, label }: { frames: readonly Frame[]; names: Readonly<Record<Side, string>>; label: string }) {
  const frame = frames.at(-1);
  const taken = new Set(frame ? frame.transitions.map((tr) => arcOfRule(tr.reason.key)?.id).filter(Boolean) : []);
  const at = Object.fromEntries(SIDES.map((side) => [side, boxOf(frames, side)?.id])) as Record<Side, string | undefined>;
  return (
    <svg class="stp-fig5" viewBox={`${VIEW.x} ${VIEW.y - 30} ${VIEW.w} ${VIEW.h + 30}`} font-size={FONT} role="img" aria-label={label} data-testid="stepper-diagram">
      <defs>
        <marker id="stp-fig5-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0l10 5-10 5z" />
        </marker>
      </defs>
      {FIGURE5.arcs.map((a) => (
        <path key={a.id} d={pathData(a.points)} class={`f5-arc${taken.has(a.id) ? ' is-taken' : ''}${a.modelled ? '' : ' is-unmodelled'}`} data-arc={a.id} marker-end="url(#stp-fig5-head)" />
      ))}
      {FIGURE5.boxes.map((b) => {
        const here = SIDES.filter((side) => at[side] === b.id);
        return (
          <g key={b.id} class={`f5-box${here.length ? ' is-here' : ''}`} data-box={b.id} data-sides={here.join(' ') || undefined}>
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx="4" />
            <text x={b.x + b.w / 2} y={b.y + b.h / 2 + FONT * 0.35} text-anchor="middle" {...(b.state.length > 10 ? { textLength: b.w - 10, lengthAdjust: 'spacingAndGlyphs' } : {})}>
              {b.state}
            </text>
            {here.length > 0 && (
              <text x={b.x + b.w / 2} y={b.y - 6} text-anchor="middle" class="f5-who">
                {here.map((side) => names[side]).join(' + ')}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
