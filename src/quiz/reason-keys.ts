// Every reason key a lesson's quiz can explain with: its questions' explanations over many seeds.
// The keys depend on which segment or situation is asked and on the profile, never on the ISNs,
// and a long quiz deals each kind's whole deck, so a few dozen seeds see them all
// (tests/unit/lesson-messages.test.ts checks that against many more). Build time only.
import { makeQuiz } from './quiz.ts';
import { seedOf } from './seed.ts';
import type { QuizKind } from './types.ts';

export function quizReasonKeys(lessonId: string, kinds: readonly QuizKind[], seeds = 32): Set<string> {
  const keys = new Set<string>();
  for (let n = 0; n < seeds; n++) {
    for (const question of makeQuiz(lessonId, seedOf(Math.imul(n, 2654435761) >>> 0), kinds, 12 * kinds.length)) {
      for (const reason of question.explanation) keys.add(reason.key);
    }
  }
  return keys;
}
