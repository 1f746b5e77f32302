/**
 * The geometry of a ladder (time-sequence) diagram of a run: one row per step, the client's line
 * on the left, the server's on the right, one arrow per segment from the row that sent it to the
 * row where it arrived (or was lost). Pure data, so the SVG component only draws it.
 */
import type { Run, SentSegment } from '../../core/simulate.ts';
import { flagsLabel, type CallName, type Side, type TcpState, type TimerKind } from '../../core/types.ts';

export const LADDER = {
  width: 400,
  /** x of each side's vertical line. */
  x: { client: 98, server: 302 } as Readonly<Record<Side, number>>,
  /** y of frame 0 (the participants' heads sit above it). */
  top: 44,
  row: 38,
  bottom: 14,
} as const;

export function rowY(frame: number): number {
  return LADDER.top + frame * LADDER.row;
}

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
}

/** 'SYN+ACK', 'FIN+ACK' — the flags as written on the arrow, as the lessons write them. */
export function flagsText(s: SentSegment): string {
  return flagsLabel(s.segment.flags);
}

/** 'seq=300 ack=101 len=5' — the numbers, in decimal as on the wire. */
export function numbersText(s: SentSegment): string {
  const { seq, ack, len } = s.segment;
  return [`seq=${seq}`, ack === null ? '' : `ack=${ack}`, len > 0 ? `len=${len}` : ''].filter(Boolean).join(' ');
}

export function ladderOf(run: Run): Ladder {
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
  return {
    frames,
    height: rowY(frames - 1) + LADDER.bottom,
    initial: { client: run.initial.client.state, server: run.initial.server.state },
    marks,
    arrows,
  };
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
