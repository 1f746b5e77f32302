/**
 * What lessons teach and what their quizzes ask, from their front matter (src/lessons/schema.ts).
 * Pure, for the <Quiz> wrapper and for tests that hold a quiz to what the course has taught.
 */
import type { QuizPool } from '../quiz/index.ts';
import type { LessonData } from './schema.ts';
import { byCourseOrder } from './order.ts';

/** What a lesson's quiz asks: its `asks`, or else what it teaches. */
export function quizPoolOf(lesson: Pick<LessonData, 'teaches' | 'asks'>): QuizPool {
  return lesson.asks ?? lesson.teaches;
}

/** Everything taught by the lesson `id` and the lessons before it in course order. */
export function taughtThrough(lessons: readonly Pick<LessonData, 'id' | 'order' | 'teaches'>[], id: string): QuizPool {
  const ordered = [...lessons].sort(byCourseOrder);
  const upTo = ordered.slice(0, ordered.findIndex((lesson) => lesson.id === id) + 1);
  const segments = new Map(upTo.flatMap((l) => l.teaches.segments).map((s) => [`${s.scenario}/${s.from}/${s.nth}`, s]));
  return { segments: [...segments.values()], situations: [...new Set(upTo.flatMap((l) => l.teaches.situations))] };
}
