/**
 * The lab workbench's state: the setup on the bench, its run (the core simulates every change at
 * once: a run of a lab-sized setup costs well under a frame), whether it reaches the level's
 * goal, and the setup's place in the URL (`?setup=`, src/lab/codec.ts), so the address always
 * reproduces the run on the screen. A level solved by the learner's own change is kept in
 * progress; opening a link, or the "show me" solution, does not count.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { simulate, type Run } from '../core/simulate.ts';
import { decodeSetup, encodeSetup, isValidSetup, SETUP_PARAM, type SetupProblem } from '../lab/codec.ts';
import { GOALS, type GoalId } from '../lab/goals.ts';
import { toScenario, type LabSetup } from '../lab/setup.ts';
import { recordLabSolved } from './progress.ts';

export interface LabStore {
  readonly $setup: ReadableAtom<LabSetup>;
  readonly $run: ReadableAtom<Run>;
  readonly $solved: ReadableAtom<boolean>;
  /** The bench holds the "show me" solution, unchanged since. */
  readonly $shown: ReadableAtom<boolean>;
  /** What was wrong with the URL's setup when the bench opened, if anything. */
  readonly problem: SetupProblem | null;
  /**
   * The learner's change: a new setup, or a change made to the setup as it is when applied (so
   * two changes made before the view renders again both count). A setup outside the lab's
   * bounds is ignored.
   */
  edit(change: LabSetup | ((current: LabSetup) => LabSetup)): void;
  showMe(): void;
  startOver(): void;
  /** The address that reproduces the bench. */
  link(): string;
}

/** The part of `window` the store needs (tests pass a fake). */
export interface LabWindow {
  readonly location: { readonly href: string };
  readonly history: { readonly state: unknown; replaceState(state: unknown, unused: string, url: string): void };
}

export interface LabOptions {
  readonly levelId: string;
  readonly goal: GoalId;
  readonly start: LabSetup;
  readonly solution: LabSetup;
  readonly win?: LabWindow;
  /** Where a solved level is kept (tests pass a spy). */
  readonly onSolved?: (levelId: string) => void;
}

export function createLabStore({ levelId, goal, start, solution, win = window, onSolved = recordLabSolved }: LabOptions): LabStore {
  const opened = decodeSetup(new URL(win.location.href).searchParams.get(SETUP_PARAM), start);
  const $setup = atom<LabSetup>(opened.setup);
  const $shown = atom(false);
  const $run = computed($setup, (setup) => simulate(toScenario(setup)));
  const $solved = computed($run, (run) => GOALS[goal](run));

  const link = (): string => {
    const url = new URL(win.location.href);
    if ($setup.get() === start) url.searchParams.delete(SETUP_PARAM);
    else url.searchParams.set(SETUP_PARAM, encodeSetup($setup.get()));
    return url.href;
  };
  const put = (setup: LabSetup, shown: boolean): void => {
    $shown.set(shown);
    $setup.set(setup);
    win.history.replaceState(win.history.state, '', link());
  };

  return {
    $setup,
    $run,
    $solved,
    $shown,
    problem: opened.ok ? null : opened.problem,
    edit(change) {
      const setup = typeof change === 'function' ? change($setup.get()) : change;
      if (!isValidSetup(setup)) return;
      put(setup, false);
      // Only the learner's own change solves a level: not a link someone else made, nor "show me".
      if ($solved.get()) onSolved(levelId);
    },
    showMe: () => put(solution, true),
    startOver: () => put(start, false),
    link,
  };
}
