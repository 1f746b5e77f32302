// How ack-value questions are graded and answered: the part of the kind (../ack-value.ts) a page
// needs for questions dealt before it, in a module of its own so that its bundle leaves the
// dealing, and the simulator that dealing runs, behind.
import { gradeNumber, typedNumberGrading } from '../../grading.ts';
import type { Grade, NumberQuestion } from '../../types.ts';
import type { QuizKindGrading } from '../../kind.ts';

export function gradeAck(question: NumberQuestion, text: string): Grade {
  return gradeNumber(question, text);
}

/** How its questions are graded and answered: all a page needs for questions dealt before it. */
export const ackValueGrading: QuizKindGrading<NumberQuestion, string> = typedNumberGrading(gradeAck);
