// What a question kind is, as mdbook-quiz has it: one module behind one interface. The engine
// deals (quiz.ts), grades and answers (answers.ts) through this interface alone, and the registry
// (kinds/index.ts) lists each kind once; the island's controls have a registry of their own.
//
// The interface comes in two parts: grading, which is all a page needs for questions built before
// it (a lesson's default variant), and dealing, which brings the simulator and the scenario
// library with it. A kind's grading part is a module of its own (kinds/grading/<kind>.ts, listed
// in kinds/grading/index.ts), which its module spreads into the whole: bundles are split by
// module, so a page that only grades never downloads what deals.
import type { QuizPool } from './pool.ts';
import type { Rng } from './random.ts';
import type { Grade, QuestionBase } from './types.ts';

/** What every question has; a kind that simulates no connection (status-code) has no profile. */
export type QuestionShape = Omit<QuestionBase, 'profile'> & { readonly profile?: QuestionBase['profile'] };

export interface QuizKindGrading<Q extends QuestionShape, R> {
  /** Pure: the question already holds the core's answer. */
  grade(question: Q, response: R): Grade;
  /** The right response, in the form the island's control holds it. */
  correctResponse(question: Q): R;
  /**
   * What an untouched control stands for when checked: a number field grades as empty text
   * (its "type a number first" message); a kind without one asks the learner to choose first.
   */
  readonly untouched?: R;
}

export interface QuizKindModule<Q extends QuestionShape, R> extends QuizKindGrading<Q, R> {
  /**
   * Sets the kind up for one quiz and returns its question maker. Every draw comes from `rng`, in
   * the order the questions are asked, so a seed gives the same quiz forever; a kind that works
   * through the pool keeps its own shuffled deck of it.
   */
  generator(pool: QuizPool, rng: Rng): () => Q;
  /** The part of the pool it deals from, if any: a quiz asking it needs that part non-empty. */
  readonly draws?: 'segments' | 'situations';
  /**
   * The interface strings only this kind shows: its prompt, the misconceptions its grading
   * names, its control's words. A lesson whose quiz does not ask the kind leaves them out (the
   * build picks them: pages never need the list).
   */
  readonly strings: readonly string[];
}

/** A deck dealt in a shuffled order, reshuffled when it runs out. */
export function deck<T>(rng: Rng, items: readonly T[]): () => T {
  let order: T[] = [];
  return () => {
    if (order.length === 0) order = rng.shuffle(items);
    return order.pop() as T;
  };
}
