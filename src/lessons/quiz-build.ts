/**
 * Build-time work for <Quiz>: the default variant's questions for the static page, and exactly
 * the strings and reason templates the live island can show for its pool and kinds (its props).
 */
import { dictionaries, type Locale } from '../i18n/index.ts';
import { reasonMessagesOf, type ReasonMessages } from '../i18n/reason-format.ts';
import { defaultSeed, formatSeed, isQuizKind, makeQuiz, poolNeeds, QUIZ_KINDS, type Question, type QuizKind, type QuizPool } from '../quiz/index.ts';
import { quizSampledKeys, type SampledKeys } from '../quiz/reason-keys.ts';
import { pickReasonMessages, quizIslandStrings } from './island-strings.ts';

export interface QuizInput {
  /** What the quiz's progress is kept under (a lesson's id); its default seed follows from it. */
  readonly id: string;
  readonly pool: QuizPool;
  readonly kinds: readonly QuizKind[];
  readonly count: number;
}

export interface QuizBuild {
  /** The default seed, URL form. */
  readonly seed: string;
  /** The default variant, for the static page. */
  readonly questions: readonly Question[];
  readonly island: { readonly strings: Readonly<Record<string, string>>; readonly reasons: ReasonMessages };
}

/** The id of a quiz's heading: its <section> is labelled by it, a lesson's table of contents links to it. */
export function quizHeadingId(id: string): string {
  return `quiz-${id}-heading`;
}

/** Whether a lesson's MDX places a quiz (a <Quiz> line of its own, as lessons write it). */
export function placesQuiz(mdx: string): boolean {
  return /^<Quiz[\s/>]/m.test(mdx);
}

/** What is wrong with a quiz's input (empty when nothing): the wrapper throws with it. */
export function quizInputProblems({ pool, kinds, count }: QuizInput): string[] {
  const problems: string[] = [];
  const unknown = kinds.filter((k) => !isQuizKind(k));
  if (unknown.length > 0) problems.push(`unknown kind(s) ${unknown.join(', ')}; known: ${QUIZ_KINDS.join(', ')}`);
  if (kinds.length === 0) problems.push('no kinds to ask');
  if (!Number.isInteger(count) || count < 1) problems.push(`count must be a positive whole number, not ${count}`);
  const needs = poolNeeds(kinds.filter(isQuizKind));
  if (needs.has('situations') && pool.situations.length === 0) problems.push('it asks next-state questions but its pool has no situations');
  if (needs.has('segments') && pool.segments.length === 0) problems.push('it asks about segments but its pool has none');
  return problems;
}

// Every page of a lesson, in both languages, asks for the same keys (some tens of ms of quizzes).
const sampledKeysCache = new Map<string, SampledKeys>();
function sampledKeysOf(pool: QuizPool, kinds: readonly QuizKind[]): SampledKeys {
  const key = JSON.stringify([pool, kinds]);
  let keys = sampledKeysCache.get(key);
  if (!keys) sampledKeysCache.set(key, (keys = quizSampledKeys(pool, kinds)));
  return keys;
}

export function reasonKeysOf(pool: QuizPool, kinds: readonly QuizKind[]): ReadonlySet<string> {
  return sampledKeysOf(pool, kinds).reasons;
}

export function quizBuild(input: QuizInput, locale: Locale): QuizBuild {
  const problems = quizInputProblems(input);
  if (problems.length > 0) throw new Error(`<Quiz id="${input.id}">: ${problems.join('; ')}`);
  const { id, pool, kinds, count } = input;
  const seed = defaultSeed(id);
  const dictionary = dictionaries[locale];
  return {
    seed: formatSeed(seed),
    questions: makeQuiz(pool, seed, kinds, count),
    island: {
      strings: quizIslandStrings(dictionary, kinds, sampledKeysOf(pool, kinds).misconceptions),
      reasons: pickReasonMessages(reasonKeysOf(pool, kinds), reasonMessagesOf(dictionary)),
    },
  };
}

/**
 * The kinds a lesson's quiz asks, read from its MDX's <Quiz> line (`kinds={['next-state', …]}`);
 * every kind when the line names none, null when the lesson places no quiz.
 */
export function quizKindsOf(mdx: string): QuizKind[] | null {
  const line = /^<Quiz[\s/>].*$/m.exec(mdx)?.[0];
  if (line === undefined) return null;
  const list = /kinds=\{\[([^\]]*)\]\}/.exec(line)?.[1];
  if (list === undefined) return [...QUIZ_KINDS];
  const names = [...list.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
  const unknown = names.filter((n) => !isQuizKind(n));
  if (unknown.length > 0) throw new Error(`<Quiz kinds>: unknown kind(s) ${unknown.join(', ')}`);
  return names as QuizKind[];
}
