import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/lessons/schema.ts';
import { byCourseOrder, lessonLocale, neighbours } from '../../src/lessons/order.ts';

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
