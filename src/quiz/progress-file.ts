// Progress as a file the learner keeps: export writes it, import reads it back and merges it with
// (or puts it in place of) what this browser holds. A file says what it is (`format`) and which
// version of the stored shape it carries, so a foreign or newer file is refused, not misread.
import { mistakeKey } from './notebook.ts';
import { isRecord } from './progress-checks.ts';
import {
  MAX_EXAMS,
  progressFromData,
  shareOf,
  type ExamResult,
  type LabProgress,
  type LessonProgress,
  type Progress,
} from './progress.ts';

export const PROGRESS_FILE_FORMAT = 'handshake-and-wave-progress';

export interface ProgressFile extends Progress {
  readonly format: typeof PROGRESS_FILE_FORMAT;
  /** When it was written (ms since the epoch). */
  readonly exportedAt: number;
}

export function progressFileOf(progress: Progress, now: number): string {
  const file: ProgressFile = { format: PROGRESS_FILE_FORMAT, exportedAt: now, ...progress };
  return JSON.stringify(file, null, 2);
}

/** Why a file was refused: not JSON at all, not a progress file, ours but damaged, or from a newer course. */
export type ImportProblem = 'not_json' | 'foreign' | 'damaged' | 'newer_version';
export type ImportRead = { readonly ok: true; readonly progress: Progress } | { readonly ok: false; readonly problem: ImportProblem };

export function readProgressFile(text: string): ImportRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not_json' };
  }
  if (!isRecord(data) || data.format !== PROGRESS_FILE_FORMAT) return { ok: false, problem: 'foreign' };
  const progress = progressFromData(data);
  if (progress === 'newer') return { ok: false, problem: 'newer_version' };
  return progress ? { ok: true, progress } : { ok: false, problem: 'damaged' };
}

export type ImportMode = 'merge' | 'replace';

/** The better of two records of one lesson: best share, most attempts, passed if either passed. */
function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  return {
    attempts: Math.max(a.attempts, b.attempts),
    best: shareOf(b.best) > shareOf(a.best) ? b.best : a.best,
    lastSeed: a.lastSeed,
    completed: a.completed || b.completed,
  };
}

function mergeRecords<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>, both: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...b, ...a };
  for (const id of Object.keys(a)) {
    const y = b[id];
    if (y !== undefined) out[id] = both(a[id] as T, y);
  }
  return out;
}

const examKey = (e: ExamResult) => `${e.seed}@${e.at}`;

/**
 * What this browser holds merged with an imported record: nothing held is lost. Lessons keep the
 * better result, lab levels their first solve, the notebook every situation (this browser's entry
 * where both have one), exams every distinct result; kept work stays this browser's.
 */
export function mergeProgress(held: Progress, imported: Progress): Progress {
  const heldMistakes = new Set(held.mistakes.map(mistakeKey));
  const heldExams = new Set(held.exams.map(examKey));
  const exams = [...held.exams, ...imported.exams.filter((e) => !heldExams.has(examKey(e)))].sort((x, y) => x.at - y.at);
  return {
    version: held.version,
    lessons: mergeRecords(held.lessons, imported.lessons, mergeLesson),
    lab: mergeRecords<LabProgress>(held.lab, imported.lab, (x, y) => (y.solvedAt < x.solvedAt ? y : x)),
    mistakes: [...held.mistakes, ...imported.mistakes.filter((m) => !heldMistakes.has(mistakeKey(m)))],
    exams: exams.slice(-MAX_EXAMS),
    work: { ...imported.work, ...held.work },
  };
}

export function importedProgress(held: Progress, imported: Progress, mode: ImportMode): Progress {
  return mode === 'replace' ? imported : mergeProgress(held, imported);
}
