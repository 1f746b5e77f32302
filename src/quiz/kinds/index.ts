// The question kinds, each listed once: its name in a lesson's <Quiz kinds> and its module. A new
// kind is a module here plus its control (src/islands/quiz/controls.ts) and its strings.
// Loaded all at once on purpose: loading each kind only where a page's quiz asks it was measured
// 1.3 KB heavier on a lesson (gzip), its own chunks costing more than the unasked kinds saved.
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

/**
 * The module of a question's own kind. The registry pairs each name with the module whose
 * questions carry that name, so the one cast here is what the table guarantees.
 */
export function kindOf(question: Question): QuizKindModule<Question, Response> {
  return QUIZ_KIND_MODULES[question.kind] as unknown as QuizKindModule<Question, Response>;
}

export function isQuizKind(name: string): name is QuizKind {
  return Object.hasOwn(QUIZ_KIND_MODULES, name);
}
