/**
 * Quiz progress on this device: per-lesson results (src/quiz/progress.ts decides what they are),
 * persisted in localStorage under `hw:progress` with @nanostores/persistent.
 *
 * Nothing stored can break a page: unreadable or old data is copied to `hw:progress:backup`, a
 * fresh record starts and `$progressNotice` says so once; a browser that will not store anything
 * (private mode, full quota: localStorage throws) keeps progress in memory with its own notice.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
  EMPTY_PROGRESS,
  readProgress,
  recordAttempt,
  writeProgress,
  type LoadedProgress,
  type Progress,
  type ProgressProblem,
} from '../quiz/progress.ts';

export const PROGRESS_KEY = 'hw:progress';
export const PROGRESS_BACKUP_KEY = 'hw:progress:backup';

export type ProgressNotice = ProgressProblem | 'unavailable';

const $current = atom<Progress>(EMPTY_PROGRESS);
const $notice = atom<ProgressNotice | null>(null);
export const $progress: ReadableAtom<Progress> = $current;
export const $progressNotice: ReadableAtom<ProgressNotice | null> = $notice;

/** Whether localStorage really takes a write: reading `localStorage` itself throws in some private modes. */
function storageWorks(): boolean {
  try {
    const probe = `${PROGRESS_KEY}:probe`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

const FRESH: LoadedProgress = { ok: true, progress: EMPTY_PROGRESS };

function createPersisted() {
  if (typeof window === 'undefined') return null; // server rendering: nothing stored, nothing to say
  if (!storageWorks()) {
    $notice.set('unavailable');
    return null;
  }
  const persisted = persistentAtom<LoadedProgress>(PROGRESS_KEY, FRESH, {
    encode: (loaded) => writeProgress(loaded.ok ? loaded.progress : EMPTY_PROGRESS),
    decode: readProgress,
  });
  // Also runs when another tab writes the key (a storage event), so tabs agree.
  persisted.subscribe((loaded) => {
    if (loaded.ok) {
      $current.set(loaded.progress);
      return;
    }
    try {
      localStorage.setItem(PROGRESS_BACKUP_KEY, loaded.raw);
    } catch {
      // The backup is a courtesy; without room for it the fresh start still goes ahead.
    }
    $notice.set(loaded.problem);
    try {
      persisted.set(FRESH);
    } catch {
      $current.set(EMPTY_PROGRESS);
      $notice.set('unavailable');
    }
  });
  return persisted;
}

let persisted: ReturnType<typeof createPersisted> | undefined;

function save(progress: Progress): void {
  $current.set(progress);
  if (!persisted) return;
  try {
    persisted.set({ ok: true, progress });
  } catch {
    // Quota exceeded or storage withdrawn mid-visit: carry on in memory and say so.
    persisted = null;
    $notice.set('unavailable');
  }
}

persisted = createPersisted();

/** Adds one fully graded attempt at a lesson's quiz. */
export function recordQuizAttempt(lessonId: string, attempt: { correct: number; total: number; seed: string }): void {
  save(recordAttempt($current.get(), lessonId, attempt));
}

/** Forgets every lesson's results (the backup of set-aside data is left alone). */
export function resetProgress(): void {
  save(EMPTY_PROGRESS);
}

export function dismissProgressNotice(): void {
  $notice.set(null);
}
