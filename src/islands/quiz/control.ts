// What every answer control is given: the question, the response so far, and how to report a
// new one. The controls registry (controls.tsx) picks one per question kind.
import type { QuizStrings } from './strings.ts';

export interface ControlProps<Q, R> {
  readonly question: Q;
  readonly response: R | undefined;
  /** Not live yet, or the answer is final. */
  readonly disabled: boolean;
  readonly idBase: string;
  /** The prompt's element: the control's label. */
  readonly promptId: string;
  /** Where the feedback appears: a text field is described by it. */
  readonly statusId: string;
  /** The last check could not read the answer. */
  readonly problem: boolean;
  readonly s: QuizStrings;
  onAnswer(response: R): void;
  onCheck(): void;
}
