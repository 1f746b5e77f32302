// How time-wait-side questions are graded and answered: the part of the kind (../time-wait-side.ts) a page
// needs for questions dealt before it, in a module of its own so that its bundle leaves the
// dealing, and the simulator that dealing runs, behind.
import type { Grade } from '../../types.ts';
import type { Sides, TimeWaitSideQuestion } from '../time-wait-side.ts';
import type { QuizKindGrading } from '../../kind.ts';

export function gradeTimeWaitSide(question: TimeWaitSideQuestion, chosen: Sides | null): Grade {
  const correct = chosen === question.answer;
  // The side that only answered the other's FIN (the passive closer) goes through LAST_ACK to CLOSED.
  const passive = !correct && question.closedFirst !== null && chosen !== null && chosen !== 'both' && chosen !== question.closedFirst;
  return {
    correct,
    expected: question.answer,
    given: chosen,
    explanation: question.explanation,
    ...(passive ? { misconception: 'time_wait_on_passive_closer' as const } : {}),
  };
}

/** How its questions are graded and answered: all a page needs for questions dealt before it. */
export const timeWaitSideGrading: QuizKindGrading<TimeWaitSideQuestion, Sides | null> = {
  grade: gradeTimeWaitSide,
  correctResponse: (question) => question.answer,
};
