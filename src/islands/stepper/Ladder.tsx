/**
 * The ladder diagram as SVG. With `current` null it is the static picture the page shows before
 * (and without) JavaScript: every step drawn alike. With a frame index, steps after it are faded,
 * the arrows and marks of that frame stand out, and a segment in flight is drawn as far as it got.
 */
import type { Side } from '../../core/types.ts';
import { arrowEnds, LADDER, rowY, type Ladder as LadderData, type LadderArrow } from './ladder.ts';

interface Props {
  ladder: LadderData;
  names: Readonly<Record<Side, string>>;
  timerNames: Readonly<Record<string, string>>;
  current: number | null;
  label: string;
}

const SIDES: readonly Side[] = ['client', 'server'];

/** Text beside a side's line, on the outer edge so it never meets an arrow. */
function outer(side: Side): { x: number; anchor: 'end' | 'start' } {
  return side === 'client' ? { x: LADDER.x.client - 8, anchor: 'end' } : { x: LADDER.x.server + 8, anchor: 'start' };
}

type Phase = 'past' | 'arrived' | 'leaving' | 'flying' | 'future';

function phase(a: LadderArrow, current: number | null): Phase {
  if (current === null || a.endsAt < current) return 'past';
  if (a.endsAt === current) return 'arrived';
  if (a.sentAt === current) return 'leaving';
  return a.sentAt < current ? 'flying' : 'future';
}

/** How much of the way a segment has come at the current frame (1 once it arrived). */
function progress(a: LadderArrow, state: Phase, current: number | null): number {
  if (current === null || state === 'past' || state === 'arrived' || state === 'future') return 1;
  return Math.max(0.2, (current - a.sentAt) / (a.endsAt - a.sentAt));
}

function Arrow({ a, current }: { a: LadderArrow; current: number | null }) {
  const { x1, y1, x2, y2 } = arrowEnds(a);
  const state = phase(a, current);
  const f = progress(a, state, current);
  const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  const upright = angle > 90 || angle < -90 ? angle + 180 : angle;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const cls = `lad-arrow is-${state}${a.injected ? ' is-injected' : ''}${a.lost ? ' is-lost' : ''}`;
  return (
    <g class={cls}>
      {f < 1 && <line class="lad-rest" x1={x1} y1={y1} x2={x2} y2={y2} />}
      <line x1={x1} y1={y1} x2={x1 + (x2 - x1) * f} y2={y1 + (y2 - y1) * f} />
      {!a.lost && f === 1 && <path class="lad-head" d="M0 0l-8-4v8z" transform={`translate(${x2} ${y2}) rotate(${angle.toFixed(1)})`} />}
      {a.lost && f === 1 && <path class="lad-x" d={`M${x2 - 5} ${y2 - 5}l10 10m0-10l-10 10`} />}
      <g transform={`rotate(${upright.toFixed(1)} ${mx} ${my})`}>
        <text x={mx} y={my - 4} text-anchor="middle" class="lad-flags">{a.flags}</text>
        <text x={mx} y={my + 11} text-anchor="middle">{a.numbers}</text>
      </g>
    </g>
  );
}

export function Ladder({ ladder, names, timerNames, current, label }: Props) {
  const last = ladder.frames - 1;
  return (
    <svg class="lad" viewBox={`0 0 ${LADDER.width} ${ladder.height}`} role="img" aria-label={label}>
      {current !== null && current > 0 && <rect class="lad-now" x="0" y={rowY(current) - LADDER.row / 2} width={LADDER.width} height={LADDER.row} />}
      {SIDES.map((side) => (
        <g key={side}>
          <text x={LADDER.x[side]} y="14" text-anchor="middle" class="lad-name">{names[side]}</text>
          <text x={outer(side).x} y={rowY(0) + 4} text-anchor={outer(side).anchor} class="lad-state">{ladder.initial[side]}</text>
          <line class="lad-life" x1={LADDER.x[side]} y1="22" x2={LADDER.x[side]} y2={rowY(last) + 8} />
        </g>
      ))}
      {ladder.marks.map((m) => {
        const o = outer(m.side);
        const y = rowY(m.frame);
        const action = m.call ? `${m.call}()` : m.timer ? timerNames[m.timer] : undefined;
        const cls = current === null || m.frame < current ? '' : m.frame === current ? 'is-current' : 'is-future';
        return (
          <g key={`${m.frame}${m.side}`} class={`lad-mark ${cls}`}>
            <circle cx={LADDER.x[m.side]} cy={y} r="3" />
            {action && <text x={o.x} y={m.state ? y - 6 : y + 4} text-anchor={o.anchor} class="lad-call">{action}</text>}
            {m.state && <text x={o.x} y={action ? y + 8 : y + 4} text-anchor={o.anchor} class="lad-state">{m.state}</text>}
          </g>
        );
      })}
      {ladder.arrows.map((a) => (
        <Arrow key={a.id} a={a} current={current} />
      ))}
    </svg>
  );
}
