// How time-wait-length questions are graded and answered: the part of the kind (../time-wait-length.ts) a page
// needs for questions dealt before it, in a module of its own so that its bundle leaves the
// dealing, and the simulator that dealing runs, behind.
import { gradeAmount, typedNumberGrading } from '../../grading.ts';
import type { Grade } from '../../types.ts';
import type { TimeWaitLengthQuestion } from '../time-wait-length.ts';
import type { QuizKindGrading } from '../../kind.ts';

export function gradeTimeWaitLength(question: TimeWaitLengthQuestion, text: string): Grade {
  return gradeAmount(question, text);
}

/** How its questions are graded and answered: all a page needs for questions dealt before it. */
export const timeWaitLengthGrading: QuizKindGrading<TimeWaitLengthQuestion, string> = typedNumberGrading(gradeTimeWaitLength);
