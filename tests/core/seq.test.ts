// RFC 9293 §3.4 modular sequence arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seqAdd, seqDiff, seqGe, seqGt, seqInWindow, seqLe, seqLt, seqNum } from '../../src/core/index.ts';

const MAX = 4294967295;

describe('seq', () => {
  it('seq_num_rejects_values_outside_uint32', () => {
    expect(() => seqNum(-1)).toThrow(RangeError);
    expect(() => seqNum(MAX + 1)).toThrow(RangeError);
    expect(() => seqNum(1.5)).toThrow(RangeError);
    expect(seqNum(MAX)).toBe(MAX);
  });

  it('seq_add_wraps_at_2_pow_32', () => {
    expect(seqAdd(seqNum(MAX), 1)).toBe(0);
    expect(seqAdd(seqNum(0), -1)).toBe(MAX);
    expect(seqAdd(seqNum(MAX - 2), 10)).toBe(7);
  });

  it('comparisons_follow_the_short_way_round', () => {
    expect(seqLt(seqNum(MAX), seqNum(0))).toBe(true);
    expect(seqGt(seqNum(0), seqNum(MAX))).toBe(true);
    expect(seqDiff(seqNum(3), seqNum(MAX - 1))).toBe(5);
    expect(seqLe(seqNum(7), seqNum(7))).toBe(true);
    expect(seqGe(seqNum(7), seqNum(8))).toBe(false);
  });

  it('window_spans_the_wrap', () => {
    expect(seqInWindow(seqNum(2), seqNum(MAX - 1), 10)).toBe(true);
    expect(seqInWindow(seqNum(MAX - 2), seqNum(MAX - 1), 10)).toBe(false);
    expect(seqInWindow(seqNum(5), seqNum(5), 0)).toBe(false);
  });

  it('add_then_diff_round_trips_for_any_start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX }), fc.integer({ min: -(2 ** 31) + 1, max: 2 ** 31 - 1 }), (a, n) => {
        const s = seqNum(a);
        const b = seqAdd(s, n);
        expect(seqDiff(b, s)).toBe(n);
        expect(seqLt(s, b)).toBe(n > 0);
      }),
    );
  });
});
