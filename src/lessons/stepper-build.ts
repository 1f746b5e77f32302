/**
 * Build-time work for <Stepper>: the runs, which profiles are worth offering (only those whose
 * trace differs from the default's), the static picture's strings in the page's language, and
 * exactly the strings and reason templates the live island can show (its props).
 */
import type { Scenario } from '../core/scenario.ts';
import { SCENARIOS, type ScenarioId } from '../core/scenarios.ts';
import { toOracleTrace } from '../core/oracle.ts';
import { simulate, type Run } from '../core/simulate.ts';
import { PROFILES, type Profile } from '../core/types.ts';
import { dictionaries, type Locale } from '../i18n/index.ts';
import { reasonMessagesOf, type ReasonMessages } from '../i18n/reason-format.ts';
import { stepperStringsOf, type StepperStrings } from '../i18n/sections/stepper.ts';
import { pickReasonMessages, stepperIslandStrings } from './island-strings.ts';

export interface StepperInput {
  readonly scenario: ScenarioId;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly profiles?: readonly Profile[];
}

export interface StepperBuild {
  /** Profiles the island offers, default first; one means no choice. */
  readonly profiles: readonly Profile[];
  /**
   * The run of each offered profile, in that order: the island's data file, and the first, the
   * default's, is the static picture.
   */
  readonly runs: readonly [Run, ...Run[]];
  /** Every stepper string and reason template, for the static picture (rendered here, never shipped). */
  readonly strings: StepperStrings;
  readonly messages: ReasonMessages;
  /** Every reason key the offered runs can show. */
  readonly reasonKeys: readonly string[];
  /** What the live island can show of them: its props. */
  readonly island: { readonly strings: Partial<StepperStrings>; readonly reasons: ReasonMessages };
}

export function stepperBuild(input: StepperInput, locale: Locale): StepperBuild {
  const { profiles, runs } = stepperRuns(input);
  const dictionary = dictionaries[locale];
  const strings = stepperStringsOf(dictionary);
  const messages = reasonMessagesOf(dictionary);
  const reasonKeys = [...new Set(runs.flatMap(runReasonKeys))];
  return {
    profiles,
    runs,
    strings,
    messages,
    reasonKeys,
    island: { strings: stepperIslandStrings(strings, runs), reasons: pickReasonMessages(reasonKeys, messages) },
  };
}

/** What decides a stepper's runs, as a key: two placements with the same key run the same. */
export function stepperKey({ scenario, params = {}, profiles = PROFILES }: StepperInput): string {
  const sorted = Object.fromEntries(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify([scenario, sorted, profiles]);
}

const runsByKey = new Map<string, Pick<StepperBuild, 'profiles' | 'runs'>>();

/**
 * The profiles worth offering and their runs, default first. The same for every language, and
 * asked for by each stepper of a page for the page's others too: simulated once per build.
 */
export function stepperRuns(input: StepperInput): Pick<StepperBuild, 'profiles' | 'runs'> {
  const key = stepperKey(input);
  let found = runsByKey.get(key);
  if (!found) {
    found = simulateStepper(input);
    runsByKey.set(key, found);
  }
  return found;
}

function simulateStepper({ scenario, params = {}, profiles = PROFILES }: StepperInput): Pick<StepperBuild, 'profiles' | 'runs'> {
  if (!(scenario in SCENARIOS)) throw new Error(`<Stepper scenario="${scenario}">: no such scenario in src/core/scenarios.ts`);
  const defaults = SCENARIOS[scenario].defaults as { profile?: Profile };
  const preferred = (params.profile as Profile | undefined) ?? defaults.profile ?? profiles[0] ?? 'rfc9293';
  const ordered = [preferred, ...profiles.filter((p) => p !== preferred)];
  const build = SCENARIOS[scenario].build as (p: Readonly<Record<string, unknown>>) => Scenario;
  // Keyed by the profile asked for: a builder ignores a profile its story does not support.
  const built = new Map(ordered.map((profile) => [profile, build({ ...params, profile })]));
  const runs = new Map([...built].map(([profile, s]) => [profile, simulate(s)]));
  const traceOf = (p: Profile) => JSON.stringify(toOracleTrace(runs.get(p)!));
  const offered = ordered.filter((p, i) => i === 0 || traceOf(p) !== traceOf(preferred));
  return { profiles: offered, runs: offered.map((p) => runs.get(p)!) as [Run, ...Run[]] }; // `offered` always starts with `preferred`
}

/**
 * Where a stepper's runs are among its page's: the steppers the page places (its lesson's MDX,
 * src/lessons/placed-steppers.ts) share one data file, the runs of each in page order, and this
 * one's are at `at`. A stepper the page does not list (one placed by a component, not by MDX)
 * has a file of its own, at 0.
 */
export function pageStepperRuns(input: StepperInput, placed: readonly StepperInput[]): { readonly runs: readonly (readonly Run[])[]; readonly at: number } {
  const at = placed.findIndex((other) => stepperKey(other) === stepperKey(input));
  if (at < 0) return { runs: [stepperRuns(input).runs], at: 0 };
  return { runs: placed.map((other) => stepperRuns(other).runs), at };
}

/** Every reason key a run can show: its steps' (which include the sent segments'). */
export function runReasonKeys(run: Run): string[] {
  return [...run.steps.flatMap((step) => step.reasons.map((r) => r.key)), ...run.segments.map((s) => s.reason.key)];
}
