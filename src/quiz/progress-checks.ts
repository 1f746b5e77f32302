// Small validators shared by the progress readers: stored data is untrusted text, so every field
// is checked for its type before it is used.
import type { LessonProgress } from './progress.ts';

/** A response or answer as JSON holds it: a number, a text, control bits or a choice; null when none. */
export type StoredAnswer = string | number | readonly string[] | null;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** A stored answer, or undefined when the value is not one. */
export function readStoredAnswer(v: unknown): StoredAnswer | undefined {
  if (v === null || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

function isLessonProgress(v: unknown): v is LessonProgress {
  if (!isRecord(v) || !isRecord(v.best)) return false;
  const { correct, total } = v.best;
  return (
    isCount(v.attempts) &&
    isCount(correct) &&
    isCount(total) &&
    correct <= total &&
    typeof v.lastSeed === 'string' &&
    typeof v.completed === 'boolean'
  );
}

/** Lessons' quiz results, the same in versions 1 and 2: null when any is malformed. */
export function readLessons(v: unknown): Record<string, LessonProgress> | null {
  if (!isRecord(v) || !Object.values(v).every(isLessonProgress)) return null;
  return Object.fromEntries(
    Object.entries(v as Record<string, LessonProgress>).map(([id, l]) => [
      id,
      { attempts: l.attempts, best: { correct: l.best.correct, total: l.best.total }, lastSeed: l.lastSeed, completed: l.completed },
    ]),
  );
}
