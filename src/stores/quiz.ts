/**
 * One quiz's state on a page: its seed and questions, what the learner has answered and the
 * grades. The engine (src/quiz) deals the questions and grades them; this store keeps the results,
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
 *
 * The store starts from a variant already dealt (a lesson's default, built with the page) and
 * asks `deal` for any other: the island's deals once it has loaded the engine, so a learner who
 * only answers the built variant never downloads it.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { grade, untouchedResponse } from '../quiz/answers.ts';
import type { Question, Response } from '../quiz/kinds/index.ts';
import type { QuizWork } from '../quiz/progress.ts';
import { formatSeed, parseSeed, seedFromBits, type Seed } from '../quiz/seed.ts';
import type { Grade } from '../quiz/types.ts';
import { wrongAnswerOf } from '../quiz/notebook.ts';
import { $progress, keepQuizWork, recordMistake, recordQuizAttempt } from './progress.ts';

export interface QuizConfig {
  /** The key its progress is kept under (the lesson's id). */
  readonly lesson: string;
  /** Deals a variant's questions: at once, or once the engine has loaded. */
  readonly deal: (seed: Seed) => readonly Question[] | Promise<readonly Question[]>;
}

/** A variant dealt: its seed and questions. */
export interface Variant {
  readonly seed: Seed;
  readonly questions: readonly Question[];
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
  /**
   * Takes the seed the address names, if any (an unreadable one sets `badSeed`), or else the
   * learner's own last variant; settles once that variant is on show.
   */
  readSeed(): Promise<void>;
  /** A new variant from 32 random bits the caller drew (crypto.getRandomValues), written to the address. */
  newVariant(randomBits: number): Seed;
}

export const isFinal = (g: Grade | undefined): g is Grade => g !== undefined && g.inputError === undefined;

function fresh({ seed, questions }: Variant): QuizState {
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
export function restoredState(variant: Variant, work: QuizWork): QuizState {
  const start = fresh(variant);
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

export function createQuizStore(config: QuizConfig, first: Variant, where: SeedLocation = pageSeedLocation): QuizStore {
  const $state = atom<QuizState>(fresh(first));
  /** Set while kept work is put back: nothing it shows is a new attempt or a new mistake. */
  let restoring = false;
  /** Counts the variants asked for: one dealt late is shown only if it is still the last asked. */
  let asked = 0;

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

  /**
   * Shows the variant of `seed` once it is dealt (the built one is there already); `restored`
   * when it puts kept work back, which is no new attempt.
   */
  const show = (seed: Seed, stateOf: (variant: Variant) => QuizState, restored = false): Promise<void> => {
    const ticket = ++asked;
    const dealt = seed === first.seed ? first.questions : config.deal(seed);
    const put = (questions: readonly Question[]) => {
      if (ticket !== asked) return;
      restoring = restored;
      try {
        $state.set(stateOf({ seed, questions }));
      } finally {
        restoring = false;
      }
    };
    // Kept as it is on a failed load (offline, say): the variant on screen still works.
    if ('then' in dealt) return dealt.then(put, () => undefined);
    put(dealt);
    return Promise.resolve();
  };
  const restore = (next: Seed, work: QuizWork | undefined) =>
    show(next, (variant) => (work && work.seed === formatSeed(next) ? restoredState(variant, work) : fresh(variant)), true);
  const load = async (next: Seed) => {
    const work = $progress.get().work[config.lesson];
    if (next !== $state.get().seed || work?.seed === formatSeed(next)) await restore(next, work);
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
    async readSeed() {
      const text = where.read();
      if (text === null) {
        const own = ownSeed();
        if (own === null) return;
        where.write(formatSeed(own));
        await load(own);
        return;
      }
      const parsed = parseSeed(text);
      if (parsed.ok) await load(parsed.seed);
      else $state.set({ ...$state.get(), badSeed: true });
    },
    newVariant(randomBits) {
      let next = seedFromBits(randomBits);
      // A new variant must look new: never the seed on screen.
      if (next === $state.get().seed) next = seedFromBits(randomBits + 1);
      show(next, fresh);
      where.write(formatSeed(next));
      return next;
    },
  };
}
