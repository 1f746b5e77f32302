/** getStaticPaths for the lesson routes of one locale: one page per lesson, by its front-matter id. */
import type { Locale } from '../i18n/index.ts';
import { getLessons, type Lesson } from './index.ts';

export async function lessonPaths(locale: Locale): Promise<{ params: { id: string }; props: { lesson: Lesson } }[]> {
  const lessons = await getLessons(locale);
  return lessons.map((lesson) => ({ params: { id: lesson.data.id }, props: { lesson } }));
}

/** Whether a route (Astro's `routePattern`, '/zh/lessons/[id]') is the lesson route of a language: its `id` param is the lesson. */
export function isLessonRoute(routePattern: string): boolean {
  return /^(\/[a-z]{2})?\/lessons\/\[id\]\/?$/.test(routePattern);
}
