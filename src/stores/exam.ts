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
  /** Opens the exam the address names, else the kept unfinished one, else a new one leaning to lessons not passed. */
  start(randomBits: () => number): void;
  /** A new exam (leaning as without an address), written to the address. */
  newExam(randomBits: () => number): void;
}

const workOf = (state: ExamState): QuizWork => ({
  seed: formatSeed(state.seed),
  responses: state.responses.map((r) => r ?? null),
  checked: state.questions.map(() => state.outcome !== null),
});

export function createExamStore(lessons: readonly ExamLesson[], seed: Seed, where: SeedLocation = pageSeedLocation): ExamStore {
  const fresh = (s: Seed, leaning = false): ExamState => {
    const questions = makeExam(lessons, s);
    return { seed: s, questions, responses: questions.map(() => undefined), outcome: null, badSeed: false, leaning };
  };
  const $state = atom<ExamState>(fresh(seed));
  const keep = () => keepQuizWork(EXAM_ID, workOf($state.get()));

  /** The exam of `s`, with its kept work if the work is of that exam. */
  const open = (s: Seed, leaning = false) => {
    const work = $progress.get().work[EXAM_ID];
    const state = fresh(s, leaning);
    if (!work || work.seed !== formatSeed(s)) return $state.set(state);
    const responses = state.questions.map((_, i) => (work.responses[i] ?? undefined) as Response | undefined);
    const finished = work.checked.length > 0 && work.checked.every(Boolean);
    try {
      $state.set({ ...state, responses, outcome: finished ? gradeExam(state.questions, responses) : null });
    } catch {
      $state.set(state); // work that no longer fits this exam's questions
    }
  };
  /**
   * A new exam leaning to lessons not passed. It is kept at once (a reload or the other language
   * opens it again) but goes into the address only once the learner acts on it: a visit that
   * merely looks leaves the address as it was.
   */
  const leaningNew = (randomBits: () => number) => {
    const passed = new Set(completedLessons($progress.get()));
    const candidates = Array.from({ length: CANDIDATES }, () => seedFromBits(randomBits()));
    const s = leaningSeed(lessons, passed, candidates);
    $state.set(fresh(s, true));
    keep();
  };

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
    start(randomBits) {
      const text = where.read();
      if (text !== null) {
        const parsed = parseSeed(text);
        if (parsed.ok) return open(parsed.seed);
        $state.set({ ...$state.get(), badSeed: true });
        return;
      }
      const work = $progress.get().work[EXAM_ID];
      const kept = work ? parseSeed(work.seed) : null;
      if (work && kept?.ok && !work.checked.every(Boolean)) {
        open(kept.seed);
        where.write(work.seed);
        return;
      }
      leaningNew(randomBits);
    },
    newExam(randomBits) {
      leaningNew(randomBits);
      where.write(formatSeed($state.get().seed));
    },
  };
}
