/** Queries over the lessons collection, shared by the course map, outline, pager and routes. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';
import { lessonLocale, byCourseOrder } from './order.ts';

export type Lesson = CollectionEntry<'lessons'>;

/** All lessons of one locale, in course order. */
export async function getLessons(locale: Locale): Promise<Lesson[]> {
  const all = await getCollection('lessons', (entry) => lessonLocale(entry.id) === locale);
  return all.sort((a, b) => byCourseOrder(a.data, b.data));
}
