// The mistake notebook: each situation answered wrong, until practice gets it right twice in a
// row. Pure updates of the stored progress; practice.ts makes the questions.
import type { QuizPool } from './pool.ts';
import type { Mistake, Progress, StoredAnswer } from './progress.ts';
import type { Grade, Question } from './types.ts';

/** Right answers in a row that take a situation out of the notebook. */
export const RIGHT_TO_LEAVE = 2;

/** One key per kind and situation: a situation answered wrong again replaces its entry. */
export function mistakeKey(m: Pick<Mistake, 'kind' | 'situation'>): string {
  const segments = m.situation.segments.map((s) => `${s.scenario}/${s.from}/${s.nth}`);
  return [m.kind, ...segments, ...m.situation.situations].join(' ');
}

export interface WrongAnswer {
  readonly kind: string;
  readonly situation: QuizPool;
  readonly source: string;
  readonly seed: string;
  readonly answer: StoredAnswer;
  readonly right: StoredAnswer;
}

/** Notes a wrong answer at `now`: a new entry, or its situation's entry started over. */
export function noteMistake(progress: Progress, wrong: WrongAnswer, now: number): Progress {
  const entry: Mistake = { ...wrong, rightInARow: 0, at: now };
  const key = mistakeKey(entry);
  return { ...progress, mistakes: [...progress.mistakes.filter((m) => mistakeKey(m) !== key), entry] };
}

/**
 * A practice answer for the entry under `key`: right counts towards leaving (the second in a row
 * removes it), wrong starts the count over with the new answer and seed.
 */
export function notePractice(
  progress: Progress,
  key: string,
  outcome: { readonly correct: boolean; readonly seed: string; readonly answer: StoredAnswer; readonly right: StoredAnswer },
  now: number,
): Progress {
  const mistakes = progress.mistakes.flatMap((m): Mistake[] => {
    if (mistakeKey(m) !== key) return [m];
    if (!outcome.correct) return [{ ...m, seed: outcome.seed, answer: outcome.answer, right: outcome.right, rightInARow: 0, at: now }];
    const rightInARow = m.rightInARow + 1;
    return rightInARow >= RIGHT_TO_LEAVE ? [] : [{ ...m, rightInARow }];
  });
  return { ...progress, mistakes };
}

/** A graded wrong answer as a notebook entry (its situation from the question, or the kind's whole pool). */
export function wrongAnswerOf(question: Question, grade: Grade, source: string, seed: string): WrongAnswer {
  const answer: StoredAnswer = grade.given;
  return {
    kind: question.kind,
    situation: question.situation ?? { segments: [], situations: [] },
    source,
    seed,
    answer,
    right: grade.expected,
  };
}
