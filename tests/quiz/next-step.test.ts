import { describe, expect, it } from 'vitest';
import { nextStep } from '../../src/quiz/next-step.ts';
import { noteMistake } from '../../src/quiz/notebook.ts';
import { EMPTY_PROGRESS, recordAttempt, recordExamResult, type Progress } from '../../src/quiz/progress.ts';

const LESSONS = ['a', 'b', 'c'];
const attempt = (p: Progress, id: string, correct: number) => recordAttempt(p, id, { correct, total: 5, seed: 's' });
const allPassed = LESSONS.reduce((p, id) => attempt(p, id, 5), EMPTY_PROGRESS);
const exam = (p: Progress, correct: number) => recordExamResult(p, { seed: 'e', at: 1, score: { correct, total: 15 }, byLesson: {} });
const wrong = { kind: 'ack-value', situation: { segments: [], situations: [] }, source: 'a', seed: 's', answer: '1', right: '2' };

describe('nextStep', () => {
  const table: [string, Progress, ReturnType<typeof nextStep>][] = [
    ['nothing done: the first lesson', EMPTY_PROGRESS, { kind: 'lesson', id: 'a' }],
    ['the first passed: the second', attempt(EMPTY_PROGRESS, 'a', 5), { kind: 'lesson', id: 'b' }],
    ['the first tried: try it again', attempt(EMPTY_PROGRESS, 'a', 2), { kind: 'retry', id: 'a' }],
    ['a later lesson passed out of order still leaves the first', attempt(EMPTY_PROGRESS, 'c', 5), { kind: 'lesson', id: 'a' }],
    ['all passed, mistakes noted: the notebook', noteMistake(allPassed, wrong, 1), { kind: 'notebook' }],
    ['all passed: the exam', allPassed, { kind: 'exam' }],
    ['all passed, exam failed: the exam again', exam(allPassed, 5), { kind: 'exam' }],
    ['all passed, exam passed: done', exam(allPassed, 13), { kind: 'done' }],
  ];
  it.each(table)('%s', (_, progress, step) => expect(nextStep(progress, LESSONS)).toEqual(step));
});
