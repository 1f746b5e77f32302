/**
 * The connection stepper's state: which profile's run is shown, which frame of it, and whether it
 * plays by itself. One store per stepper island (`createStepperStore`), so two steppers on a page
 * never move each other. The core does the TCP; this only walks its timeline.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import type { Replay } from '../core/simulate.ts';
import { createTimeline, type Frame, type TimelineCursor } from '../core/timeline.ts';
import type { Profile } from '../core/types.ts';

/** How long a frame stays on screen while playing. */
export const PLAY_INTERVAL_MS = 1200;

/** Runs keyed by their profile, in the given order (the first is the default). */
export function byProfile(runs: readonly Replay[]): Partial<Record<Profile, Replay>> {
  return Object.fromEntries(runs.map((run) => [run.profile, run]));
}

export interface StepperStore {
  readonly profiles: readonly Profile[];
  /** The run shown for a profile (the default profile's when it has none). */
  runOf(profile: Profile): Replay;
  readonly $profile: ReadableAtom<Profile>;
  /** Frame index: 0 is before anything happened, `length − 1` is the end of the run. */
  readonly $index: ReadableAtom<number>;
  readonly $playing: ReadableAtom<boolean>;
  readonly $timeline: ReadableAtom<TimelineCursor>;
  readonly $frame: ReadableAtom<Frame>;
  forward(): void;
  back(): void;
  /** To frame 0. */
  reset(): void;
  toEnd(): void;
  /** To frame i, clamped to the run. */
  seek(i: number): void;
  /** Shows the other profile's run at the same frame number (clamped). */
  setProfile(profile: Profile): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
}

export interface StepperOptions {
  /** The runs to choose from; the first profile is the default. */
  readonly runs: Partial<Record<Profile, Replay>>;
  readonly profile?: Profile;
  readonly index?: number;
  /** Timer functions (tests pass fakes). */
  readonly clock?: { setInterval(fn: () => void, ms: number): unknown; clearInterval(handle: unknown): void };
}

export function createStepperStore({ runs, profile, index = 0, clock = globalThis as never }: StepperOptions): StepperStore {
  const timelines = new Map<Profile, TimelineCursor>();
  for (const [p, run] of Object.entries(runs) as [Profile, Replay][]) timelines.set(p, createTimeline(run));
  const profiles = [...timelines.keys()];
  const first = profiles[0];
  if (first === undefined) throw new Error('createStepperStore: no runs');
  const timelineOf = (p: Profile): TimelineCursor => timelines.get(p) ?? (timelines.get(first) as TimelineCursor);
  const runOf = (p: Profile): Replay => runs[p] ?? (runs[first] as Replay);

  const $profile = atom<Profile>(profile && timelines.has(profile) ? profile : first);
  const $timeline = computed($profile, timelineOf);
  const $index = atom(timelineOf($profile.get()).seek(index).index);
  const $frame = computed([$timeline, $index], (timeline, i) => timeline.at(i));
  const $playing = atom(false);
  let timer: unknown = null;

  const seek = (i: number): void => {
    $index.set($timeline.get().seek(i).index);
  };
  const pause = (): void => {
    if (timer !== null) clock.clearInterval(timer);
    timer = null;
    $playing.set(false);
  };
  const forward = (): void => {
    seek($index.get() + 1);
    if ($index.get() === $timeline.get().length - 1) pause();
  };
  const play = (): void => {
    if (timer !== null) return;
    // Playing from the end starts over, as a media player does.
    if ($index.get() === $timeline.get().length - 1) seek(0);
    $playing.set(true);
    timer = clock.setInterval(forward, PLAY_INTERVAL_MS);
  };

  return {
    profiles,
    runOf,
    $profile,
    $index,
    $playing,
    $timeline,
    $frame,
    forward,
    back: () => seek($index.get() - 1),
    reset: () => seek(0),
    toEnd: () => seek($timeline.get().length - 1),
    seek,
    setProfile(p) {
      if (!timelines.has(p)) return;
      $profile.set(p);
      seek($index.get());
    },
    play,
    pause,
    togglePlay: () => ($playing.get() ? pause() : play()),
  };
}
