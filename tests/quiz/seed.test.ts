import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSeed, formatSeed, parseSeed, seedFromBits, seedOf } from '../../src/quiz/index.ts';

describe('seeds', () => {
  const good: [string, number][] = [
    ['0', 0],
    ['z', 35],
    ['10', 36],
    ['1z141z3', 0xffffffff],
    ['ABC', parseInt('abc', 36)],
    [' k3 ', parseInt('k3', 36)],
  ];
  it.each(good)('parses %j', (text, value) => {
    expect(parseSeed(text)).toEqual({ ok: true, seed: value });
  });

  const bad: [string, string][] = [
    ['', 'empty'],
    ['  ', 'empty'],
    ['1z141z4', 'too_large'],
    ['zzzzzzzz', 'too_large'],
    ['12345678901234567890', 'too_large'],
    ['-1', 'not_base36'],
    ['a_b', 'not_base36'],
    ['1.5', 'not_base36'],
    ['种子', 'not_base36'],
  ];
  it.each(bad)('rejects %j as %s', (text, error) => {
    expect(parseSeed(text)).toEqual({ ok: false, error });
  });

  it('formats every uint32 as at most 7 URL-safe characters that parse back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        const text = formatSeed(seedOf(n));
        expect(text).toMatch(/^[0-9a-z]{1,7}$/);
        expect(parseSeed(text)).toEqual({ ok: true, seed: n });
      }),
    );
  });

  it('seedOf refuses non-uint32 values; seedFromBits folds any 32 bits into one', () => {
    for (const n of [-1, 0.5, 2 ** 32, NaN]) expect(() => seedOf(n)).toThrow(RangeError);
    expect(seedFromBits(-1)).toBe(0xffffffff);
  });

  it('gives each lesson its own fixed default seed', () => {
    expect(defaultSeed('tcp-header')).toBe(defaultSeed('tcp-header'));
    expect(defaultSeed('tcp-header')).not.toBe(defaultSeed('three-way-handshake'));
  });
});
