// The exam store: the address's seed, the kept unfinished exam, or a new one leaning to lessons
// not passed; handing in grades it once, keeps the result and notes the wrong answers.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAM_LENGTH, makeExam, type ExamLesson } from '../../src/quiz/exam.ts';
import { correctResponse, formatSeed, seedOf, type QuizKind } from '../../src/quiz/index.ts';
import { quizKindsOf } from '../../src/lessons/quiz-build.ts';
import { createExamStore, EXAM_ID, examToOpen } from '../../src/stores/exam.ts';
import { $progress, resetProgress } from '../../src/stores/progress.ts';
import type { SeedLocation } from '../../src/stores/quiz.ts';
import { quizPools } from '../lesson-front-matter.ts';

const dir = new URL('../../content/lessons/en/', import.meta.url);
const LESSONS: ExamLesson[] = readdirSync(dir).flatMap((f) => {
  const kinds = f.endsWith('.mdx') ? quizKindsOf(readFileSync(new URL(f, dir), 'utf8')) : null;
  const pool = quizPools().get(f.slice(0, -4));
  return kinds && pool ? [{ id: f.slice(0, -4), pool, kinds: kinds as QuizKind[] }] : [];
});

function address(seed: string | null): SeedLocation & { written: string[] } {
  const written: string[] = [];
  return { read: () => seed, write: (s) => void written.push(s), written };
}
let bits = 0;
const counter = () => (bits = (bits + 7919) >>> 0);
/** The exam store as the page opens it (page's own exam: seed 1). */
const opened = (where: SeedLocation) => createExamStore(LESSONS, examToOpen(LESSONS, seedOf(1), counter, where), counter, where);

describe('exam store', () => {
  it('opens the exam the address names', () => {
    resetProgress();
    const store = opened(address('k3'));
    expect(formatSeed(store.$state.get().seed)).toBe('k3');
    expect(store.$state.get().questions).toEqual(makeExam(LESSONS, seedOf(parseInt('k3', 36))));
  });

  it("an address seed it cannot read opens the page's own exam, with the notice", () => {
    resetProgress();
    const here = address('not a seed!');
    const opening = examToOpen(LESSONS, seedOf(1), counter, here);
    expect(opening).toEqual({ seed: seedOf(1), badSeed: true, leaning: false });
    const state = createExamStore(LESSONS, opening, counter, here).$state.get();
    expect(state.badSeed).toBe(true);
    expect(state.questions).toEqual(makeExam(LESSONS, seedOf(1)));
    expect(here.written).toEqual([]);
  });

  it('without one, a new leaning exam, kept, in the address once answered; a reload opens it again, answered', () => {
    resetProgress();
    const here = address(null);
    const store = opened(here);
    const state = store.$state.get();
    expect(state.leaning).toBe(true);
    expect(here.written).toEqual([]);
    store.answer(0, correctResponse(state.questions[0]!.question));
    expect(here.written).toEqual([formatSeed(state.seed)]);

    const again = opened(address(null));
    expect(again.$state.get().seed).toBe(state.seed);
    expect(again.$state.get().responses[0]).toEqual(correctResponse(state.questions[0]!.question));
  });

  it('handing in grades once, keeps the result and notes each wrong answer under its lesson', () => {
    resetProgress();
    const store = opened(address('ab'));
    const { questions } = store.$state.get();
    questions.slice(0, 10).forEach((q, i) => store.answer(i, correctResponse(q.question)));
    store.submit();
    store.submit();
    const progress = $progress.get();
    expect(progress.exams).toHaveLength(1);
    expect(progress.exams[0]).toMatchObject({ seed: 'ab', score: { correct: 10, total: EXAM_LENGTH } });
    expect(progress.mistakes).toHaveLength(new Set(questions.slice(10).map((q) => JSON.stringify([q.question.kind, q.question.situation]))).size);
    expect(progress.mistakes.every((m) => LESSONS.some((l) => l.id === m.source))).toBe(true);
    expect(progress.work[EXAM_ID]?.checked.every(Boolean)).toBe(true);
    // Answers after handing in change nothing.
    store.answer(12, correctResponse(questions[12]!.question));
    expect(store.$state.get().responses[12]).toBeUndefined();
  });

  it('a finished exam is not reopened without an address: a new one starts', () => {
    const store = opened(address(null));
    expect(formatSeed(store.$state.get().seed)).not.toBe('ab');
    expect(store.$state.get().outcome).toBeNull();
  });
});
