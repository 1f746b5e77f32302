/**
 * What a lesson's islands say in the browser: one file per lesson and language with exactly the
 * strings and reason templates that lesson's islands can show, and nothing else (issue 4, item 8:
 * a lesson page ships at most 30 KB of gzip JavaScript in all). One file compresses better than
 * the several it replaces (Chinese text especially), and a lesson whose quiz asks about a handful
 * of segments no longer fetches every template of their group.
 *
 * Not for the built site's browser code: this imports every dictionary and runs the core (the dev
 * server alone runs it in the browser, so edits show at once). src/plugins/lesson-messages.ts
 * writes `lessonMessages()` into those files; the wrappers (src/components/lesson/*.astro) check that
 * what their island will show is in its lesson's file, so this table cannot silently fall behind a
 * lesson's MDX.
 */
import { stepperBuild, type StepperBuild } from '../components/lesson/stepper-props.ts';
import type { ScenarioId } from '../core/scenarios.ts';
import { stepperStringsFor, stepperStringsOf } from '../islands/stepper/strings.ts';
import { KIND_ONLY_STRINGS, LESSON_POOLS, QUIZ_KINDS, type QuizKind } from '../quiz/index.ts';
import { quizReasonKeys } from '../quiz/reason-keys.ts';
import { dictionaries } from './index.ts';
import { locales, type Locale } from './locales.ts';
import { pickReasonMessages, reasonMessagesOf, type ReasonMessages } from './reason-format.ts';

/** A lesson's islands: what its MDX puts on the page (the quiz's pool is in src/quiz/lessons.ts). */
export interface LessonIslands {
  /** The kinds its quiz asks (all of them when not given). */
  readonly quizKinds?: readonly QuizKind[];
  /** The scenarios its steppers replay (with their default parameters and profiles, as <Stepper> offers them). */
  readonly steppers?: readonly ScenarioId[];
  readonly headerExplorer?: boolean;
}

export const LESSON_ISLANDS: Readonly<Record<string, LessonIslands>> = {
  'tcp-header': { headerExplorer: true, quizKinds: ['which-flags', 'seq-value', 'ack-value'] },
  'three-way-handshake': { steppers: ['normal-open', 'simultaneous-open'] },
};

/** What one lesson's file holds, in one language. */
export interface LessonMessages {
  /** The quiz island's `quiz.*` and `progress.*` strings (prefixes kept; other kinds' own left out), when the lesson has a quiz. */
  readonly quiz?: Readonly<Record<string, string>>;
  /** The stepper's strings its steppers can show, without their 'stepper.' prefix, when the lesson has one. */
  readonly stepper?: Readonly<Record<string, string>>;
  /** `header.note.*` strings, when the lesson has a header explorer. */
  readonly headerNotes?: Readonly<Record<string, string>>;
  /** The reason templates the lesson's quiz and steppers can show, resolved under their exact keys. */
  readonly reasons: ReasonMessages;
}

/** Quiz strings only the build uses (the wrapper's heading and intro, the page's static quiz). */
const BUILD_ONLY_QUIZ_KEY = /^(quiz\.(heading|intro|noscript|static\..*)|progress\.completed)$/;

/** The key of a lesson's file in a language: the islands' `messages` prop. */
export function lessonMessagesKey(lesson: string, locale: Locale): string {
  return `${lesson}.${locale}`;
}

/** Every lesson that has islands (and so a file per language). */
export function lessonsWithIslands(): string[] {
  return [...new Set([...Object.keys(LESSON_POOLS), ...Object.keys(LESSON_ISLANDS)])].sort();
}

/** Every lesson file there is: its key, lesson and language. */
export function lessonMessagesFiles(): { key: string; lesson: string; locale: Locale }[] {
  return lessonsWithIslands().flatMap((lesson) => locales.map((locale) => ({ key: lessonMessagesKey(lesson, locale), lesson, locale })));
}

/**
 * One value per lesson, computed once: every wrapper of every page in both languages, and the
 * plugin's files, ask for the same lesson's runs and keys (each some tens of ms of simulation).
 */
function perLesson<T>(compute: (lesson: string) => T): (lesson: string) => T {
  const cache = new Map<string, T>();
  return (lesson) => {
    if (!cache.has(lesson)) cache.set(lesson, compute(lesson));
    return cache.get(lesson) as T;
  };
}

/** The lesson's steppers as <Stepper scenario="…"> builds them (the language only changes their strings). */
const steppersOf = perLesson((lesson): readonly StepperBuild[] =>
  (LESSON_ISLANDS[lesson]?.steppers ?? []).map((scenario) => stepperBuild({ scenario }, 'en')),
);

/** Every reason key a lesson's islands can show. */
export const lessonReasonKeys = perLesson((lesson): ReadonlySet<string> => {
  const kinds = LESSON_ISLANDS[lesson]?.quizKinds ?? QUIZ_KINDS;
  const keys = new Set<string>(lesson in LESSON_POOLS ? quizReasonKeys(lesson, kinds) : []);
  for (const stepper of steppersOf(lesson)) for (const key of stepper.reasonKeys) keys.add(key);
  return keys;
});

const pick = (dictionary: Readonly<Record<string, string>>, test: (key: string) => boolean): Record<string, string> =>
  Object.fromEntries(Object.entries(dictionary).filter(([key]) => test(key)));

export function lessonMessages(lesson: string, locale: Locale): LessonMessages {
  const dictionary: Readonly<Record<string, string>> = dictionaries[locale];
  const islands = LESSON_ISLANDS[lesson] ?? {};
  const hasQuiz = lesson in LESSON_POOLS;
  if (!hasQuiz && !(lesson in LESSON_ISLANDS)) throw new Error(`No islands are declared for lesson "${lesson}"`);
  const kinds = islands.quizKinds ?? QUIZ_KINDS;
  const otherKinds = new Set(QUIZ_KINDS.filter((kind) => !kinds.includes(kind)).flatMap((kind) => KIND_ONLY_STRINGS[kind]));
  const quizKey = (k: string) => /^(quiz|progress)\./.test(k) && !BUILD_ONLY_QUIZ_KEY.test(k) && !otherKinds.has(k);
  return {
    ...(hasQuiz ? { quiz: pick(dictionary, quizKey) } : {}),
    ...(islands.steppers?.length ? { stepper: Object.assign({}, ...steppersOf(lesson).map((s) => stepperStringsFor(stepperStringsOf(dictionary), s.runs))) } : {}),
    ...(islands.headerExplorer ? { headerNotes: pick(dictionary, (k) => k.startsWith('header.note.')) } : {}),
    reasons: pickReasonMessages(lessonReasonKeys(lesson), reasonMessagesOf(dictionary)),
  };
}

/**
 * Why a wrapper's island would show something its lesson's file lacks (empty when nothing):
 * the wrappers throw with this, naming the table to update.
 */
export function missingFromLesson(
  lesson: string,
  needs: { island: 'quiz' | 'headerExplorer' | 'steppers'; reasonKeys?: Iterable<string>; quizKinds?: readonly QuizKind[] },
): string[] {
  const problems: string[] = [];
  const islands = LESSON_ISLANDS[lesson] ?? {};
  const where = 'LESSON_ISLANDS in src/i18n/lesson-messages.ts';
  if (needs.island === 'quiz' && !(lesson in LESSON_POOLS)) problems.push(`lesson "${lesson}" has no quiz pool in src/quiz/lessons.ts`);
  const undeclared = (needs.quizKinds ?? []).filter((kind) => !(islands.quizKinds ?? QUIZ_KINDS).includes(kind));
  if (undeclared.length > 0) problems.push(`add the quiz kind(s) ${undeclared.join(', ')} to quizKinds of "${lesson}" in ${where}`);
  if (needs.island === 'headerExplorer' && !islands.headerExplorer) problems.push(`declare headerExplorer: true for "${lesson}" in ${where}`);
  if (needs.island === 'steppers' && !islands.steppers?.length) problems.push(`declare the steppers' scenarios of "${lesson}" in ${where}`);
  const missing = [...new Set(needs.reasonKeys ?? [])].filter((key) => !lessonReasonKeys(lesson).has(key));
  if (missing.length > 0) {
    problems.push(`its message file lacks the reason(s) ${missing.join(', ')}: add the scenario (or the params that cause them) for "${lesson}" in ${where}`);
  }
  return problems;
}

/** The lesson a page shows, from its path ('/base/zh/lessons/tcp-header/' → 'tcp-header'). */
export function lessonOfPath(pathname: string): string | undefined {
  return /\/lessons\/([\w-]+)\/?(?:index\.html)?$/.exec(pathname)?.[1];
}
