// Grading and answering questions already dealt, through each kind's grading part alone
// (kinds/grading/): a page whose questions were built before it grades them without the
// simulator or the scenario library that dealing them took.
import { gradingOf } from './kinds/grading/index.ts';
import type { Question, Response } from './kinds/index.ts';
import type { Grade } from './types.ts';

/** Grades one response. Pure: the question already holds the core's answer. */
export function grade(question: Question, response: Response): Grade {
  return gradingOf(question).grade(question, response);
}

/** The response that is right for a question: its own answer in the form the island holds. */
export function correctResponse(question: Question): Response {
  return gradingOf(question).correctResponse(question);
}

/** What an untouched control of this question stands for when checked (undefined: choose first). */
export function untouchedResponse(question: Question): Response | undefined {
  return gradingOf(question).untouched;
}

export interface Score {
  readonly correct: number;
  readonly total: number;
}

export function scoreOf(grades: readonly (Grade | undefined)[], total: number): Score {
  return { correct: grades.filter((g) => g?.correct).length, total };
}
