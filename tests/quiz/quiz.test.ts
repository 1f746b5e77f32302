// The quiz as a whole: determinism per seed, and properties over random seeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctResponse, grade, makeQuiz, QUIZ_KINDS, seedOf, type Question } from '../../src/quiz/index.ts';
import { NEAR_WRAP } from '../../src/quiz/random.ts';
import { quizPools } from '../lesson-front-matter.ts';

// The lessons' quiz pools, as their front matter declares them.
const POOLS = quizPools();
const poolOf = (id: string) => POOLS.get(id)!;
const seeds = fc.integer({ min: 0, max: 0xffffffff }).map(seedOf);
const pools = fc.constantFrom(...[...POOLS.values()]);
const kindLists = fc.uniqueArray(fc.constantFrom(...QUIZ_KINDS), { minLength: 1, maxLength: 4 });
const numbersIn = (q: Question): number[] =>
  q.story.flatMap((line) => (line.type === 'call' ? [line.isn ?? 0] : [line.seq ?? 0, typeof line.ack === 'number' ? line.ack : 0]));

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
          if (q.kind === 'ack-value' || q.kind === 'seq-value') {
            for (const trap of q.traps) expect(grade(q, String(trap.value)).correct).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('different seeds give different quizzes', () => {
    const a = makeQuiz(poolOf('three-way-handshake'), seedOf(1), QUIZ_KINDS, 5);
    const b = makeQuiz(poolOf('three-way-handshake'), seedOf(2), QUIZ_KINDS, 5);
    expect(a).not.toEqual(b);
  });

  it('puts a fair share of ISNs near the wrap (about one in four)', () => {
    let near = 0;
    let all = 0;
    for (let s = 0; s < 200; s++) {
      for (const q of makeQuiz(poolOf('three-way-handshake'), seedOf(s), ['seq-value'], 4)) {
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

  it('refuses no kinds, or a bad count', () => {
    expect(() => makeQuiz(poolOf('tcp-header'), seedOf(1), [], 5)).toThrow(RangeError);
    expect(() => makeQuiz(poolOf('tcp-header'), seedOf(1), QUIZ_KINDS, 0)).toThrow(RangeError);
  });
});
