/**
 * The geometry of a ladder (time-sequence) diagram of a run: one row per step, the client's line
 * on the left, the server's on the right, one arrow per segment from the row that sent it to the
 * row where it arrived (or was lost). Pure data, so the SVG component only draws it.
 */
import type { Replay, SentSegment } from '../../core/simulate.ts';
import type { CallName, Side, TcpState, TimerKind } from '../../core/types.ts';
import { LADDER, rowY } from './ladder-geometry.ts';
import { flagsText, numbersText } from './segment-text.ts';

/** What happens on one side's line at a row: a call made, a timer fired, a state entered. */
export interface LadderMark {
  readonly frame: number;
  readonly side: Side;
  readonly call?: CallName;
  readonly timer?: TimerKind;
  /** The state the side is in after the step, when the step changed it. */
  readonly state?: TcpState;
}

export interface LadderArrow {
  readonly id: string;
  readonly from: Side;
  /** Frames it leaves at and arrives (or is lost) at. */
  readonly sentAt: number;
  readonly endsAt: number;
  readonly lost: boolean;
  /** An old duplicate from an earlier connection: nobody in this run sent it. */
  readonly injected: boolean;
  readonly flags: string;
  readonly numbers: string;
}

export interface Ladder {
  readonly frames: number;
  readonly height: number;
  readonly initial: Readonly<Record<Side, TcpState>>;
  readonly marks: readonly LadderMark[];
  readonly arrows: readonly LadderArrow[];
  /** Where each arrow's label sits (by arrow id): placed so that no two labels, and no label and mark, meet. */
  readonly labels: ReadonlyMap<string, Box>;
}

/** An axis-aligned box in drawing units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * A text's width in drawing units, estimated on the safe side: monospace digits and capitals 0.6 em,
 * proportional text 0.58 em, CJK characters a full em.
 */
export function textWidth(text: string, mono: boolean): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : mono ? 0.6 : 0.58;
  return em * LADDER.font;
}

/** Space between a line and the text beside it. */
const GAP = 6;
/** Padding inside a state box. */
const PAD = 4;

/** The widest text the margin beside a line holds: a longer word is drawn squeezed to it (textLength). */
export const MARGIN = LADDER.x.client - GAP - 2;

/** How much wider than the margin a line may be estimated and still be drawn squeezed into it. */
const SQUEEZE = 1.12;

/** Words broken into lines that fit the margin (a single word too long for it stays whole). */
export function wrapToMargin(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, false) <= MARGIN * SQUEEZE) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface MarkLayout {
  readonly anchor: 'end' | 'start';
  /** x the texts start (or end) at, beside the line. */
  readonly edge: number;
  /** The call or timer, from its first line's baseline. */
  readonly action: { readonly lines: readonly string[]; readonly baseline: number; readonly box: Box } | null;
  /** The state entered, boxed just below the dot: a box on a line names the state from there on down. */
  readonly state: { readonly box: Box; readonly baseline: number } | null;
}

/** Where a mark's pieces go, on the outer side of its line so no arrow meets them. */
export function markLayout(m: { side: Side; state?: TcpState; action?: string }, y: number): MarkLayout {
  const outward = m.side === 'client' ? -1 : 1;
  const edge = LADDER.x[m.side] + outward * GAP;
  const place = (w: number, top: number, h: number): Box => ({ x: outward < 0 ? edge - w : edge, y: top, w, h });
  const lines = m.action ? wrapToMargin(m.action) : [];
  // One line sits level with the dot; more go on below it, or above when a state box is below.
  const level = y + LADDER.font * 0.35;
  const extra = (lines.length - 1) * LADDER.line;
  const baseline = m.state ? level - extra : level;
  const top = baseline - LADDER.font * 0.8;
  const bottom = baseline + extra + LADDER.font * 0.25;
  const action = m.action ? { lines, baseline, box: place(Math.min(MARGIN, Math.max(...lines.map((l) => textWidth(l, false)))), top, bottom - top) } : null;
  const stateTop = y + 9;
  const state = m.state ? { box: place(textWidth(m.state, true) + 2 * PAD, stateTop, LADDER.line + 2), baseline: stateTop + LADDER.line - 3 } : null;
  return { anchor: outward < 0 ? 'end' : 'start', edge, action, state };
}

/** Padding inside a state box, for the text's x. */
export const STATE_PAD = PAD;

/** Where along an arrow its label may sit, best first: the middle, then off it either way. */
const LABEL_AT = [0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6, 0.1, 0.9];

/**
 * Places each arrow's two-line label (flags over numbers, level) on its arrow, at the first spot
 * along it that meets no label placed before it and no mark; failing that, where it overlaps
 * least. Kept between the two lines where it fits.
 */
function placeLabels(arrows: readonly LadderArrow[], obstacles: readonly Box[]): Map<string, Box> {
  const placed: Box[] = [...obstacles];
  const labels = new Map<string, Box>();
  const overlap = (b: Box) => placed.reduce((sum, o) => (intersects(b, o) ? sum + (Math.min(b.x + b.w, o.x + o.w) - Math.max(b.x, o.x)) * (Math.min(b.y + b.h, o.y + o.h) - Math.max(b.y, o.y)) : sum), 0);
  for (const a of arrows) {
    const { x1, y1, x2, y2 } = arrowEnds(a);
    const w = Math.max(textWidth(a.flags, true), textWidth(a.numbers, true)) + 4;
    const h = 2 * LADDER.line;
    const lo = LADDER.x.client + 2;
    const hi = LADDER.x.server - 2 - w;
    let best: { box: Box; cost: number } | null = null;
    for (const t of LABEL_AT) {
      const cx = x1 + (x2 - x1) * t;
      const box = { x: lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, cx - w / 2)), y: y1 + (y2 - y1) * t - h / 2, w, h };
      const cost = overlap(box);
      if (!best || cost < best.cost) best = { box, cost };
      if (cost === 0) break;
    }
    placed.push(best!.box);
    labels.set(a.id, best!.box);
  }
  return labels;
}

/**
 * The boxes the marks' texts take (calls and timers named as `actionText` names them), for label
 * placement and for tests.
 */
export function markBoxes(ladder: Pick<Ladder, 'marks' | 'initial'>, actionText: (m: LadderMark) => string | undefined): Box[] {
  const boxes: Box[] = [];
  for (const side of ['client', 'server'] as const) {
    const { state } = markLayout({ side, state: ladder.initial[side] }, rowY(0));
    if (state) boxes.push(state.box);
  }
  for (const m of ladder.marks) {
    const action = actionText(m);
    const { action: a, state } = markLayout({ side: m.side, ...(m.state ? { state: m.state } : {}), ...(action ? { action } : {}) }, rowY(m.frame));
    if (a) boxes.push(a.box);
    if (state) boxes.push(state.box);
  }
  return boxes;
}

/**
 * The ladder of a run. `actionText` names a mark's call or timer as the drawing will (the timer
 * names are the page language's), so labels are placed clear of them.
 */
export function ladderOf(run: Replay, actionText: (m: LadderMark) => string | undefined = defaultActionText): Ladder {
  const sentAt = new Map<SentSegment, number>();
  const arrows: LadderArrow[] = [];
  const marks: LadderMark[] = [];
  run.steps.forEach((step, i) => {
    const frame = i + 1;
    for (const s of step.sent) sentAt.set(s, frame);
    const { event } = step;
    const changed = new Map<Side, TcpState>();
    for (const tr of step.transitions) changed.set(tr.side, tr.to);
    const mark = (side: Side, extra: Partial<LadderMark>): void => {
      const state = changed.get(side);
      marks.push({ frame, side, ...extra, ...(state ? { state } : {}) });
      changed.delete(side);
    };
    if (event.kind === 'call') mark(event.side, { call: event.call.name });
    else if (event.kind === 'timer') mark(event.side, { timer: event.timer });
    for (const side of changed.keys()) mark(side, {});
    if (event.kind === 'arrive' || event.kind === 'lost') {
      const s = event.segment;
      // An injected old duplicate was sent by nobody here: it comes in from just above its arrival.
      const from = s.injected ? frame - 0.6 : (sentAt.get(s) ?? frame);
      arrows.push({
        id: `${s.id}@${frame}`,
        from: s.from,
        sentAt: from,
        endsAt: frame,
        lost: event.kind === 'lost',
        injected: s.injected,
        flags: flagsText(s),
        numbers: numbersText(s),
      });
    }
  });
  const frames = run.steps.length + 1;
  const initial = { client: run.initial.client.state, server: run.initial.server.state };
  return {
    frames,
    height: rowY(frames - 1) + LADDER.bottom,
    initial,
    marks,
    arrows,
    labels: placeLabels(arrows, markBoxes({ marks, initial }, actionText)),
  };
}

/** A call as `connect()`, a timer by its kind (the drawing passes the page language's names). */
export function defaultActionText(m: LadderMark): string | undefined {
  return m.call ? `${m.call}()` : m.timer;
}

/**
 * Where an arrow starts and ends. A lost segment is drawn on the path it would have taken, stopped
 * halfway across: the network dropped it on the way.
 */
export function arrowEnds(a: LadderArrow): { x1: number; y1: number; x2: number; y2: number } {
  const x1 = LADDER.x[a.from];
  const y1 = rowY(a.sentAt);
  const x2 = LADDER.x[a.from === 'client' ? 'server' : 'client'];
  const y2 = rowY(a.endsAt);
  return a.lost ? { x1, y1, x2: (x1 + x2) / 2, y2: (y1 + y2) / 2 } : { x1, y1, x2, y2 };
}

/** Names a mark's call as `connect()` and its timer by the page language's name for it. */
export function actionTextOf(timerNames: Readonly<Record<string, string>>): (m: LadderMark) => string | undefined {
  return (m) => (m.call ? `${m.call}()` : m.timer ? (timerNames[m.timer] ?? m.timer) : undefined);
}
