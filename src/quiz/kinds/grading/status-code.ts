// How status-code questions are graded and answered: the part of the kind (../status-code.ts) a page
// needs for questions dealt before it, in a module of its own so that its bundle leaves the
// dealing, and the simulator that dealing runs, behind.
import type { Grade } from '../../types.ts';
import type { StatusCodeQuestion } from '../status-code.ts';
import type { QuizKindGrading } from '../../kind.ts';

export function gradeStatusCode(question: StatusCodeQuestion, chosen: number | null): Grade {
  return { correct: chosen === question.answer, expected: question.answer, given: chosen, explanation: question.explanation };
}

/** How its questions are graded and answered: all a page needs for questions dealt before it. */
export const statusCodeGrading: QuizKindGrading<StatusCodeQuestion, number | null> = {
  grade: gradeStatusCode,
  correctResponse: (question) => question.answer,
};
