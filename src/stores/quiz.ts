/**
 * One quiz's state on a page: its seed and questions, what the learner has answered and the
 * grades. The engine (src/quiz) makes the questions and grades; this store keeps the results,
 * owns the seed's place in the URL (`?seed=`: read once the island is live, written on a new
 * variant), and records a finished attempt in the progress store from a listener, not from inside
 * a state change. One store per quiz island.
 *
 * A checked answer is final for that variant (the feedback shows the right one); an answer that
 * could not be read (empty, not a number, …) is not: its message asks for a fix. A final wrong
 * answer goes into the mistake notebook.
 *
 * The learner's work is kept in progress (seed, responses, what was checked), so a reload or the
 * other language's page shows the same answers and, graded again from them, the same feedback;
 * a visit without `?seed=` opens the learner's own last variant rather than the default.
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
  type QuizWork,
  type Response,
  type Seed,
} from '../quiz/index.ts';
import { wrongAnswerOf } from '../quiz/practice.ts';
import { $progress, keepQuizWork, recordMistake, recordQuizAttempt } from './progress.ts';

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

/** What is kept of a state between visits. */
export function workOf(state: QuizState): QuizWork {
  return { seed: formatSeed(state.seed), responses: state.responses.map((r) => r ?? null), checked: state.grades.map(isFinal) };
}

/**
 * The variant of `seed` with kept work put back: the responses, and the checked ones graded again
 * (grading is pure, so the feedback is what it was). Work that no longer fits the questions (a
 * quiz whose kinds changed) is left out.
 */
export function restoredState(config: QuizConfig, seed: Seed, work: QuizWork): QuizState {
  const start = fresh(config, seed);
  try {
    let state: QuizState = { ...start, responses: start.questions.map((_, i) => (work.responses[i] ?? undefined) as Response | undefined) };
    for (let i = 0; i < state.questions.length; i++) if (work.checked[i]) state = gradeAt(state, i);
    return finish(state);
  } catch {
    return start;
  }
}

/** The score, once every question has a final grade. */
function finish(state: QuizState): QuizState {
  if (state.score || !state.grades.every(isFinal)) return state;
  return { ...state, score: { correct: state.grades.filter((g) => g?.correct).length, total: state.questions.length } };
}

export function createQuizStore(config: QuizConfig, seed: Seed, where: SeedLocation = pageSeedLocation): QuizStore {
  const $state = atom<QuizState>(fresh(config, seed));
  /** Set while kept work is put back: nothing it shows is a new attempt or a new mistake. */
  let restoring = false;

  $state.listen((state, before) => {
    if (restoring) return;
    const seedText = formatSeed(state.seed);
    if (state.score && !before?.score) recordQuizAttempt(config.lesson, { ...state.score, seed: seedText });
    if (before && before.seed === state.seed) {
      state.grades.forEach((g, i) => {
        const question = state.questions[i];
        if (question && isFinal(g) && !g.correct && !isFinal(before.grades[i])) recordMistake(wrongAnswerOf(question, g, config.lesson, seedText));
      });
    }
    if (state.responses !== before?.responses || state.grades !== before?.grades) keepQuizWork(config.lesson, workOf(state));
  });

  const restore = (next: Seed, work: QuizWork | undefined) => {
    restoring = true;
    $state.set(work && work.seed === formatSeed(next) ? restoredState(config, next, work) : fresh(config, next));
    restoring = false;
  };
  const load = (next: Seed) => {
    const work = $progress.get().work[config.lesson];
    if (next !== $state.get().seed || work?.seed === formatSeed(next)) restore(next, work);
  };
  /** The learner's own last variant: the one with kept work, or else the last one graded. */
  const ownSeed = (): Seed | null => {
    const text = $progress.get().work[config.lesson]?.seed ?? $progress.get().lessons[config.lesson]?.lastSeed;
    const parsed = text === undefined ? null : parseSeed(text);
    return parsed?.ok ? parsed.seed : null;
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
      if (text === null) {
        const own = ownSeed();
        if (own === null) return;
        load(own);
        where.write(formatSeed(own));
        return;
      }
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
