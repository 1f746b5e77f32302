// Quiz progress as stored in the browser: pure reading, validating and updating. The store
// (src/stores/progress.ts) only keeps the value and writes it; everything that decides lives here.
// Lesson ids are language-independent, so the English and the Chinese page share one record.

/** Bump when the stored shape changes; older data is then set aside, never misread. */
export const PROGRESS_VERSION = 1;

/** A lesson counts as completed once a quiz attempt scores at least this share. */
export const COMPLETION_SHARE = 0.8;

export interface LessonProgress {
  readonly attempts: number;
  /** Best score so far: questions right out of questions asked. */
  readonly best: { readonly correct: number; readonly total: number };
  /** The seed of the latest attempt, in its URL form. */
  readonly lastSeed: string;
  readonly completed: boolean;
}

export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  /** Lab levels solved on this device, by level id. */
  readonly lab?: Readonly<Record<string, { readonly solvedAt: number }>>;
}

export const EMPTY_PROGRESS: Progress = { version: PROGRESS_VERSION, lessons: {} };

export type ProgressProblem = 'corrupt' | 'old_version';
export type LoadedProgress =
  | { readonly ok: true; readonly progress: Progress }
  | { readonly ok: false; readonly problem: ProgressProblem; readonly raw: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

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

/** Reads stored text. Missing data is a fresh start; anything unreadable is reported, with the text to set aside. */
export function readProgress(raw: string | undefined | null): LoadedProgress {
  if (raw === undefined || raw === null) return { ok: true, progress: EMPTY_PROGRESS };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt', raw };
  }
  if (!isRecord(data) || !isCount(data.version)) return { ok: false, problem: 'corrupt', raw };
  if (data.version !== PROGRESS_VERSION) return { ok: false, problem: 'old_version', raw };
  const lessons = data.lessons;
  if (!isRecord(lessons) || !Object.values(lessons).every(isLessonProgress)) return { ok: false, problem: 'corrupt', raw };
  const lab = isRecord(data.lab) && Object.values(data.lab).every((v) => isRecord(v) && isCount(v.solvedAt)) ? (data.lab as Progress['lab']) : undefined;
  return { ok: true, progress: { version: PROGRESS_VERSION, lessons: lessons as Record<string, LessonProgress>, ...(lab ? { lab } : {}) } };
}

export function writeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

const share = (s: { correct: number; total: number }) => (s.total === 0 ? 0 : s.correct / s.total);

/** The progress after one graded attempt at a lesson's quiz. */
export function recordAttempt(
  progress: Progress,
  lessonId: string,
  attempt: { readonly correct: number; readonly total: number; readonly seed: string },
): Progress {
  const before = progress.lessons[lessonId];
  const score = { correct: attempt.correct, total: attempt.total };
  const best = before && share(before.best) >= share(score) ? before.best : score;
  const lesson: LessonProgress = {
    attempts: (before?.attempts ?? 0) + 1,
    best,
    lastSeed: attempt.seed,
    completed: (before?.completed ?? false) || share(score) >= COMPLETION_SHARE,
  };
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: lesson } };
}

export function completedLessons(progress: Progress): string[] {
  return Object.entries(progress.lessons)
    .filter(([, lesson]) => lesson.completed)
    .map(([id]) => id);
}
