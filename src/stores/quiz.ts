/**
 * One quiz's state on a page: its seed and questions, what the learner has answered and the
 * grades. The engine (src/quiz) makes the questions and grades; this store keeps the results,
 * owns the seed's place in the URL (`?seed=`: read once the island is live, written on a new
 * variant), and records a finished attempt in the progress store from a listener, not from inside
 * a state change. One store per quiz island.
 *
 * A checked answer is final for that variant (the feedback shows the right one); an answer that
 * could not be read (empty, not a number, …) is not: its message asks for a fix.
 */
import { atom, type ReadableAtom } from 'nanostores';
import {
  formatSeed,
  grade,
  makeQuiz,
  parseSeed,
  seedFromBits,
  untouchedResponse,
  type Grade,
  type Question,
  type QuizKind,
  type QuizPool,
  type Response,
  type Seed,
} from '../quiz/index.ts';
import { recordQuizAttempt } from './progress.ts';

export interface QuizConfig {
  /** The key its progress is kept under (the lesson's id). */
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
  /** The URL named a seed that could not be read (the built variant is shown instead). */
  readonly badSeed: boolean;
}

/** Where the seed lives between visits: the page's address (replaced in tests). */
export interface SeedLocation {
  /** The `?seed=` value, or null when the address has none. */
  read(): string | null;
  write(seed: string): void;
}

const SEED_PARAM = 'seed';

/** The page's own address: history.replaceState, so a new variant adds no history entry. */
export const pageSeedLocation: SeedLocation = {
  read: () => new URLSearchParams(location.search).get(SEED_PARAM),
  write(seed) {
    const url = new URL(location.href);
    url.searchParams.set(SEED_PARAM, seed);
    history.replaceState(history.state, '', url);
  },
};

export interface QuizStore {
  readonly $state: ReadableAtom<QuizState>;
  answer(index: number, response: Response): void;
  check(index: number): void;
  checkAll(): void;
  /** Takes the seed the address names, if any (an unreadable one sets `badSeed`). */
  readSeed(): void;
  /** A new variant from 32 random bits the caller drew (crypto.getRandomValues), written to the address. */
  newVariant(randomBits: number): Seed;
}

export const isFinal = (g: Grade | undefined): g is Grade => g !== undefined && g.inputError === undefined;

function fresh(config: QuizConfig, seed: Seed): QuizState {
  const questions = makeQuiz(config.pool, seed, config.kinds, config.count);
  const none = questions.map(() => undefined);
  return { seed, questions, responses: none, grades: none, unanswered: questions.map(() => false), score: null, badSeed: false };
}

function gradeAt(state: QuizState, i: number): QuizState {
  const question = state.questions[i];
  if (!question || isFinal(state.grades[i])) return state;
  const response = state.responses[i] ?? untouchedResponse(question);
  if (response === undefined) return { ...state, unanswered: state.unanswered.with(i, true) };
  const g = grade(question, response);
  return { ...state, grades: state.grades.with(i, g), unanswered: state.unanswered.with(i, false) };
}

/** The score, once every question has a final grade. */
function finish(state: QuizState): QuizState {
  if (state.score || !state.grades.every(isFinal)) return state;
  return { ...state, score: { correct: state.grades.filter((g) => g?.correct).length, total: state.questions.length } };
}

export function createQuizStore(config: QuizConfig, seed: Seed, where: SeedLocation = pageSeedLocation): QuizStore {
  const $state = atom<QuizState>(fresh(config, seed));

  $state.listen((state, before) => {
    if (state.score && !before?.score) recordQuizAttempt(config.lesson, { ...state.score, seed: formatSeed(state.seed) });
  });

  const load = (next: Seed) => {
    if (next !== $state.get().seed) $state.set(fresh(config, next));
  };

  return {
    $state,
    answer(i, response) {
      const state = $state.get();
      if (isFinal(state.grades[i])) return;
      $state.set({ ...state, responses: state.responses.with(i, response), unanswered: state.unanswered.with(i, false) });
    },
    check(i) {
      $state.set(finish(gradeAt($state.get(), i)));
    },
    checkAll() {
      let state = $state.get();
      for (let i = 0; i < state.questions.length; i++) state = gradeAt(state, i);
      $state.set(finish(state));
    },
    readSeed() {
      const text = where.read();
      if (text === null) return;
      const parsed = parseSeed(text);
      if (parsed.ok) load(parsed.seed);
      else $state.set({ ...$state.get(), badSeed: true });
    },
    newVariant(randomBits) {
      let next = seedFromBits(randomBits);
      // A new variant must look new: never the seed on screen.
      if (next === $state.get().seed) next = seedFromBits(randomBits + 1);
      $state.set(fresh(config, next));
      where.write(formatSeed(next));
      return next;
    },
  };
}
