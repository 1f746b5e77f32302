// Practice from the mistake notebook: a fresh variant of exactly the situation answered wrong,
// made by the engine from the entry's one-item pool and a new seed.
import { isQuizKind } from './kinds/index.ts';
import type { WrongAnswer } from './notebook.ts';
import { makeQuiz } from './quiz.ts';
import type { Seed } from './seed.ts';
import type { Question } from './types.ts';

/** The entry's situation asked again with `seed`; null when its kind or situation no longer exists. */
export function practiceQuestion(entry: Pick<WrongAnswer, 'kind' | 'situation'>, seed: Seed): Question | null {
  if (!isQuizKind(entry.kind)) return null;
  try {
    return makeQuiz(entry.situation, seed, [entry.kind], 1)[0] ?? null;
  } catch {
    return null; // stored by an earlier course whose pool had a situation this one dropped
  }
}
