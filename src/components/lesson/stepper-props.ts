/**
 * Build-time work for <Stepper>: the runs, which profiles are worth offering (only those whose
 * trace differs from the default's), and the static picture's strings in the page's language.
 */
import type { Scenario } from '../../core/scenario.ts';
import { SCENARIOS, type ScenarioId } from '../../core/scenarios.ts';
import { simulate, toOracleTrace, type Run } from '../../core/simulate.ts';
import { PROFILES, type Profile } from '../../core/types.ts';
import { dictionaries, type Locale } from '../../i18n/index.ts';
import { reasonMessagesOf, type ReasonMessages } from '../../i18n/reason-format.ts';
import { stepperStringsOf, type StepperStrings } from '../../islands/stepper/strings.ts';

export interface StepperInput {
  readonly scenario: ScenarioId;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly profiles?: readonly Profile[];
}

export interface StepperBuild {
  /** Profiles the island offers, default first; one means no choice. */
  readonly profiles: readonly Profile[];
  /** The built scenario of each offered profile, in that order: the island's prop (it simulates them). */
  readonly scenarios: readonly Scenario[];
  /** The run of each offered profile, in that order: the first, the default's, is the static picture. */
  readonly runs: readonly [Run, ...Run[]];
  readonly strings: StepperStrings;
  readonly messages: ReasonMessages;
  /** Every reason key the offered runs can show: its lesson's message file must have them all. */
  readonly reasonKeys: readonly string[];
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
  const dictionary = dictionaries[locale];
  return {
    profiles: offered,
    scenarios: offered.map((p) => built.get(p)!),
    runs: offered.map((p) => runs.get(p)!) as [Run, ...Run[]], // `offered` always starts with `preferred`
    strings: stepperStringsOf(dictionary),
    messages: reasonMessagesOf(dictionary),
    reasonKeys: [...new Set(offered.flatMap((p) => runReasonKeys(runs.get(p)!)))],
  };
}

/** Every reason key a run can show: its steps' (which include the sent segments'). */
export function runReasonKeys(run: Run): string[] {
  return [...run.steps.flatMap((step) => step.reasons.map((r) => r.key)), ...run.segments.map((s) => s.reason.key)];
}

