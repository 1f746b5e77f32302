// The final exam: fifteen questions across every lesson's quiz, all from one seed, so a shared
// seed is the same exam for everyone. The seed first deals which lesson each question comes from
// (every lesson once, the rest at random, in a shuffled order), then each question from its
// lesson's pool and kinds. Graded at the end: an unanswered question counts as wrong.
import { correctResponse, grade, untouchedResponse } from './answers.ts';
import { makeQuiz } from './quiz.ts';
import type { QuizKind } from './kinds/index.ts';
import type { QuizPool } from './pool.ts';
import { createRng, type Rng } from './random.ts';
import { seedOf, type Seed } from './seed.ts';
import type { Grade, Question, Response } from './types.ts';
import type { Score } from './answers.ts';

export const EXAM_LENGTH = 15;

/** What a lesson's quiz asks: the exam asks the same. */
export interface ExamLesson {
  readonly id: string;
  readonly pool: QuizPool;
  readonly kinds: readonly QuizKind[];
}

export interface ExamQuestion {
  readonly lesson: string;
  readonly question: Question;
}

function planWith(rng: Rng, lessons: readonly ExamLesson[]): string[] {
  const ids = lessons.map((l) => l.id);
  if (ids.length === 0) throw new RangeError('an exam needs at least one lesson with a quiz');
  const extra = Array.from({ length: Math.max(0, EXAM_LENGTH - ids.length) }, () => rng.pick(ids));
  return rng.shuffle([...ids, ...extra]).slice(0, EXAM_LENGTH);
}

/** Which lesson each question of the seed's exam comes from (cheap: no question is made). */
export function examPlan(lessons: readonly ExamLesson[], seed: Seed): string[] {
  return planWith(createRng(seed), lessons);
}

/**
 * The seed's exam one question at a time, in order: each is simulated, so a caller in a browser
 * can let the page paint and answer input between them.
 */
export function* examQuestions(lessons: readonly ExamLesson[], seed: Seed): Generator<ExamQuestion, void, undefined> {
  const rng = createRng(seed);
  const plan = planWith(rng, lessons);
  const byId = new Map(lessons.map((l) => [l.id, l]));
  for (const [index, id] of plan.entries()) {
    const lesson = byId.get(id) as ExamLesson;
    const kind = rng.pick(lesson.kinds);
    const [question] = makeQuiz(lesson.pool, seedOf(rng.int(0, 0xffff_ffff)), [kind], 1);
    yield { lesson: id, question: { ...(question as Question), index } };
  }
}

export function makeExam(lessons: readonly ExamLesson[], seed: Seed): ExamQuestion[] {
  return [...examQuestions(lessons, seed)];
}

/**
 * The seed among `candidates` whose exam asks most about lessons not passed yet (the first such):
 * without a seed in the address the exam leans towards them, and stays a plain seed to share.
 */
export function leaningSeed(lessons: readonly ExamLesson[], passed: ReadonlySet<string>, candidates: readonly Seed[]): Seed {
  let best: { seed: Seed; weight: number } | null = null;
  for (const seed of candidates) {
    const weight = examPlan(lessons, seed).filter((id) => !passed.has(id)).length;
    if (!best || weight > best.weight) best = { seed, weight };
  }
  if (!best) throw new RangeError('no candidate seeds');
  return best.seed;
}

/** The grade of one exam answer: what is not answered, or cannot be read, is wrong (with the right answer shown). */
export function examGrade(question: Question, response: Response | undefined): Grade {
  const given = response ?? untouchedResponse(question);
  const g = given === undefined ? undefined : grade(question, given);
  if (g && g.inputError === undefined) return g;
  const expected = grade(question, correctResponse(question)).expected;
  // An empty field is no answer at all; text that is not a number is kept as the learner typed it.
  const typed = g?.inputError === 'empty' ? null : (g?.given ?? null);
  return { correct: false, expected, given: typed, explanation: question.explanation, ...(g?.working ? { working: g.working } : {}) };
}

export interface ExamOutcome {
  readonly grades: readonly Grade[];
  readonly score: Score;
  readonly byLesson: Readonly<Record<string, Score>>;
}

export function gradeExam(exam: readonly ExamQuestion[], responses: readonly (Response | undefined)[]): ExamOutcome {
  const grades = exam.map((q, i) => examGrade(q.question, responses[i]));
  const byLesson: Record<string, Score> = {};
  exam.forEach(({ lesson }, i) => {
    const before = byLesson[lesson] ?? { correct: 0, total: 0 };
    byLesson[lesson] = { correct: before.correct + (grades[i]?.correct ? 1 : 0), total: before.total + 1 };
  });
  return { grades, score: { correct: grades.filter((g) => g.correct).length, total: exam.length }, byLesson };
}
