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

export function stepperBuild({ scenario, params = {}, profiles = PROFILES }: StepperInput, locale: Locale): StepperBuild {
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
  const offeredRuns = offered.map((p) => runs.get(p)!) as [Run, ...Run[]]; // `offered` always starts with `preferred`
  const dictionary = dictionaries[locale];
  const strings = stepperStringsOf(dictionary);
  const messages = reasonMessagesOf(dictionary);
  const reasonKeys = [...new Set(offeredRuns.flatMap(runReasonKeys))];
  return {
    profiles: offered,
    runs: offeredRuns,
    strings,
    messages,
    reasonKeys,
    island: { strings: stepperIslandStrings(strings, offeredRuns), reasons: pickReasonMessages(reasonKeys, messages) },
  };
}

/** Every reason key a run can show: its steps' (which include the sent segments'). */
export function runReasonKeys(run: Run): string[] {
  return [...run.steps.flatMap((step) => step.reasons.map((r) => r.key)), ...run.segments.map((s) => s.reason.key)];
}
