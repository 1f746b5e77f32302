// The quiz as a whole: determinism per seed, and properties over random seeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctResponse, grade, makeQuiz, QUIZ_KINDS, seedOf, type Question, type QuizPool } from '../../src/quiz/index.ts';
import { NEAR_WRAP } from '../../src/quiz/random.ts';
import { quizPools } from '../lesson-front-matter.ts';

// The lessons' quiz pools, as their front matter declares them.
const LESSON_POOLS = Object.fromEntries(quizPools());

/** Every lesson's pool, and one of the closing half (pools are data the page hands in). */
const CLOSING: QuizPool = {
  segments: [
    { scenario: 'close-from-client', from: 'server', nth: 2 },
    { scenario: 'close-from-server', from: 'client', nth: 3 },
    { scenario: 'simultaneous-close', from: 'client', nth: 4 },
  ],
  situations: ['fin_wait_1_rcv_ack', 'time_wait_timeout', 'closing_rcv_ack'],
};
/** The header lesson's pool when the questions below were recorded (it has asked less since). */
const RECORDED_HEADER_POOL: QuizPool = {
  segments: [
    { scenario: 'normal-open', from: 'client', nth: 1 },
    { scenario: 'normal-open', from: 'server', nth: 1 },
    { scenario: 'normal-open', from: 'client', nth: 2 },
    { scenario: 'abortive-close', from: 'client', nth: 3 },
    { scenario: 'abortive-close', from: 'server', nth: 2 },
    { scenario: 'abortive-close', from: 'client', nth: 4 },
    { scenario: 'close-from-client', from: 'client', nth: 3 },
    { scenario: 'close-from-client', from: 'server', nth: 3 },
    { scenario: 'close-from-client', from: 'client', nth: 4 },
  ],
  situations: [],
};
const POOLS: QuizPool[] = [...Object.values(LESSON_POOLS), CLOSING];
const HANDSHAKE = LESSON_POOLS['three-way-handshake']!;
const seeds = fc.integer({ min: 0, max: 0xffffffff }).map(seedOf);
const pools = fc.constantFrom(...POOLS);
const kindLists = fc.uniqueArray(fc.constantFrom(...QUIZ_KINDS), { minLength: 1, maxLength: 4 });
const numbersIn = (q: Question): number[] =>
  q.story.flatMap((line) =>
    line.type === 'call' ? [line.isn ?? 0] : line.type === 'segment' ? [line.seq ?? 0, typeof line.ack === 'number' ? line.ack : 0] : [],
  );

describe('makeQuiz', () => {
  it('same seed → same quiz; questions come in the order of the kinds given', () => {
    fc.assert(
      fc.property(pools, seeds, kindLists, fc.integer({ min: 1, max: 8 }), (pool, seed, kinds, count) => {
        const quiz = makeQuiz(pool, seed, kinds, count);
        expect(makeQuiz(pool, seed, kinds, count)).toEqual(quiz);
        expect(quiz.map((q) => q.kind)).toEqual(quiz.map((_, i) => kinds[i % kinds.length]));
        expect(quiz.map((q) => q.index)).toEqual(quiz.map((_, i) => i));
      }),
      { numRuns: 60 },
    );
  });

  it('every computed answer grades as correct; numbers stay in 0..2^32−1', () => {
    fc.assert(
      fc.property(pools, seeds, (pool, seed) => {
        for (const q of makeQuiz(pool, seed, QUIZ_KINDS, 8)) {
          expect(grade(q, correctResponse(q))).toMatchObject({ correct: true });
          for (const n of [...numbersIn(q), ...(typeof q.answer === 'number' ? [q.answer] : [])]) {
            expect(Number.isInteger(n) && n >= 0 && n <= 0xffffffff).toBe(true);
          }
          // A trap is a wrong answer by construction.
          if ('traps' in q) {
            for (const trap of q.traps) expect(grade(q, typeof trap.value === 'number' ? String(trap.value) : trap.value).correct).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('different seeds give different quizzes', () => {
    const a = makeQuiz(HANDSHAKE, seedOf(1), QUIZ_KINDS, 5);
    const b = makeQuiz(HANDSHAKE, seedOf(2), QUIZ_KINDS, 5);
    expect(a).not.toEqual(b);
  });

  it('puts a fair share of ISNs near the wrap (about one in four)', () => {
    let near = 0;
    let all = 0;
    for (let s = 0; s < 200; s++) {
      for (const q of makeQuiz(HANDSHAKE, seedOf(s), ['seq-value'], 4)) {
        for (const line of q.story) {
          if (line.type === 'call' && line.isn !== undefined) {
            all++;
            if (line.isn >= 0xffffffff - NEAR_WRAP) near++;
          }
        }
      }
    }
    expect(near / all).toBeGreaterThan(0.18);
    expect(near / all).toBeLessThan(0.32);
  });

  it('refuses no kinds or a bad count', () => {
    expect(() => makeQuiz(HANDSHAKE, seedOf(1), [], 5)).toThrow(RangeError);
    expect(() => makeQuiz(HANDSHAKE, seedOf(1), QUIZ_KINDS, 0)).toThrow(RangeError);
  });

  it('keeps the questions a seed gave before the kinds became modules', () => {
    // A shared link's seed (or the one in stored progress) must keep its questions: these are
    // what the engine gave for these seeds when it still switched on the kind.
    const header = makeQuiz(RECORDED_HEADER_POOL, seedOf(0x2a), ['which-flags', 'seq-value', 'ack-value'], 5);
    expect(header.map((q) => [q.kind, q.profile, q.answer])).toEqual([
      ['which-flags', 'linux', ['ACK']],
      ['seq-value', 'linux', 1508466659],
      ['ack-value', 'linux', 1841801771],
      ['which-flags', 'rfc9293', ['SYN', 'ACK']],
      ['seq-value', 'rfc9293', 4294967294],
    ]);
    const handshake = makeQuiz(HANDSHAKE, seedOf(7), ['next-state', 'ack-value', 'seq-value', 'which-flags'], 8);
    expect(handshake.map((q) => [q.kind, q.profile, q.answer, q.story.length])).toEqual([
      ['next-state', 'linux', 'SYN_SENT', 1],
      ['ack-value', 'rfc9293', 4294967287, 4],
      ['seq-value', 'rfc9293', 3304115150, 5],
      ['which-flags', 'rfc9293', ['SYN'], 3],
      ['next-state', 'rfc9293', 'CLOSED', 3],
      ['ack-value', 'rfc9293', 3318768561, 5],
      ['seq-value', 'rfc9293', 3633118823, 3],
      ['which-flags', 'linux', ['ACK'], 5],
    ]);
  });
});
