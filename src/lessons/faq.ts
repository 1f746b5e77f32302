/**
 * The common questions (interviews, production): each answered in both languages, linked to the
 * lessons whose facts it states and to stepper steps that show it. A step is named by what it
 * shows (a segment sent, a state entered) and its number is worked out from the core's run of
 * that lesson's stepper, so a change to a scenario moves the link with it.
 */
import type { ScenarioId } from '../core/scenarios.ts';
import { createTimeline, type Frame } from '../core/timeline.ts';
import type { Profile, Side, TcpState } from '../core/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { stepperBuild } from './stepper-build.ts';
import { FAQ_ENTRIES } from './faq-entries.ts';

/** A lesson's stepper, as its MDX writes it: the one that owns the page's `#step=N`. */
export interface FaqStepper {
  readonly lesson: string;
  readonly scenario: ScenarioId;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly profiles?: readonly Profile[];
}

export type StepShows =
  | { readonly sent: { readonly from: Side; readonly nth: number } }
  | { readonly state: { readonly side: Side; readonly is: TcpState } };

export interface FaqStep {
  readonly stepper: FaqStepper;
  /** The profile to show; the stepper's default when left out. */
  readonly profile?: Profile;
  /** The first frame that shows this. */
  readonly shows: StepShows;
}

export interface FaqText {
  readonly question: string;
  /** A few sentences; `code` and RFC section references are rendered as such. */
  readonly answer: string;
}

export interface FaqEntry {
  /** Its anchor on the FAQ page. */
  readonly id: string;
  /** The lessons the answer's facts come from, the first the one that answers it. */
  readonly lessons: readonly [string, ...string[]];
  readonly steps: readonly FaqStep[];
  readonly en: FaqText;
  readonly zh: FaqText;
}

export const FAQ: readonly FaqEntry[] = FAQ_ENTRIES;

export function faqText(entry: FaqEntry, locale: Locale): FaqText {
  return entry[locale];
}

function showsIn(frame: Frame, shows: StepShows): boolean {
  if ('sent' in shows) return frame.sent.some((s) => s.from === shows.sent.from && s.nth === shows.sent.nth);
  return frame[shows.state.side].state === shows.state.is;
}

export interface ResolvedStep {
  readonly lesson: string;
  /** The frame number, as `#step=N` takes it. */
  readonly index: number;
  /** The URL fragment that opens the stepper there: `step=N`, plus the profile when not the default. */
  readonly fragment: string;
}

/** Where a step is: the first frame of the stepper's run (in the profile asked for) that shows it. */
export function resolveStep({ stepper, profile, shows }: FaqStep): ResolvedStep {
  const build = stepperBuild(stepper, 'en');
  const chosen = profile ?? build.profiles[0];
  const k = build.profiles.indexOf(chosen as Profile);
  const run = build.runs[k];
  if (!run) throw new Error(`FAQ step: the ${stepper.scenario} stepper of ${stepper.lesson} offers no ${chosen} profile`);
  const timeline = createTimeline(run);
  for (let i = 1; i < timeline.length; i++) {
    if (showsIn(timeline.at(i), shows)) {
      const fragment = k === 0 ? `step=${i}` : `step=${i}&profile=${chosen}`;
      return { lesson: stepper.lesson, index: i, fragment };
    }
  }
  throw new Error(`FAQ step: no frame of ${stepper.scenario} (${chosen}) shows ${JSON.stringify(shows)}`);
}
