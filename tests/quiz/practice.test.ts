// The notebook's practice asks the same situation again: a question's `situation` regenerates a
// question of its kind drawn from exactly that pool item, with the answer the engine computes.
import { describe, expect, it } from 'vitest';
import { correctResponse, grade, makeQuiz, QUIZ_KINDS, seedOf, type QuizPool } from '../../src/quiz/index.ts';
import { wrongAnswerOf } from '../../src/quiz/notebook.ts';
import { practiceQuestion } from '../../src/quiz/practice.ts';

const pool: QuizPool = {
  segments: [
    { scenario: 'normal-open', from: 'client', nth: 1 },
    { scenario: 'normal-open', from: 'server', nth: 1 },
    { scenario: 'close-from-client', from: 'client', nth: 3 },
  ],
  situations: ['listen_rcv_syn', 'closed_call_connect', 'syn_sent_rcv_syn_ack'],
};

describe('practiceQuestion', () => {
  const quiz = makeQuiz(pool, seedOf(12345), QUIZ_KINDS, 16);
  it.each(quiz.map((q) => [q.index, q.kind, q] as const))('question %i (%s) is asked again in its own situation', (_, kind, q) => {
    const wrong = wrongAnswerOf(q, grade(q, correctResponse(q)), 'test', 'k');
    expect(wrong.right).toEqual(grade(q, correctResponse(q)).expected);
    const again = practiceQuestion(wrong, seedOf(999));
    expect(again?.kind).toBe(kind);
    expect(again?.situation ?? null).toEqual(q.situation ?? null);
    if (again) expect(grade(again, correctResponse(again)).correct).toBe(true);
  });
  it('pool-drawing kinds name a one-item situation', () => {
    for (const q of quiz.filter((x) => ['next-state', 'ack-value', 'seq-value', 'which-flags'].includes(x.kind))) {
      expect(q.situation!.segments.length + q.situation!.situations.length).toBe(1);
    }
  });
  const gone: [string, { kind: string; situation: QuizPool }][] = [
    ['an unknown kind', { kind: 'no-such-kind', situation: pool }],
    ['a situation the course dropped', { kind: 'next-state', situation: { segments: [], situations: ['no_such_case' as never] } }],
    ['an empty pool for a drawing kind', { kind: 'ack-value', situation: { segments: [], situations: [] } }],
  ];
  it.each(gone)('%s gives null', (_, entry) => expect(practiceQuestion(entry, seedOf(1))).toBeNull());
});
