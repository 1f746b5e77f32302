/**
 * Build-time work for <Stepper>: which profiles are worth offering (only those whose trace differs
 * from the default's), and the few strings and reason templates the island needs in the page's
 * language — so the island never bundles a dictionary.
 */
import { SCENARIOS, type ScenarioId } from '../../core/scenarios.ts';
import { toOracleTrace } from '../../core/simulate.ts';
import { PROFILES, type Profile } from '../../core/types.ts';
import { dictionaries, type Locale } from '../../i18n/index.ts';
import { pickReasonMessages, reasonMessagesOf, type ReasonMessages } from '../../i18n/reason-format.ts';
import { stepperStringsOf, type StepperStrings } from '../../islands/stepper/explain.ts';
import { runsOf } from '../../stores/stepper.ts';

export interface StepperInput {
  readonly scenario: ScenarioId;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly profiles?: readonly Profile[];
}

export interface StepperBuildProps {
  readonly profiles: readonly Profile[];
  readonly strings: StepperStrings;
  readonly messages: ReasonMessages;
}

export function stepperBuildProps({ scenario, params = {}, profiles = PROFILES }: StepperInput, locale: Locale): StepperBuildProps {
  if (!(scenario in SCENARIOS)) throw new Error(`<Stepper scenario="${scenario}">: no such scenario in src/core/scenarios.ts`);
  const defaults = SCENARIOS[scenario].defaults as { profile?: Profile };
  const preferred = (params.profile as Profile | undefined) ?? defaults.profile ?? profiles[0] ?? 'rfc9293';
  const ordered = [preferred, ...profiles.filter((p) => p !== preferred)];
  const runs = runsOf({ scenario, params }, ordered);
  const traceOf = (p: Profile) => JSON.stringify(toOracleTrace(runs[p]!));
  const offered = ordered.filter((p, i) => i === 0 || traceOf(p) !== traceOf(preferred));
  const keys = new Set(offered.flatMap((p) => runs[p]!.steps.flatMap((step) => step.reasons.map((r) => r.key))));
  const dictionary = dictionaries[locale];
  return {
    profiles: offered,
    strings: stepperStringsOf(dictionary),
    messages: pickReasonMessages(keys, reasonMessagesOf(dictionary)),
  };
}
