import { describe, expect, it } from 'vitest';
import {
  completedLessons,
  EMPTY_PROGRESS,
  PROGRESS_VERSION,
  readProgress,
  recordAttempt,
  writeProgress,
  type Progress,
} from '../../src/quiz/index.ts';

const lesson = (correct: number, total: number, completed = false) => ({ attempts: 1, best: { correct, total }, lastSeed: 'k3', completed });
const stored = (lessons: unknown, version: unknown = PROGRESS_VERSION) =>
  JSON.stringify(version === PROGRESS_VERSION ? { ...EMPTY_PROGRESS, version, lessons } : { version, lessons });
const withLessons = (lessons: Progress['lessons']): Progress => ({ ...EMPTY_PROGRESS, lessons });

describe('readProgress', () => {
  const good: [string, string | null | undefined, Progress][] = [
    ['nothing stored: a fresh start', null, EMPTY_PROGRESS],
    ['undefined: a fresh start', undefined, EMPTY_PROGRESS],
    ['an empty record', stored({}), EMPTY_PROGRESS],
    ['a lesson', stored({ 'tcp-header': lesson(4, 5, true) }), withLessons({ 'tcp-header': lesson(4, 5, true) })],
    ['a version 1 lesson, migrated', stored({ 'tcp-header': lesson(4, 5, true) }, 1), withLessons({ 'tcp-header': lesson(4, 5, true) })],
    ['version 1 without lessons', stored({}, 1), EMPTY_PROGRESS],
  ];
  it.each(good)('%s', (_, raw, progress) => {
    expect(readProgress(raw)).toEqual({ ok: true, progress });
  });

  const bad: [string, string, string][] = [
    ['not JSON', '{oops', 'corrupt'],
    ['garbage', 'garbage', 'corrupt'],
    ['JSON null', 'null', 'corrupt'],
    ['an array', '[]', 'corrupt'],
    ['no version', JSON.stringify({ lessons: {} }), 'corrupt'],
    ['string version', stored({}, '1'), 'corrupt'],
    ['version 0 (never existed)', stored({}, 0), 'corrupt'],
    ['newer version', stored({}, PROGRESS_VERSION + 1), 'newer_version'],
    ['a much newer version', stored({}, 99), 'newer_version'],
    ['version 1 with a malformed lesson', stored({ x: lesson(6, 5) }, 1), 'corrupt'],
    ['version 2 without its lab', JSON.stringify({ version: 2, lessons: {}, mistakes: [], exams: [], work: {} }), 'corrupt'],
    ['version 2 with a bad lab level', JSON.stringify({ ...EMPTY_PROGRESS, lab: { a: { solvedAt: -1 } } }), 'corrupt'],
    ['version 2 with a bad mistake', JSON.stringify({ ...EMPTY_PROGRESS, mistakes: [{ kind: 'ack-value' }] }), 'corrupt'],
    ['version 2 with a bad exam', JSON.stringify({ ...EMPTY_PROGRESS, exams: [{ seed: 'a', at: 1, score: { correct: 2, total: 1 }, byLesson: {} }] }), 'corrupt'],
    ['lessons not an object', stored([]), 'corrupt'],
    ['a lesson of the wrong shape', stored({ x: { attempts: 'many' } }), 'corrupt'],
    ['more right than asked', stored({ x: lesson(6, 5) }), 'corrupt'],
    ['negative attempts', stored({ x: { ...lesson(1, 5), attempts: -1 } }), 'corrupt'],
  ];
  it.each(bad)('%s → set aside as %s', (_, raw, problem) => {
    expect(readProgress(raw)).toEqual({ ok: false, problem, raw });
  });

  it('reads back what it writes', () => {
    const p = recordAttempt(EMPTY_PROGRESS, 'tcp-header', { correct: 3, total: 5, seed: 'abc' });
    expect(readProgress(writeProgress(p))).toEqual({ ok: true, progress: p });
  });
});

describe('recordAttempt', () => {
  // [attempts as [correct, total], expected attempts, best, completed]
  const table: [string, [number, number][], number, [number, number], boolean][] = [
    ['one weak attempt', [[2, 5]], 1, [2, 5], false],
    ['80% completes', [[4, 5]], 1, [4, 5], true],
    ['a better one raises the best', [[2, 5], [5, 5]], 2, [5, 5], true],
    ['a worse one keeps the best and stays completed', [[5, 5], [1, 5]], 2, [5, 5], true],
    ['best compares shares, not counts', [[4, 4], [4, 5]], 2, [4, 4], true],
    ['just under 80% does not complete', [[3, 4], [7, 9]], 2, [7, 9], false],
  ];
  it.each(table)('%s', (_, attempts, count, [correct, total], completed) => {
    let p = EMPTY_PROGRESS;
    attempts.forEach(([c, t], i) => (p = recordAttempt(p, 'three-way-handshake', { correct: c, total: t, seed: `s${i}` })));
    expect(p.lessons['three-way-handshake']).toEqual({
      attempts: count,
      best: { correct, total },
      lastSeed: `s${attempts.length - 1}`,
      completed,
    });
    expect(completedLessons(p)).toEqual(completed ? ['three-way-handshake'] : []);
  });

  it('keeps other lessons as they were', () => {
    const a = recordAttempt(EMPTY_PROGRESS, 'tcp-header', { correct: 5, total: 5, seed: 'a' });
    const b = recordAttempt(a, 'three-way-handshake', { correct: 0, total: 5, seed: 'b' });
    expect(b.lessons['tcp-header']).toEqual(a.lessons['tcp-header']);
    expect(completedLessons(b)).toEqual(['tcp-header']);
  });
});
