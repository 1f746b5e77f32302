/**
 * The ladder diagram as SVG. With `current` null it is the static picture the page shows before
 * (and without) JavaScript: every step drawn alike. With a frame index, steps after it are drawn
 * dashed in the muted colour (still 3:1 against the page), the arrows and marks of that frame stand
 * out, and a segment in flight is drawn as far as it got. Arrows slant: a segment arrives later
 * than it left, and the slant is its time on the way. Like the built (mermaid) diagrams, a state
 * is a box on the outer side of its line, just below the arrow that changed it.
 */
import type { Side } from '../../core/types.ts';
import { arrowClass, markClass, nowBand, phaseOf, progressOf } from './ladder-frame.ts';
import { arrowEnds, MARGIN, markLayout, textWidth, STATE_PAD, type Ladder as LadderData, type LadderArrow, type LadderMark } from './ladder.ts';
import { LADDER, rowY } from './ladder-geometry.ts';

interface Props {
  ladder: LadderData;
  names: Readonly<Record<Side, string>>;
  actionText: (m: LadderMark) => string | undefined;
  current: number | null;
  label: string;
}

const SIDES: readonly Side[] = ['client', 'server'];

function Arrow({ a, current, label }: { a: LadderArrow; current: number | null; label: { x: number; y: number; w: number } }) {
  const { x1, y1, x2, y2 } = arrowEnds(a);
  const state = phaseOf(a, current);
  const f = progressOf(a, state, current);
  const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  const cx = label.x + label.w / 2;
  // The head (or the cross of a lost one) is drawn in every frame, hidden by CSS while the segment
  // is on the way: then a frame changes only classes and lines (./ladder-frame.ts).
  return (
    <g class={arrowClass(state, a)}>
      {f < 1 && <line class="lad-rest" x1={x1} y1={y1} x2={x2} y2={y2} />}
      <line x1={x1} y1={y1} x2={x1 + (x2 - x1) * f} y2={y1 + (y2 - y1) * f} />
      {!a.lost && <path class="lad-head" d="M0 0l-9-4.5v9z" transform={`translate(${x2} ${y2}) rotate(${angle.toFixed(1)})`} />}
      {a.lost && <path class="lad-x" d={`M${x2 - 5} ${y2 - 5}l10 10m0-10l-10 10`} />}
      <text x={tenth(cx)} y={tenth(label.y + LADDER.line - 4)} text-anchor="middle" class="lad-label lad-flags">{a.flags}</text>
      <text x={tenth(cx)} y={tenth(label.y + 2 * LADDER.line - 4)} text-anchor="middle" class="lad-label">{a.numbers}</text>
    </g>
  );
}

export function Ladder({ ladder, names, actionText, current, label }: Props) {
  const last = ladder.frames - 1;
  return (
    <svg class="lad" viewBox={`0 0 ${LADDER.width} ${ladder.height}`} font-size={LADDER.font} role="img" aria-label={label}>
      {current !== null && current > 0 && <rect class="lad-now" {...nowBand(current)} />}
      {SIDES.map((side) => {
        const { state } = markLayout({ side, state: ladder.initial[side] }, rowY(0));
        return (
          <g key={side}>
            <text x={LADDER.x[side]} y="18" text-anchor="middle" class="lad-name">{names[side]}</text>
            <line class="lad-life" x1={LADDER.x[side]} y1="26" x2={LADDER.x[side]} y2={rowY(last) + 8} />
            {state && <StateBox box={state.box} baseline={state.baseline} text={ladder.initial[side]} />}
          </g>
        );
      })}
      {ladder.marks.map((m) => {
        const y = rowY(m.frame);
        const action = actionText(m);
        const layout = markLayout({ side: m.side, ...(m.state ? { state: m.state } : {}), ...(action ? { action } : {}) }, y);
        return (
          <g key={`${m.frame}${m.side}`} class={markClass(m.frame, current)}>
            <circle cx={LADDER.x[m.side]} cy={y} r="3.5" />
            {layout.action && (
              <text x={layout.edge} y={tenth(layout.action.baseline)} text-anchor={layout.anchor} class="lad-call">
                {layout.action.lines.map((line, i) => (
                  <tspan key={i} x={layout.edge} dy={i === 0 ? 0 : LADDER.line} {...(textWidth(line, false) > MARGIN ? { textLength: MARGIN, lengthAdjust: 'spacingAndGlyphs' } : {})}>
                    {line}
                  </tspan>
                ))}
              </text>
            )}
            {layout.state && m.state && <StateBox box={layout.state.box} baseline={layout.state.baseline} text={m.state} />}
          </g>
        );
      })}
      {ladder.arrows.map((a) => {
        const box = ladder.labels.get(a.id);
        return box ? <Arrow key={a.id} a={a} current={current} label={box} /> : null;
      })}
    </svg>
  );
}

/**
 * A coordinate to a tenth of a drawing unit, far below what a screen shows: the layout's
 * arithmetic leaves digits like 44.400000000000006 that every page would carry.
 */
const tenth = (n: number): number => Math.round(n * 10) / 10;

function StateBox({ box, baseline, text }: { box: { x: number; y: number; w: number; h: number }; baseline: number; text: string }) {
  return (
    <g class="lad-box">
      <rect x={tenth(box.x)} y={tenth(box.y)} width={tenth(box.w)} height={tenth(box.h)} rx="2" />
      <text x={tenth(box.x + STATE_PAD)} y={tenth(baseline)} class="lad-state">{text}</text>
    </g>
  );
}
