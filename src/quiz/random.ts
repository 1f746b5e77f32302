// Seeded randomness for question generation: pure-rand's xoroshiro128+ and its uniformInt, used
// through their public entry points only (tests/quiz/random.test.ts pins what a seed draws).
// Never Math.random: a seed must give the same quiz on every machine, forever.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { SEQ_SPACE } from '../core/seq.ts';
import type { Seed } from './seed.ts';

/** A random source. It advances as it is used: one per quiz, consumed in a fixed order. */
export interface Rng {
  /** An integer in from..to, both included. */
  int(from: number, to: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** The list in a random order (a new array). */
  shuffle<T>(items: readonly T[]): T[];
}

export function createRng(seed: Seed): Rng {
  const generator: RandomGenerator = xoroshiro128plus(seed);
  const int = (from: number, to: number) => uniformInt(generator, from, to);
  return {
    int,
    pick(items) {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
}

/** How close to 2^32 − 1 a "near the wrap" ISN is drawn. */
export const NEAR_WRAP = 10;

/**
 * An initial sequence number anywhere in 0..2^32−1, but one time in four within NEAR_WRAP of
 * 2^32 − 1, so that SYN's "+1" (and the data after it) wraps round to 0 in a fair share of
 * questions: uniform draws would almost never show the wrap.
 */
export function drawIsn(rng: Rng): number {
  const last = SEQ_SPACE - 1;
  return rng.int(1, 4) === 1 ? rng.int(last - NEAR_WRAP, last) : rng.int(0, last);
}
