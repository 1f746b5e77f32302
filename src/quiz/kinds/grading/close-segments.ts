// How close-segments questions are graded and answered: the part of the kind (../close-segments.ts) a page
// needs for questions dealt before it, in a module of its own so that its bundle leaves the
// dealing, and the simulator that dealing runs, behind.
import { gradeAmount, typedNumberGrading } from '../../grading.ts';
import type { Grade } from '../../types.ts';
import type { CloseSegmentsQuestion } from '../close-segments.ts';
import type { QuizKindGrading } from '../../kind.ts';

export function gradeCloseSegments(question: CloseSegmentsQuestion, text: string): Grade {
  return gradeAmount(question, text);
}

/** How its questions are graded and answered: all a page needs for questions dealt before it. */
export const closeSegmentsGrading: QuizKindGrading<CloseSegmentsQuestion, string> = typedNumberGrading(gradeCloseSegments);
