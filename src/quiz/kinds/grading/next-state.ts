// How next-state questions are graded and answered: the part of the kind (../next-state.ts) a page
// needs for questions dealt before it, in a module of its own so that its bundle leaves the
// dealing, and the simulator that dealing runs, behind.
import type { TcpState } from '../../../core/types.ts';
import type { Grade, Misconception } from '../../types.ts';
import type { NextStateQuestion } from '../next-state.ts';
import type { QuizKindGrading } from '../../kind.ts';

/** The misconception a wrong state betrays, if it is a known one. */
export function misconceptionOf({ answer, traps }: NextStateQuestion, chosen: TcpState | null): Misconception | undefined {
  if (chosen === null || chosen === answer) return undefined;
  const trapped = traps.find((trap) => trap.value === chosen);
  if (trapped) return trapped.misconception;
  const pair = new Set([chosen, answer]);
  if (pair.has('SYN_SENT') && pair.has('SYN_RECEIVED')) return 'syn_sent_vs_syn_received';
  // Straight on from FIN_WAIT_1 to the end, as if the ACK of the FIN closed both directions.
  if (answer === 'FIN_WAIT_2' && (chosen === 'TIME_WAIT' || chosen === 'CLOSED')) return 'forgot_fin_wait_2';
  return undefined;
}

export function gradeNextState(question: NextStateQuestion, chosen: TcpState | null): Grade {
  const misconception = misconceptionOf(question, chosen);
  return {
    correct: chosen === question.answer,
    expected: question.answer,
    given: chosen,
    explanation: question.explanation,
    ...(misconception ? { misconception } : {}),
  };
}

/** How its questions are graded and answered: all a page needs for questions dealt before it. */
export const nextStateGrading: QuizKindGrading<NextStateQuestion, TcpState | null> = {
  grade: gradeNextState,
  correctResponse: (question) => question.answer,
};
