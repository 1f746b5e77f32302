/** Pure helpers for ordering lessons and finding neighbours; no Astro imports so they are unit-testable. */
import { isLocale, type Locale } from '../i18n/locales.ts';

/** `en/how-to-use` → `'en'`. Entry ids are file paths under content/lessons. */
export function lessonLocale(entryId: string): Locale | undefined {
  const first = entryId.split('/')[0];
  return isLocale(first) ? first : undefined;
}

/** Sort by `order`, then by id, so equal orders still give one stable outline. */
export function byCourseOrder(a: { order: number; id: string }, b: { order: number; id: string }): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The lessons before and after `id` in an already ordered list. */
export function neighbours<T extends { data: { id: string } }>(
  ordered: readonly T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const index = ordered.findIndex((lesson) => lesson.data.id === id);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}
