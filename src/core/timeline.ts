// Stepping through a run, forward and backward, for the views.
//
// The simulation already recorded both endpoints after every step, so a frame is
// a lookup, never a replay: next(), prev() and seek() are O(1) whichever way the
// learner goes. Cursors are immutable values (moving returns another cursor, the
// same object for the same index), so a store can hold one and compare by identity.
import type { Replay, Step, StepEvent } from './simulate.ts';

/**
 * What the views show at one point of the run: a step of the run (both endpoints after it, the
 * segments it sent and those still travelling, its transitions, reasons and call returns), with
 * `index` counting frames. Frame 0 is before anything happened: time 0, no event.
 */
export interface Frame extends Omit<Step, 'event'> {
  /** The event this step processed; null for frame 0. */
  readonly event: StepEvent | null;
}

export interface TimelineCursor {
  /** Number of frames: the run's steps plus frame 0. */
  readonly length: number;
  /** Index of the current frame, 0 ≤ index < length. */
  readonly index: number;
  /** The current frame. */
  readonly frame: Frame;
  readonly atStart: boolean;
  readonly atEnd: boolean;
  /** Frame i of the run (independent of the cursor); RangeError outside 0..length−1. */
  at(i: number): Frame;
  /** The cursor one frame on (itself at the end). */
  next(): TimelineCursor;
  /** The cursor one frame back (itself at the start). */
  prev(): TimelineCursor;
  /** The cursor at frame i, clamped to 0..length−1. */
  seek(i: number): TimelineCursor;
}

function framesOf(run: Replay): readonly Frame[] {
  const first: Frame = Object.freeze({
    index: 0,
    t: 0,
    event: null,
    client: run.initial.client,
    server: run.initial.server,
    inFlight: [],
    sent: [],
    transitions: [],
    reasons: [],
    returns: [],
  });
  const rest = run.steps.map((step, i): Frame => Object.freeze({ ...step, index: i + 1 }));
  return Object.freeze([first, ...rest]);
}

/** A cursor at frame 0 of `run`. */
export function createTimeline(run: Replay): TimelineCursor {
  const frames = framesOf(run);
  const length = frames.length;
  const cursors: (TimelineCursor | undefined)[] = new Array(length);

  const at = (i: number): Frame => {
    const frame = Number.isInteger(i) ? frames[i] : undefined;
    if (frame === undefined) throw new RangeError(`frame ${i} is outside 0..${length - 1}`);
    return frame;
  };
  const clamp = (i: number): number => Math.min(length - 1, Math.max(0, Math.trunc(i)));

  const cursor = (index: number): TimelineCursor =>
    (cursors[index] ??= Object.freeze({
      length,
      index,
      frame: at(index),
      atStart: index === 0,
      atEnd: index === length - 1,
      at,
      next: () => cursor(Math.min(index + 1, length - 1)),
      prev: () => cursor(Math.max(index - 1, 0)),
      seek: (i: number) => cursor(Number.isNaN(i) ? index : clamp(i)),
    }));

  return cursor(0);
}
