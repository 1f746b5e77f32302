// Every reason key a quiz can explain with, and every misconception it can name: its questions'
// over many seeds.
// The keys depend on which segment or situation is asked and on the profile (and the kinds' own
// seeded parameters, from short lists), never on the ISNs,
// and a long quiz deals each kind's whole deck, so a few dozen seeds see them all
// (tests/unit/island-strings.test.ts checks that against many more). Build time only.
import type { ReasonKey } from '../core/reasons.ts';
import type { QuizPool } from './pool.ts';
import { numberMisconceptions } from './grading.ts';
import { QUIZ_KIND_MODULES, type Question } from './kinds/index.ts';
import { nextStateMisconceptions } from './kinds/next-state.ts';
import { flagsMisconceptions } from './kinds/which-flags.ts';
import { makeQuiz } from './quiz.ts';
import { seedOf } from './seed.ts';
import type { Misconception, QuizKind } from './types.ts';

function* sampledQuestions(pool: QuizPool, kinds: readonly QuizKind[], seeds: number): Generator<Question> {
  for (let n = 0; n < seeds; n++) yield* makeQuiz(pool, seedOf(Math.imul(n, 2654435761) >>> 0), kinds, 12 * kinds.length);
}

/**
 * Every misconception a wrong response to a question of the kind can betray, for the kinds that
 * say. They live here, not in the kind modules the island bundles: only the build asks.
 */
const MISCONCEPTIONS_OF: { readonly [K in QuizKind]?: (question: Extract<Question, { kind: K }>) => readonly Misconception[] } = {
  'next-state': nextStateMisconceptions,
  'ack-value': numberMisconceptions,
  'seq-value': numberMisconceptions,
  'which-flags': flagsMisconceptions,
};

/** What a quiz's questions can show: the reason keys they explain with, the misconception strings they can name. */
export interface SampledKeys {
  readonly reasons: Set<ReasonKey>;
  /** 'quiz.misconception.*' keys; a kind MISCONCEPTIONS_OF does not list keeps every one it claims. */
  readonly misconceptions: Set<string>;
}

/**
 * Both sets, from one pass over the sampled questions: which reasons and misconceptions a question
 * can show depends on what is asked and the profile, not on the ISNs.
 */
export function quizSampledKeys(pool: QuizPool, kinds: readonly QuizKind[], seeds = 32): SampledKeys {
  const reasons = new Set<ReasonKey>();
  const misconceptions = new Set<string>();
  for (const kind of kinds) {
    if (!MISCONCEPTIONS_OF[kind]) for (const key of QUIZ_KIND_MODULES[kind].strings) if (key.startsWith(MISCONCEPTION_PREFIX)) misconceptions.add(key);
  }
  for (const question of sampledQuestions(pool, kinds, seeds)) {
    for (const reason of question.explanation) reasons.add(reason.key);
    const of = MISCONCEPTIONS_OF[question.kind] as ((q: Question) => readonly Misconception[]) | undefined;
    for (const misconception of of?.(question) ?? []) misconceptions.add(MISCONCEPTION_PREFIX + misconception);
  }
  return { reasons, misconceptions };
}

/** The dictionary prefix of the misconceptions' strings. */
export const MISCONCEPTION_PREFIX = 'quiz.misconception.';
