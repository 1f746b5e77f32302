import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/lessons/schema.ts';
import { byCourseOrder, lessonLocale, neighbours } from '../../src/lessons/order.ts';
import { quizPoolOf, taughtThrough } from '../../src/lessons/teaching.ts';
import { lessonsOf } from '../lesson-front-matter.ts';

const good = { id: 'how-to-use', order: 0, title: 'How to use this course', description: 'Who the course is for and how to read it.' };

/** The front-matter fields a validation failure names. */
function failingFields(data: unknown): string[] {
  const result = lessonSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => (issue.path.length ? issue.path.join('.') : issue.message));
}

describe('lesson front matter', () => {
  it('accepts the contract', () => {
    expect(failingFields(good)).toEqual([]);
  });

  it('names the bad field', () => {
    expect(failingFields({ ...good, order: 'first' })).toEqual(['order']);
    expect(failingFields({ ...good, order: -1 })).toEqual(['order']);
    expect(failingFields({ ...good, id: 'How To Use' })).toEqual(['id']);
    expect(failingFields({ ...good, title: '  ' })).toEqual(['title']);
    const { description: _omitted, ...withoutDescription } = good;
    expect(failingFields(withoutDescription)).toEqual(['description']);
  });

  it('rejects unknown keys, so a misspelt field is not silently dropped', () => {
    expect(failingFields({ ...good, descripton: 'typo' }).join(' ')).toContain('descripton');
  });
});

describe('course order', () => {
  const lesson = (id: string, order: number) => ({ data: { id, order } });

  it('sorts by order, then id', () => {
    const sorted = [lesson('b', 1), lesson('c', 0), lesson('a', 1)].sort((x, y) => byCourseOrder(x.data, y.data));
    expect(sorted.map((l) => l.data.id)).toEqual(['c', 'a', 'b']);
  });

  it('finds neighbours for the pager', () => {
    const ordered = [lesson('a', 0), lesson('b', 1), lesson('c', 2)];
    expect(neighbours(ordered, 'a')).toEqual({ prev: undefined, next: ordered[1] });
    expect(neighbours(ordered, 'b')).toEqual({ prev: ordered[0], next: ordered[2] });
    expect(neighbours(ordered, 'c')).toEqual({ prev: ordered[1], next: undefined });
    expect(neighbours(ordered, 'missing')).toEqual({ prev: undefined, next: undefined });
  });

  it('reads the locale from the entry id', () => {
    expect(lessonLocale('en/how-to-use')).toBe('en');
    expect(lessonLocale('zh/how-to-use')).toBe('zh');
    expect(lessonLocale('fr/how-to-use')).toBeUndefined();
  });
});

describe('what a lesson teaches', () => {
  const teaching = {
    segments: [{ scenario: 'normal-open', from: 'client', nth: 1 }],
    situations: ['listen_rcv_syn'],
  };

  it('is checked against the core: known scenarios and situations, segments a run really sends', () => {
    expect(failingFields({ ...good, teaches: teaching })).toEqual([]);
    expect(failingFields({ ...good, teaches: { ...teaching, situations: ['listen_rcv_fin'] } })).toEqual(['teaches.situations.0']);
    expect(failingFields({ ...good, teaches: { ...teaching, segments: [{ scenario: 'no-such', from: 'client', nth: 1 }] } })).toEqual(['teaches.segments.0.scenario']);
    // The handshake's client sends two segments.
    expect(failingFields({ ...good, teaches: { ...teaching, segments: [{ scenario: 'normal-open', from: 'client', nth: 3 }] } })).toEqual(['teaches.segments.0']);
    expect(failingFields({ ...good, asks: { segments: [{ scenario: 'normal-open', from: 'them', nth: 1 }] } })).toEqual(['asks.segments.0.from']);
  });

  it('defaults to nothing, and the quiz asks what is taught unless `asks` says otherwise', () => {
    const plain = lessonSchema.parse(good);
    expect(plain.teaches).toEqual({ segments: [], situations: [] });
    const taught = lessonSchema.parse({ ...good, teaches: teaching });
    expect(quizPoolOf(taught)).toEqual(taught.teaches);
    const asks = { segments: [], situations: ['closed_call_listen'] };
    expect(quizPoolOf(lessonSchema.parse({ ...good, teaches: teaching, asks }))).toEqual(asks);
  });

  it('adds up along the course', () => {
    const lesson = (id: string, order: number, situations: string[]) => lessonSchema.parse({ ...good, id, order, teaches: { situations } });
    const lessons = [lesson('b', 2, ['listen_rcv_syn', 'closed_call_listen']), lesson('a', 1, ['closed_call_listen']), lesson('c', 3, ['syn_sent_rcv_syn'])];
    expect(taughtThrough(lessons, 'b').situations).toEqual(['closed_call_listen', 'listen_rcv_syn']);
    expect(taughtThrough(lessons, 'a').situations).toEqual(['closed_call_listen']);
  });

  it('is the same in both languages of every lesson', () => {
    const en = lessonsOf('en');
    for (const [file, zh] of lessonsOf('zh')) {
      const { teaches, asks, id, order } = en.get(file)!;
      expect({ teaches, asks, id, order }, file).toEqual({ teaches: zh.teaches, asks: zh.asks, id: zh.id, order: zh.order });
    }
  });
});
