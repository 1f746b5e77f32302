/**
 * The exam on its page: which exam (its seed, in the address as `?seed=` like a quiz's), the
 * learner's answers, and the outcome once handed in. Handing in grades every question, keeps the
 * result in progress and puts the wrong answers in the mistake notebook (each under the lesson it
 * came from). The answers are kept as the exam's work, so a reload or the other language's page
 * shows the same exam, answered as far as it was.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { gradeExam, leaningSeed, makeExam, type ExamLesson, type ExamOutcome, type ExamQuestion } from '../quiz/exam.ts';
import { completedLessons, formatSeed, parseSeed, seedFromBits, type QuizWork, type Response, type Seed } from '../quiz/index.ts';
import { wrongAnswerOf } from '../quiz/notebook.ts';
import { $progress, keepQuizWork, recordExam, recordMistake } from './progress.ts';
import { pageSeedLocation, type SeedLocation } from './quiz.ts';

/** Kept work is stored under this id, beside the lessons' quizzes. */
export const EXAM_ID = 'exam';
/** How many random seeds the leaning draw chooses among. */
const CANDIDATES = 32;

export interface ExamState {
  readonly seed: Seed;
  readonly questions: readonly ExamQuestion[];
  readonly responses: readonly (Response | undefined)[];
  readonly outcome: ExamOutcome | null;
  /** The address named a seed that could not be read. */
  readonly badSeed: boolean;
  /** Whether this exam's seed came from the leaning draw (not from the address or kept work). */
  readonly leaning: boolean;
}

export interface ExamStore {
  readonly $state: ReadableAtom<ExamState>;
  answer(index: number, response: Response): void;
  /** Grades every question and keeps the result. */
  submit(): void;
  /** A new exam (leaning as without an address), written to the address. */
  newExam(): void;
}

const workOf = (state: ExamState): QuizWork => ({
  seed: formatSeed(state.seed),
  responses: state.responses.map((r) => r ?? null),
  checked: state.questions.map(() => state.outcome !== null),
});

/** Which exam the page opens, decided before any question is made. */
export interface ExamOpening {
  readonly seed: Seed;
  /** The address named a seed that could not be read (`seed` is then the page's own). */
  readonly badSeed: boolean;
  /** Whether the seed came from the leaning draw: such an exam is kept at once. */
  readonly leaning: boolean;
  /** The seed to write to the address (a kept unfinished exam's). */
  readonly write?: string;
}

/**
 * The exam the address names, else the kept unfinished one, else a new one leaning to lessons not
 * passed; `seed` is the page's own exam, shown beside the notice of an address's seed that cannot
 * be read. Cheap: it deals lessons, it makes no question.
 */
export function examToOpen(lessons: readonly ExamLesson[], seed: Seed, randomBits: () => number, where: SeedLocation = pageSeedLocation): ExamOpening {
  const text = where.read();
  if (text !== null) {
    const parsed = parseSeed(text);
    return parsed.ok ? { seed: parsed.seed, badSeed: false, leaning: false } : { seed, badSeed: true, leaning: false };
  }
  const work = $progress.get().work[EXAM_ID];
  const kept = work ? parseSeed(work.seed) : null;
  if (work && kept?.ok && !work.checked.every(Boolean)) return { seed: kept.seed, badSeed: false, leaning: false, write: work.seed };
  return { seed: leaningDraw(lessons, randomBits), badSeed: false, leaning: true };
}

/** A seed among random ones whose exam asks most about lessons not passed yet. */
function leaningDraw(lessons: readonly ExamLesson[], randomBits: () => number): Seed {
  const passed = new Set(completedLessons($progress.get()));
  const candidates = Array.from({ length: CANDIDATES }, () => seedFromBits(randomBits()));
  return leaningSeed(lessons, passed, candidates);
}

/**
 * The store of the exam `opening` names, with its kept work. `questions` are its questions when
 * the caller has made them already (making fifteen, each simulated, is most of the script a phone
 * runs on the exam page: the island makes them a few at a time).
 */
export function createExamStore(
  lessons: readonly ExamLesson[],
  opening: ExamOpening,
  randomBits: () => number,
  where: SeedLocation = pageSeedLocation,
  questions: readonly ExamQuestion[] = makeExam(lessons, opening.seed),
): ExamStore {
  const fresh = (s: Seed, made: readonly ExamQuestion[], leaning: boolean): ExamState => ({
    seed: s,
    questions: made,
    responses: made.map(() => undefined),
    outcome: null,
    badSeed: false,
    leaning,
  });
  /** The exam of `s`, with its kept work if the work is of that exam. */
  const withWork = (state: ExamState): ExamState => {
    const work = $progress.get().work[EXAM_ID];
    if (!work || work.seed !== formatSeed(state.seed)) return state;
    const responses = state.questions.map((_, i) => (work.responses[i] ?? undefined) as Response | undefined);
    const finished = work.checked.length > 0 && work.checked.every(Boolean);
    try {
      return { ...state, responses, outcome: finished ? gradeExam(state.questions, responses) : null };
    } catch {
      return state; // work that no longer fits this exam's questions
    }
  };

  const first = fresh(opening.seed, questions, opening.leaning);
  const $state = atom<ExamState>(opening.badSeed ? { ...first, badSeed: true } : opening.leaning ? first : withWork(first));
  const keep = () => keepQuizWork(EXAM_ID, workOf($state.get()));
  // A new leaning exam is kept at once (a reload or the other language opens it again) but goes
  // into the address only once the learner acts on it: a visit that merely looks leaves the
  // address as it was.
  if (opening.leaning) keep();
  if (opening.write !== undefined) where.write(opening.write);

  return {
    $state,
    answer(i, response) {
      const state = $state.get();
      if (state.outcome || i < 0 || i >= state.questions.length) return;
      $state.set({ ...state, responses: state.responses.with(i, response) });
      keep();
      where.write(formatSeed(state.seed));
    },
    submit() {
      const state = $state.get();
      if (state.outcome) return;
      const outcome = gradeExam(state.questions, state.responses);
      $state.set({ ...state, outcome });
      keep();
      const seedText = formatSeed(state.seed);
      recordExam({ seed: seedText, score: outcome.score, byLesson: outcome.byLesson });
      outcome.grades.forEach((g, i) => {
        const q = state.questions[i];
        if (q && !g.correct) recordMistake(wrongAnswerOf(q.question, g, q.lesson, seedText));
      });
    },
    newExam() {
      const s = leaningDraw(lessons, randomBits);
      $state.set(fresh(s, makeExam(lessons, s), true));
      keep();
      where.write(formatSeed(s));
    },
  };
}
