/**
 * The stepper's strings for one language, and the pick that makes them from a dictionary (the
 * static picture's at build time; the live island gets the same pick in its lesson's messages).
 */
import type { Run } from '../../core/simulate.ts';
import { TIMER_KINDS } from '../../core/types.ts';
import { unprefixed } from '../../i18n/reason-format.ts';
import type { stepperStrings } from '../../i18n/sections/stepper.ts';

type StepperKey = keyof (typeof stepperStrings)['en'];
/** The stepper's strings for one language, keys without the 'stepper.' prefix. */
export type StepperStrings = Readonly<Record<StepperKey extends `stepper.${infer K}` ? K : never, string>>;

/** The pick from a dictionary: 'stepper.x' keys without their prefix. */
export function stepperStringsOf(dictionary: Readonly<Record<string, string>>): StepperStrings {
  return unprefixed(dictionary, 'stepper.') as StepperStrings;
}

/**
 * The strings a live stepper of these runs (one per profile it offers) can show: its controls',
 * plus those of events only some runs have: a lost or injected segment, a timer, a call that
 * fails, a choice of profile. A lesson's message file carries just these (src/i18n/lesson-messages.ts);
 * tests/unit/stepper.test.ts walks every frame of every library scenario with only these strings.
 */
export function stepperStringsFor(all: StepperStrings, runs: readonly Run[]): Partial<StepperStrings> {
  const events = runs.flatMap((run) => run.steps.map((step) => step.event));
  const timers = new Set(events.flatMap((event) => (event.kind === 'timer' ? [event.timer] : [])));
  const unused = new Set<string>(TIMER_KINDS.filter((timer) => !timers.has(timer)).map((timer) => `timer.${timer}`));
  if (timers.size === 0) unused.add('event.timer');
  if (!events.some((event) => event.kind === 'lost')) unused.add('event.lost').add('lost');
  if (!events.some((event) => event.kind === 'arrive' && event.segment.injected)) unused.add('event.inject');
  if (!runs.some((run) => run.steps.some((step) => step.returns.some((r) => r.error)))) unused.add('fails');
  if (runs.length < 2) for (const key of Object.keys(all)) if (key.startsWith('profile')) unused.add(key);
  return Object.fromEntries(Object.entries(all).filter(([key]) => !unused.has(key))) as Partial<StepperStrings>;
}
