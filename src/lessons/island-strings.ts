/**
 * What an island is handed in the page's language: exactly the strings and reason templates it
 * can show, picked from the whole dictionary at build time. The wrappers pass these as props, so
 * they travel in the page's HTML and the island bundles no dictionary.
 */
import type { Run } from '../core/simulate.ts';
import { TIMER_KINDS } from '../core/types.ts';
import { kindStrings, type QuizKind } from '../quiz/index.ts';
import { MISCONCEPTION_PREFIX } from '../quiz/reason-keys.ts';
import { reasonTemplate, type ReasonMessages } from '../i18n/reason-format.ts';
import type { HeaderNotes } from '../i18n/sections/header-notes.en.ts';
import type { StepperStrings } from '../i18n/sections/stepper.ts';

type Strings = Readonly<Record<string, string>>;

const pick = (dictionary: Strings, test: (key: string) => boolean): Record<string, string> =>
  Object.fromEntries(Object.entries(dictionary).filter(([key]) => test(key)));

/** Just the templates `keys` need, resolved ('*.suffix' ones under their real key). */
export function pickReasonMessages(keys: Iterable<string>, messages: ReasonMessages): ReasonMessages {
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const template = reasonTemplate(key, messages);
    if (template !== undefined) picked[key] = template;
  }
  return picked;
}

/**
 * The strings a live stepper of these runs (one per profile it offers) can show: its controls',
 * plus those of events only some runs have: a lost or injected segment, a timer, a call that
 * fails, a choice of profile. tests/unit/stepper.test.ts walks every frame of every library
 * scenario with only these strings.
 */
export function stepperIslandStrings(all: StepperStrings, runs: readonly Run[]): Partial<StepperStrings> {
  const events = runs.flatMap((run) => run.steps.map((step) => step.event));
  const timers = new Set(events.flatMap((event) => (event.kind === 'timer' ? [event.timer] : [])));
  const unused = new Set<string>(TIMER_KINDS.filter((timer) => !timers.has(timer)).map((timer) => `timer.${timer}`));
  if (timers.size === 0) unused.add('event.timer');
  if (!events.some((event) => event.kind === 'lost')) unused.add('event.lost').add('lost');
  if (!events.some((event) => event.kind === 'arrive' && event.segment.injected)) unused.add('event.inject');
  if (!runs.some((run) => run.steps.some((step) => step.returns.some((r) => r.error)))) unused.add('fails');
  if (runs.length < 2) for (const key of Object.keys(all)) if (key.startsWith('profile')) unused.add(key);
  // What only the static picture says (its heading over the list of steps) stays out too.
  unused.add('steps');
  return Object.fromEntries(Object.entries(all).filter(([key]) => !unused.has(key))) as Partial<StepperStrings>;
}

/** Quiz strings only the build uses (the wrapper's heading and intro, the page's static quiz). */
const BUILD_ONLY_QUIZ_KEY = /^(quiz\.(heading|intro|noscript|static\..*)|progress\.completed)$/;

/**
 * The live quiz's `quiz.*` and `progress.*` strings for a quiz of these kinds: those no kind
 * claims as its own, and those its kinds claim (src/quiz/kinds/: each kind's `strings`); of the
 * claimed misconceptions, given `misconceptions`, only those its questions can show
 * (src/quiz/reason-keys.ts).
 */
export function quizIslandStrings(dictionary: Strings, kinds: readonly QuizKind[], misconceptions?: ReadonlySet<string>): Record<string, string> {
  const { needed, claimed } = kindStrings(kinds);
  const shown = (k: string) => !misconceptions || !k.startsWith(MISCONCEPTION_PREFIX) || misconceptions.has(k);
  return pick(dictionary, (k) => /^(quiz|progress)\./.test(k) && !BUILD_ONLY_QUIZ_KEY.test(k) && (!claimed.has(k) || (needed.has(k) && shown(k))));
}

/** The header explorer's field notes ('header.note.*'). */
export function headerNotesOf(dictionary: Strings): HeaderNotes {
  return pick(dictionary, (k) => k.startsWith('header.note.')) as HeaderNotes;
}

/**
 * A live quiz's strings in two parts: those no kind claims, the same in every quiz of a language
 * (a data file of their own, so a learner's browser fetches them once for the whole course), and
 * those its kinds claim, which differ from quiz to quiz and come with the island.
 */
export function quizStringParts(strings: Readonly<Record<string, string>>): { readonly shared: Record<string, string>; readonly own: Record<string, string> } {
  const { claimed } = kindStrings([]);
  const entries = Object.entries(strings);
  return {
    shared: Object.fromEntries(entries.filter(([key]) => !claimed.has(key))),
    own: Object.fromEntries(entries.filter(([key]) => claimed.has(key))),
  };
}
