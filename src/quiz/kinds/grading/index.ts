// The grading part of each kind (../kind.ts), for pages that grade questions built before them:
// importing these leaves each kind's dealing code, and the simulator it runs, out of the bundle.
// The same kinds as ./index.ts, checked by the type below.
import type { QuizKindGrading } from '../../kind.ts';
import { ackValueGrading } from './ack-value.ts';
import { closeSegmentsGrading } from './close-segments.ts';
import type { Question, QuestionOf, QuizKind, Response, ResponseOf } from '../index.ts';
import { nextStateGrading } from './next-state.ts';
import { seqValueGrading } from './seq-value.ts';
import { statusCodeGrading } from './status-code.ts';
import { timeWaitLengthGrading } from './time-wait-length.ts';
import { timeWaitSideGrading } from './time-wait-side.ts';
import { whichFlagsGrading } from './which-flags.ts';

export const QUIZ_KIND_GRADINGS = {
  'next-state': nextStateGrading,
  'ack-value': ackValueGrading,
  'seq-value': seqValueGrading,
  'which-flags': whichFlagsGrading,
  'close-segments': closeSegmentsGrading,
  'time-wait-length': timeWaitLengthGrading,
  'time-wait-side': timeWaitSideGrading,
  'status-code': statusCodeGrading,
} as const satisfies { readonly [K in QuizKind]: QuizKindGrading<QuestionOf<K>, ResponseOf<K>> };

/** The grading of a question's own kind (the table pairs each name with its kind's grading). */
export function gradingOf(question: Question): QuizKindGrading<Question, Response> {
  return QUIZ_KIND_GRADINGS[question.kind] as unknown as QuizKindGrading<Question, Response>;
}

/** Whether a name is a kind's (the same names as the whole kinds' registry, which the table's type holds). */
export function isQuizKind(name: string): name is QuizKind {
  return Object.hasOwn(QUIZ_KIND_GRADINGS, name);
}
