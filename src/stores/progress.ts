/**
 * Learning progress on this device (src/quiz/progress.ts decides what it is): lessons' quiz
 * results, lab levels solved, the mistake notebook, exam results and each quiz's kept work, in
 * localStorage under `hw:progress`.
 *
 * Nothing stored can break a page: data of an earlier version is migrated; unreadable data, or
 * data a newer version of the course wrote, is copied to `hw:progress:backup`, a fresh record
 * starts and `$progressNotice` says so once; a browser that will not store anything (private
 * mode, full quota: localStorage throws) keeps progress in memory with its own notice.
 *
 * Written against localStorage directly rather than with @nanostores/persistent: around one key
 * read and written whole, all that library added was the storage listener below, and it brought
 * 1.6 KB of nanostores' lifecycle and map code to every lesson page.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { mistakeKey, noteMistake, notePractice, type WrongAnswer } from '../quiz/notebook.ts';
import {
  EMPTY_PROGRESS,
  keepWork,
  readProgress,
  recordAttempt,
  recordExamResult,
  recordLab,
  writeProgress,
  type ExamResult,
  type Progress,
  type ProgressProblem,
  type QuizWork,
  type StoredAnswer,
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

interface Persisted {
  /** Stores the progress; throws when storage refuses it. */
  write(progress: Progress): void;
}

function createPersisted(): Persisted | null {
  if (typeof window === 'undefined') return null; // server rendering: nothing stored, nothing to say
  if (!storageWorks()) {
    $notice.set('unavailable');
    return null;
  }
  const write = (progress: Progress) => localStorage.setItem(PROGRESS_KEY, writeProgress(progress));
  /** Takes what is stored now (migrated if older); what cannot be read is backed up and replaced by a fresh record. */
  const adopt = () => {
    const raw = localStorage.getItem(PROGRESS_KEY);
    const loaded = readProgress(raw);
    if (loaded.ok) {
      $current.set(loaded.progress);
      // An older shape is written back migrated, so every later read is of the current one.
      if (raw !== null && raw !== writeProgress(loaded.progress)) {
        try {
          write(loaded.progress);
        } catch {
          $notice.set('unavailable');
        }
      }
      return;
    }
    try {
      localStorage.setItem(PROGRESS_BACKUP_KEY, loaded.raw);
    } catch {
      // The backup is a courtesy; without room for it the fresh start still goes ahead.
    }
    $notice.set(loaded.problem);
    $current.set(EMPTY_PROGRESS);
    try {
      write(EMPTY_PROGRESS);
    } catch {
      $notice.set('unavailable');
    }
  };
  // Another tab wrote the key (or cleared storage), or this page came back from the back/forward
  // cache: read it again, so tabs agree.
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) adopt();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) adopt();
  });
  adopt();
  return { write };
}

let persisted: Persisted | null;

function save(progress: Progress): void {
  $current.set(progress);
  if (!persisted) return;
  try {
    persisted.write(progress);
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

/** Marks a lab level solved (now); solving it again keeps the first time. */
export function recordLabSolved(levelId: string): void {
  save(recordLab($current.get(), levelId, Date.now()));
}

/** Puts a wrong answer in the mistake notebook. */
export function recordMistake(wrong: WrongAnswer): void {
  save(noteMistake($current.get(), wrong, Date.now()));
}

/** A practice answer to the notebook entry under `key` (see mistakeKey). */
export function recordPractice(
  key: string,
  outcome: { correct: boolean; seed: string; answer: StoredAnswer; right: StoredAnswer },
): void {
  save(notePractice($current.get(), key, outcome, Date.now()));
}

export { mistakeKey };

/** Keeps a finished exam's result (its time is now). */
export function recordExam(result: Omit<ExamResult, 'at'>): void {
  save(recordExamResult($current.get(), { ...result, at: Date.now() }));
}

/** Keeps what the learner has done in a quiz's current variant (null forgets it). */
export function keepQuizWork(quizId: string, work: QuizWork | null): void {
  save(keepWork($current.get(), quizId, work));
}

/**
 * Puts a whole record in place (the progress file's import, ./progress-file.ts, which lives apart
 * so that the pages that never export or import carry none of its code).
 */
export function replaceProgress(progress: Progress): void {
  save(progress);
}

/** Forgets everything kept (the backup of set-aside data is left alone). */
export function resetProgress(): void {
  save(EMPTY_PROGRESS);
}

export function dismissProgressNotice(): void {
  $notice.set(null);
}
