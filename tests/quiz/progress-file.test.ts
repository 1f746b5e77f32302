// Progress files: what export writes, import reads back; anything else is refused with its reason,
// and a refused file never reaches what is held (fuzzed with fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteMistake, type WrongAnswer } from '../../src/quiz/notebook.ts';
import { importedProgress, mergeProgress, PROGRESS_FILE_FORMAT, progressFileOf, readProgressFile } from '../../src/quiz/progress-file.ts';
import { EMPTY_PROGRESS, PROGRESS_VERSION, recordAttempt, recordExamResult, recordLab, type Progress } from '../../src/quiz/progress.ts';

const mine: Progress = recordLab(recordAttempt(EMPTY_PROGRESS, 'tcp-header', { correct: 2, total: 5, seed: 'a' }), 'lvl-a', 10);
const theirs: Progress = recordExamResult(
  recordLab(recordAttempt(EMPTY_PROGRESS, 'tcp-header', { correct: 5, total: 5, seed: 'b' }), 'lvl-a', 5),
  { seed: 'e', at: 20, score: { correct: 10, total: 15 }, byLesson: {} },
);

describe('readProgressFile', () => {
  it('reads back what export writes', () => {
    expect(readProgressFile(progressFileOf(mine, 99))).toEqual({ ok: true, progress: mine });
  });
  const file = (body: object) => JSON.stringify({ format: PROGRESS_FILE_FORMAT, ...body });
  const refused: [string, string, string][] = [
    ['not JSON', 'hello', 'not_json'],
    ['empty', '', 'not_json'],
    ['JSON of another kind', JSON.stringify({ name: 'package', version: '1.0.0' }), 'foreign'],
    ['our stored shape without the file marker', JSON.stringify(EMPTY_PROGRESS), 'foreign'],
    ['an array', '[1,2]', 'foreign'],
    ['newer version', file({ ...EMPTY_PROGRESS, version: PROGRESS_VERSION + 1 }), 'newer_version'],
    ['damaged lessons', file({ ...EMPTY_PROGRESS, lessons: { x: { attempts: -2 } } }), 'damaged'],
    ['no version', file({ lessons: {} }), 'damaged'],
  ];
  it.each(refused)('%s → %s', (_, text, problem) => {
    expect(readProgressFile(text)).toEqual({ ok: false, problem });
  });
  it('migrates a version 1 file', () => {
    const v1 = file({ version: 1, lessons: mine.lessons });
    expect(readProgressFile(v1)).toEqual({ ok: true, progress: { ...EMPTY_PROGRESS, lessons: mine.lessons } });
  });
});

describe('merge and replace', () => {
  it('merge keeps the better lesson result and the first solve', () => {
    const merged = mergeProgress(mine, theirs);
    expect(merged.lessons['tcp-header']).toMatchObject({ best: { correct: 5, total: 5 }, completed: true, attempts: 1, lastSeed: 'a' });
    expect(merged.lab).toEqual({ 'lvl-a': { solvedAt: 5 } });
    expect(merged.exams).toHaveLength(1);
  });
  it('merging a file twice changes nothing the second time', () => {
    const once = mergeProgress(mine, theirs);
    expect(mergeProgress(once, theirs)).toEqual(once);
  });
  it('replace takes the file as it is', () => {
    expect(importedProgress(mine, theirs, 'replace')).toEqual(theirs);
  });
  it('merge keeps every notebook entry', () => {
    const wrong: WrongAnswer = { kind: 'next-state', situation: { segments: [], situations: ['listen_rcv_syn'] as const }, source: 's', seed: 'q', answer: 'LISTEN', right: 'SYN_RECEIVED' };
    const a = noteMistake(mine, wrong, 1);
    const b = noteMistake(theirs, { ...wrong, situation: { segments: [], situations: ['closed_call_connect'] as const } }, 2);
    expect(mergeProgress(a, b).mistakes).toHaveLength(2);
  });
});

describe('fuzzed files', () => {
  // Anything JSON can hold, under the marker or not: either a progress record or a refusal, never a throw.
  const anyJson = fc.jsonValue();
  const marked = fc.record({ format: fc.constant(PROGRESS_FILE_FORMAT), version: fc.oneof(fc.integer(), fc.string()), lessons: anyJson, lab: anyJson, mistakes: anyJson, exams: anyJson, work: anyJson }, { requiredKeys: ['format'] });
  it('never throws, and a file it takes reads back the same', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson.map((v) => JSON.stringify(v)), marked.map((v) => JSON.stringify(v)), fc.string()), (text) => {
        const read = readProgressFile(text);
        if (read.ok) expect(readProgressFile(progressFileOf(read.progress, 0))).toEqual(read);
        else expect(['not_json', 'foreign', 'damaged', 'newer_version']).toContain(read.problem);
      }),
      { numRuns: 500 },
    );
  });
  it('a mutated good file is either read as progress or refused', () => {
    const text = progressFileOf(mergeProgress(mine, theirs), 1);
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
        const mutated = text.slice(0, at) + insert + text.slice(at + 1);
        const read = readProgressFile(mutated);
        if (read.ok) expect(read.progress.version).toBe(PROGRESS_VERSION);
      }),
      { numRuns: 500 },
    );
  });
});
