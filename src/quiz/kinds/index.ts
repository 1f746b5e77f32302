// The question kinds: its name in a lesson's <Quiz kinds> and its module. A new kind is a module
// here (and its grading part in ./grading/, which the type checker holds to this list) plus its
// control (src/islands/quiz/controls.ts) and its strings.
// Pages grade through ./grading/ and load this whole registry only to deal a variant they were
// not built with, all kinds at once: loading each kind only where a page's quiz asks it was
// measured 1.3 KB heavier on a lesson (gzip), its own chunks costing more than the unasked kinds saved.
import type { QuizKindModule } from '../kind.ts';
import { ackValue } from './ack-value.ts';
import { closeSegments } from './close-segments.ts';
import { nextState } from './next-state.ts';
import { seqValue } from './seq-value.ts';
import { statusCode } from './status-code.ts';
import { timeWaitLength } from './time-wait-length.ts';
import { timeWaitSide } from './time-wait-side.ts';
import { whichFlags } from './which-flags.ts';

export const QUIZ_KIND_MODULES = {
  'next-state': nextState,
  'ack-value': ackValue,
  'seq-value': seqValue,
  'which-flags': whichFlags,
  'close-segments': closeSegments,
  'time-wait-length': timeWaitLength,
  'time-wait-side': timeWaitSide,
  'status-code': statusCode,
} as const;

export type QuizKind = keyof typeof QUIZ_KIND_MODULES;
export const QUIZ_KINDS = Object.keys(QUIZ_KIND_MODULES) as readonly QuizKind[];

type ModuleOf<K extends QuizKind> = (typeof QUIZ_KIND_MODULES)[K];
export type QuestionOf<K extends QuizKind> = ModuleOf<K> extends QuizKindModule<infer Q, infer _R> ? Q : never;
export type ResponseOf<K extends QuizKind> = ModuleOf<K> extends QuizKindModule<infer _Q, infer R> ? R : never;

export type Question = QuestionOf<QuizKind>;
/** What the learner gave, as the form holds it. */
export type Response = ResponseOf<QuizKind>;

export { isQuizKind } from './grading/index.ts';
