// The quiz's uniform integers must be pure-rand's own, draw for draw: a seed in a shared link has
// to keep giving the same questions.
import fc from 'fast-check';
import { uniformInt as pureRandUniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { uniformInt } from '../../src/quiz/random.ts';

const range = fc
  .tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })))
  .map(([from, width]) => ({ from, to: from + width }));

describe('uniformInt', () => {
  it('draws what pure-rand draws, from the same generator state, for every range up to 2^32', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(range, { minLength: 1, maxLength: 20 }), (seed, ranges) => {
        const ours = xoroshiro128plus(seed);
        const theirs = xoroshiro128plus(seed);
        for (const { from, to } of ranges) expect(uniformInt(ours, from, to)).toBe(pureRandUniformInt(theirs, from, to));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a single value', 7, 7],
    ['the whole sequence space', 0, 2 ** 32 - 1],
    ['two values', 0, 1],
  ])('handles %s', (_, from, to) => {
    const generator = xoroshiro128plus(42);
    for (let i = 0; i < 100; i++) {
      const n = uniformInt(generator, from, to);
      expect(n).toBeGreaterThanOrEqual(from);
      expect(n).toBeLessThanOrEqual(to);
      expect(Number.isInteger(n)).toBe(true);
    }
  });

  it.each([
    [1, 0],
    [0, 2 ** 32],
  ])('rejects %i..%i', (from, to) => {
    expect(() => uniformInt(xoroshiro128plus(1), from, to)).toThrow(RangeError);
  });
});
