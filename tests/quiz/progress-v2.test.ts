// Version 2 of stored progress: today's saved data (a copy of version 1, the shape the site wrote
// before) is migrated with every result; the lab, the notebook, exams and kept work round-trip.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mistakeKey, noteMistake, notePractice, RIGHT_TO_LEAVE } from '../../src/quiz/notebook.ts';
import {
  EMPTY_PROGRESS,
  keepWork,
  MAX_EXAMS,
  readProgress,
  recordExamResult,
  recordLab,
  standingOf,
  writeProgress,
  type Progress,
} from '../../src/quiz/progress.ts';

const savedV1 = readFileSync(new URL('../fixtures/progress/v1.json', import.meta.url), 'utf8');

describe('migrating version 1', () => {
  const v1 = JSON.parse(savedV1) as { lessons: Record<string, unknown> };
  const loaded = readProgress(savedV1);

  it('reads the saved copy as version 2', () => {
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.progress.version).toBe(2);
  });
  it.each(Object.entries(v1.lessons))('keeps %s exactly', (id, result) => {
    if (loaded.ok) expect(loaded.progress.lessons[id]).toEqual(result);
  });
  it('starts the new parts empty', () => {
    if (!loaded.ok) throw new Error('not migrated');
    const { lab, mistakes, exams, work } = loaded.progress;
    expect({ lab, mistakes, exams, work }).toEqual({ lab: {}, mistakes: [], exams: [], work: {} });
  });
});

const wrong = (nth: number, answer: string) => ({
  kind: 'ack-value',
  situation: { segments: [{ scenario: 'normal-open' as const, from: 'client' as const, nth }], situations: [] },
  source: 'three-way-handshake',
  seed: 'k3',
  answer,
  right: '101',
});

describe('version 2 round trip', () => {
  let p: Progress = recordLab(EMPTY_PROGRESS, 'lose-the-syn', 1000);
  p = noteMistake(p, wrong(1, '100'), 2000);
  p = recordExamResult(p, { seed: 'ab', at: 3000, score: { correct: 9, total: 15 }, byLesson: { 'tcp-header': { correct: 2, total: 3 } } });
  p = keepWork(p, 'tcp-header', { seed: 'x1', responses: ['5', null, ['SYN', 'ACK'], 200], checked: [true, false, true, false] });
  it('reads back what it writes', () => {
    expect(readProgress(writeProgress(p))).toEqual({ ok: true, progress: p });
  });
  it('drops kept work that does not read, keeping the rest', () => {
    const raw = JSON.stringify({ ...p, work: { ...p.work, broken: { seed: 3 } } });
    expect(readProgress(raw)).toEqual({ ok: true, progress: p });
  });
});

describe('lab', () => {
  it('keeps the first time a level was solved', () => {
    const p = recordLab(recordLab(EMPTY_PROGRESS, 'a', 5), 'a', 9);
    expect(p.lab).toEqual({ a: { solvedAt: 5 } });
  });
});

describe('exams', () => {
  it(`keeps the latest ${MAX_EXAMS}`, () => {
    let p = EMPTY_PROGRESS;
    for (let at = 0; at < MAX_EXAMS + 3; at++) p = recordExamResult(p, { seed: 's', at, score: { correct: 1, total: 15 }, byLesson: {} });
    expect(p.exams.map((e) => e.at)).toEqual(Array.from({ length: MAX_EXAMS }, (_, i) => i + 3));
  });
});

describe('standingOf', () => {
  const table = [
    ['no record', undefined, 'not_started'],
    ['tried', { attempts: 1, best: { correct: 1, total: 5 }, lastSeed: 'a', completed: false }, 'tried'],
    ['passed', { attempts: 2, best: { correct: 5, total: 5 }, lastSeed: 'a', completed: true }, 'passed'],
  ] as const;
  it.each(table)('%s', (_, lesson, standing) => expect(standingOf(lesson)).toBe(standing));
});

describe('the mistake notebook', () => {
  const key = mistakeKey(wrong(1, '100'));
  const outcome = (correct: boolean) => ({ correct, seed: 'n', answer: correct ? '101' : '7', right: '101' });

  it('keeps one entry per situation, the latest wrong answer', () => {
    const p = noteMistake(noteMistake(EMPTY_PROGRESS, wrong(1, '100'), 1), wrong(1, '5'), 2);
    expect(p.mistakes).toEqual([{ ...wrong(1, '5'), rightInARow: 0, at: 2 }]);
  });
  it('keeps different situations apart', () => {
    const p = noteMistake(noteMistake(EMPTY_PROGRESS, wrong(1, '100'), 1), wrong(2, '5'), 2);
    expect(p.mistakes).toHaveLength(2);
  });
  // [practice answers, entries left, right in a row]
  const practice: [string, boolean[], number, number][] = [
    ['one right', [true], 1, 1],
    [`${RIGHT_TO_LEAVE} right in a row: it leaves`, [true, true], 0, 0],
    ['right, wrong, right: still there', [true, false, true], 1, 1],
    ['wrong: the count starts over', [false], 1, 0],
  ];
  it.each(practice)('%s', (_, answers, left, inARow) => {
    let p = noteMistake(EMPTY_PROGRESS, wrong(1, '100'), 1);
    answers.forEach((correct, i) => (p = notePractice(p, key, outcome(correct), 10 + i)));
    expect(p.mistakes).toHaveLength(left);
    if (left) expect(p.mistakes[0]?.rightInARow).toBe(inARow);
  });
  it('a wrong practice answer is kept as the latest answer', () => {
    const p = notePractice(noteMistake(EMPTY_PROGRESS, wrong(1, '100'), 1), key, outcome(false), 7);
    expect(p.mistakes[0]).toMatchObject({ answer: '7', seed: 'n', at: 7 });
  });
});
