/**
 * The per-frame rules that both ladder drawings follow (<Ladder> drawing a frame, showFrame
 * changing the build's drawing to it): where an arrow's segment is, how far along it has come,
 * and which marks are past, current or to come. The two drawings are held equal end to end
 * (tests/e2e/ladder-frames.spec.ts); this pins the rules themselves.
 */
import { describe, expect, test } from 'vitest';
import { arrowClass, markClass, nowBand, phaseOf, progressOf, type ArrowPhase } from '../../src/islands/stepper/ladder-frame.ts';
import { LADDER, rowY } from '../../src/islands/stepper/ladder-geometry.ts';

// A segment sent at frame 2 that arrives at frame 5.
const segment = { sentAt: 2, endsAt: 5 };

describe('an arrow sent at frame 2 and arriving at frame 5', () => {
  test.each<[number | null, ArrowPhase, number]>([
    [null, 'past', 1], // the static picture: every arrow whole
    [0, 'future', 1],
    [1, 'future', 1],
    [2, 'leaving', 0.2], // just sent: drawn a fifth of the way, so it shows
    [3, 'flying', 1 / 3],
    [4, 'flying', 2 / 3],
    [5, 'arrived', 1],
    [6, 'past', 1],
  ])('at frame %s it is %s, drawn %f of the way', (current, phase, progress) => {
    expect(phaseOf(segment, current)).toBe(phase);
    expect(progressOf(segment, phase, current)).toBeCloseTo(progress, 12);
  });
});

test('an old duplicate comes in from just above the row it arrives at, and is never drawn part way', () => {
  const injected = { sentAt: 4 - 0.6, endsAt: 4 };
  expect([0, 1, 2, 3, 4, 5].map((k) => phaseOf(injected, k))).toEqual(['future', 'future', 'future', 'future', 'arrived', 'past']);
  for (let k = 0; k <= 5; k++) expect(progressOf(injected, phaseOf(injected, k), k)).toBe(1);
});

test.each<[number, number | null, string]>([
  [3, null, 'lad-mark'],
  [3, 4, 'lad-mark'],
  [3, 3, 'lad-mark is-current'],
  [3, 2, 'lad-mark is-future'],
])('a mark of frame %s at frame %s is %j', (frame, current, cls) => {
  expect(markClass(frame, current)).toBe(cls);
});

test('an arrow says its phase, and whether it was lost or is an old duplicate', () => {
  expect(arrowClass('flying', { injected: false, lost: false })).toBe('lad-arrow is-flying');
  expect(arrowClass('arrived', { injected: true, lost: false })).toBe('lad-arrow is-arrived is-injected');
  expect(arrowClass('past', { injected: false, lost: true })).toBe('lad-arrow is-past is-lost');
});

test("the current row's band spans the drawing's width, centred on the row", () => {
  expect(nowBand(3)).toEqual({ x: 0, y: rowY(3) - LADDER.row / 2, width: LADDER.width, height: LADDER.row });
});
