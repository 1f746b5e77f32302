// The exam: one seed, one exam; every lesson asked; an unanswered question is wrong; the seed
// chosen without an address leans towards lessons not passed.
import { describe, expect, it } from 'vitest';
import { EXAM_LENGTH, examGrade, examPlan, gradeExam, leaningSeed, makeExam, type ExamLesson } from '../../src/quiz/exam.ts';
import { correctResponse, grade, seedOf, type QuizKind } from '../../src/quiz/index.ts';
import { quizPools } from '../lesson-front-matter.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { quizKindsOf } from '../../src/lessons/quiz-build.ts';

const dir = new URL('../../content/lessons/en/', import.meta.url);
const LESSONS: ExamLesson[] = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) => {
    const id = f.slice(0, -4);
    const kinds = quizKindsOf(readFileSync(new URL(f, dir), 'utf8'));
    const pool = quizPools().get(id);
    return kinds && pool ? [{ id, pool, kinds: kinds as QuizKind[] }] : [];
  });

describe('makeExam', () => {
  const seeds = [0, 1, 77, 0xffff_ffff].map(seedOf);
  it.each(seeds)('seed %i: fifteen questions, every lesson asked, each of its own lesson’s kinds', (seed) => {
    const exam = makeExam(LESSONS, seed);
    expect(exam).toHaveLength(EXAM_LENGTH);
    expect(new Set(exam.map((q) => q.lesson))).toEqual(new Set(LESSONS.map((l) => l.id)));
    for (const { lesson, question } of exam) expect(LESSONS.find((l) => l.id === lesson)!.kinds).toContain(question.kind);
    expect(exam.map((q) => q.question.index)).toEqual([...Array(EXAM_LENGTH).keys()]);
    expect(exam.map((q) => q.lesson)).toEqual(examPlan(LESSONS, seed));
  });
  it('the same seed is the same exam; another seed another', () => {
    expect(makeExam(LESSONS, seedOf(5))).toEqual(makeExam(LESSONS, seedOf(5)));
    expect(makeExam(LESSONS, seedOf(6))).not.toEqual(makeExam(LESSONS, seedOf(5)));
  });
  it('has lessons to ask', () => expect(LESSONS.length).toBeGreaterThanOrEqual(5));
});

describe('gradeExam', () => {
  const exam = makeExam(LESSONS, seedOf(42));
  it('all right: full marks, per lesson too', () => {
    const outcome = gradeExam(exam, exam.map((q) => correctResponse(q.question)));
    expect(outcome.score).toEqual({ correct: EXAM_LENGTH, total: EXAM_LENGTH });
    for (const [id, s] of Object.entries(outcome.byLesson)) expect(s.correct, id).toBe(s.total);
    expect(Object.values(outcome.byLesson).reduce((n, s) => n + s.total, 0)).toBe(EXAM_LENGTH);
  });
  it('nothing answered: every question wrong, each with its right answer', () => {
    const outcome = gradeExam(exam, []);
    expect(outcome.score.correct).toBe(0);
    outcome.grades.forEach((g, i) => {
      expect(g.correct).toBe(false);
      expect(g.given).toBeNull();
      expect(g.inputError).toBeUndefined();
      expect(g.expected).toEqual(grade(exam[i]!.question, correctResponse(exam[i]!.question)).expected);
    });
  });
  it('an unreadable number is wrong, not a request to fix it', () => {
    const at = exam.findIndex((q) => q.question.kind === 'ack-value' || q.question.kind === 'seq-value');
    if (at < 0) return;
    expect(examGrade(exam[at]!.question, 'not a number')).toMatchObject({ correct: false, given: 'not a number' });
  });
});

describe('leaningSeed', () => {
  const candidates = Array.from({ length: 32 }, (_, i) => seedOf(1000 + i));
  const unpassed = LESSONS[0]!.id;
  const passed = new Set(LESSONS.slice(1).map((l) => l.id));
  it('picks the candidate asking most about lessons not passed', () => {
    const chosen = leaningSeed(LESSONS, passed, candidates);
    const weight = (s: (typeof candidates)[number]) => examPlan(LESSONS, s).filter((id) => id === unpassed).length;
    expect(Math.max(...candidates.map(weight))).toBe(weight(chosen));
    // Leaning, not a coin toss: more than a fair share of the questions.
    expect(weight(chosen)).toBeGreaterThan(EXAM_LENGTH / LESSONS.length);
  });
  it('with nothing or everything passed, the first candidate', () => {
    expect(leaningSeed(LESSONS, new Set(), candidates)).toBe(candidates[0]);
    expect(leaningSeed(LESSONS, new Set(LESSONS.map((l) => l.id)), candidates)).toBe(candidates[0]);
  });
});
