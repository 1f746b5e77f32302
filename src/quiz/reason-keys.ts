// Every reason key a quiz can explain with: its questions' explanations over many seeds.
// The keys depend on which segment or situation is asked and on the profile (and the kinds' own
// seeded parameters, from short lists), never on the ISNs,
// and a long quiz deals each kind's whole deck, so a few dozen seeds see them all
// (tests/unit/island-strings.test.ts checks that against many more). Build time only.
import type { ReasonKey } from '../core/reasons.ts';
import type { QuizPool } from './pool.ts';
import { makeQuiz } from './quiz.ts';
import { seedOf } from './seed.ts';
import type { QuizKind } from './types.ts';

export function quizReasonKeys(pool: QuizPool, kinds: readonly QuizKind[], seeds = 32): Set<ReasonKey> {
  const keys = new Set<ReasonKey>();
  for (let n = 0; n < seeds; n++) {
    for (const question of makeQuiz(pool, seedOf(Math.imul(n, 2654435761) >>> 0), kinds, 12 * kinds.length)) {
      for (const reason of question.explanation) keys.add(reason.key);
    }
  }
  return keys;
}
