/**
 * One quiz's state on a page: its seed and questions, what the learner has answered and the
 * grades. The engine (src/quiz) makes the questions and grades; this store only keeps the results
 * and records a finished attempt in the progress store. One store per quiz island.
 *
 * A checked answer is final for that variant (the feedback shows the right one); an answer that
 * could not be read (empty, not a number, …) is not: its message asks for a fix.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { formatSeed, grade, makeQuiz, seedFromBits, type Grade, type Question, type QuizKind, type QuizPool, type Response, type Seed } from '../quiz/index.ts';
import { recordQuizAttempt } from './progress.ts';

export interface QuizConfig {
  /** What the attempt is recorded under. */
  readonly lesson: string;
  readonly pool: QuizPool;
  readonly kinds: readonly QuizKind[];
  readonly count: number;
}

export interface QuizState {
  readonly seed: Seed;
  readonly questions: readonly Question[];
  /** undefined until the learner touches the question. */
  readonly responses: readonly (Response | undefined)[];
  /** The latest check of each question: final unless it reports an input error. */
  readonly grades: readonly (Grade | undefined)[];
  /** Questions checked while still unanswered (they get a "choose first" hint). */
  readonly unanswered: readonly boolean[];
  /** Set once every question has a final grade; that attempt is then recorded. */
  readonly score: { readonly correct: number; readonly total: number } | null;
}

export interface QuizStore {
  readonly $state: ReadableAtom<QuizState>;
  answer(index: number, response: Response): void;
  check(index: number): void;
  checkAll(): void;
  /** A new variant from 32 random bits the caller drew (crypto.getRandomValues). */
  newVariant(randomBits: number): Seed;
  /** The variant of a given seed (from a shared URL); answers so far are dropped. */
  load(seed: Seed): void;
}

export const isFinal = (g: Grade | undefined): g is Grade => g !== undefined && g.inputError === undefined;

function fresh(config: QuizConfig, seed: Seed): QuizState {
  const questions = makeQuiz(config.pool, seed, config.kinds, config.count);
  const none = questions.map(() => undefined);
  return { seed, questions, responses: none, grades: none, unanswered: questions.map(() => false), score: null };
}

export function createQuizStore(config: QuizConfig, seed: Seed): QuizStore {
  const $state = atom<QuizState>(fresh(config, seed));

  const gradeAt = (state: QuizState, i: number) => {
    const question = state.questions[i];
    const response = state.responses[i];
    if (!question || isFinal(state.grades[i])) return state;
    if (response === undefined && question.kind !== 'ack-value' && question.kind !== 'seq-value') {
      return { ...state, unanswered: state.unanswered.with(i, true) };
    }
    // An untouched number field grades as empty text: the "type a number first" message.
    const g = grade(question, response ?? '');
    return { ...state, grades: state.grades.with(i, g), unanswered: state.unanswered.with(i, false) };
  };

  const finish = (state: QuizState): QuizState => {
    if (state.score || !state.grades.every(isFinal)) return state;
    const score = { correct: state.grades.filter((g) => g?.correct).length, total: state.questions.length };
    recordQuizAttempt(config.lesson, { ...score, seed: formatSeed(state.seed) });
    return { ...state, score };
  };

  return {
    $state,
    answer(i, response) {
      const state = $state.get();
      if (isFinal(state.grades[i])) return;
      $state.set({
        ...state,
        responses: state.responses.with(i, response),
        unanswered: state.unanswered.with(i, false),
      });
    },
    check(i) {
      $state.set(finish(gradeAt($state.get(), i)));
    },
    checkAll() {
      let state = $state.get();
      for (let i = 0; i < state.questions.length; i++) state = gradeAt(state, i);
      $state.set(finish(state));
    },
    newVariant(randomBits) {
      let seed = seedFromBits(randomBits);
      // A new variant must look new: never the seed on screen.
      if (seed === $state.get().seed) seed = seedFromBits(randomBits + 1);
      $state.set(fresh(config, seed));
      return seed;
    },
    load(seed) {
      if (seed !== $state.get().seed) $state.set(fresh(config, seed));
    },
  };
}
