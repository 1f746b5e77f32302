// Learning progress as stored in the browser: pure reading, validating, migrating and updating.
// The store (src/stores/progress.ts) only keeps the value and writes it; everything that decides
// lives here and in its neighbours (notebook.ts, progress-file.ts). Ids are language-independent,
// so the English and the Chinese page share one record. Time is passed in, never read.
import type { QuizPool } from './pool.ts';
import type { Score } from './answers.ts';
import { isCount, isRecord, readLessons, readStoredAnswer, type StoredAnswer } from './progress-checks.ts';

export type { StoredAnswer } from './progress-checks.ts';

/**
 * The stored shape's version. Version 1 held lessons' quiz results only; version 2 adds the lab,
 * the mistake notebook, exam results and the quizzes' kept work. Older data is migrated, newer
 * data is refused (and backed up by the store), never misread.
 */
export const PROGRESS_VERSION = 2;

/** A lesson counts as completed once a quiz attempt scores at least this share. */
export const COMPLETION_SHARE = 0.8;

export interface LessonProgress {
  readonly attempts: number;
  /** Best score so far: questions right out of questions asked. */
  readonly best: Score;
  /** The seed of the latest attempt, in its URL form. */
  readonly lastSeed: string;
  readonly completed: boolean;
}

/** A lab level solved on this device. */
export interface LabProgress {
  /** Milliseconds since the epoch, when it was first solved. */
  readonly solvedAt: number;
}

/**
 * One wrong answer in the mistake notebook. Its situation is a one-item quiz pool (the segment or
 * next-state situation the question was drawn from; empty for kinds that draw from no pool), so
 * practice can ask a fresh variant of exactly it.
 */
export interface Mistake {
  readonly kind: string;
  readonly situation: QuizPool;
  /** The quiz it was met in (a lesson's id, or 'exam'). */
  readonly source: string;
  /** The seed (URL form) of the variant answered wrong. */
  readonly seed: string;
  /** What the learner answered, and the right answer, as the grade had them. */
  readonly answer: StoredAnswer;
  readonly right: StoredAnswer;
  /** Right answers in a row in practice since the last wrong one; at two it leaves the notebook. */
  readonly rightInARow: number;
  /** When it was last answered wrong (ms since the epoch). */
  readonly at: number;
}

export interface ExamResult {
  /** The exam's seed, URL form: the same seed is the same exam. */
  readonly seed: string;
  readonly at: number;
  readonly score: Score;
  /** Each lesson's share of the exam. */
  readonly byLesson: Readonly<Record<string, Score>>;
}

/** What a learner has done in one quiz's current variant, so a reload or a language switch restores it. */
export interface QuizWork {
  readonly seed: string;
  /** Each question's response as the control holds it; null when untouched. */
  readonly responses: readonly StoredAnswer[];
  /** Which questions have a final grade (they are graded again from the response on restore). */
  readonly checked: readonly boolean[];
}

export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  readonly lab: Readonly<Record<string, LabProgress>>;
  readonly mistakes: readonly Mistake[];
  /** Oldest first, at most MAX_EXAMS. */
  readonly exams: readonly ExamResult[];
  readonly work: Readonly<Record<string, QuizWork>>;
}

export const MAX_EXAMS = 20;

export const EMPTY_PROGRESS: Progress = { version: PROGRESS_VERSION, lessons: {}, lab: {}, mistakes: [], exams: [], work: {} };

/** Why stored data could not be taken: unreadable, or written by a newer version of the course. */
export type ProgressProblem = 'corrupt' | 'newer_version';
export type LoadedProgress =
  | { readonly ok: true; readonly progress: Progress }
  | { readonly ok: false; readonly problem: ProgressProblem; readonly raw: string };

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };
const bad = { ok: false } as const;
const good = <T>(value: T): Parsed<T> => ({ ok: true, value });

function readScore(v: unknown): Score | null {
  if (!isRecord(v) || !isCount(v.correct) || !isCount(v.total) || v.correct > v.total) return null;
  return { correct: v.correct, total: v.total };
}

function readPool(v: unknown): QuizPool | null {
  if (!isRecord(v) || !Array.isArray(v.segments) || !Array.isArray(v.situations)) return null;
  const segmentsOk = v.segments.every(
    (s) => isRecord(s) && typeof s.scenario === 'string' && (s.from === 'client' || s.from === 'server') && isCount(s.nth),
  );
  if (!segmentsOk || !v.situations.every((s) => typeof s === 'string')) return null;
  return v as unknown as QuizPool;
}

function readMistake(v: unknown): Mistake | null {
  if (!isRecord(v)) return null;
  const situation = readPool(v.situation);
  const answer = readStoredAnswer(v.answer);
  const right = readStoredAnswer(v.right);
  const fields = typeof v.kind === 'string' && typeof v.source === 'string' && typeof v.seed === 'string';
  if (!fields || !situation || answer === undefined || right === undefined || !isCount(v.rightInARow) || !isCount(v.at)) return null;
  return { kind: v.kind as string, situation, source: v.source as string, seed: v.seed as string, answer, right, rightInARow: v.rightInARow, at: v.at };
}

function readExam(v: unknown): ExamResult | null {
  if (!isRecord(v) || typeof v.seed !== 'string' || !isCount(v.at) || !isRecord(v.byLesson)) return null;
  const score = readScore(v.score);
  const byLesson: Record<string, Score> = {};
  for (const [id, s] of Object.entries(v.byLesson)) {
    const lesson = readScore(s);
    if (!lesson) return null;
    byLesson[id] = lesson;
  }
  return score ? { seed: v.seed, at: v.at, score, byLesson } : null;
}

function readWork(v: unknown): QuizWork | null {
  if (!isRecord(v) || typeof v.seed !== 'string' || !Array.isArray(v.responses) || !Array.isArray(v.checked)) return null;
  const responses = v.responses.map(readStoredAnswer);
  if (responses.some((r) => r === undefined) || !v.checked.every((c) => typeof c === 'boolean')) return null;
  return { seed: v.seed, responses: responses as StoredAnswer[], checked: v.checked as boolean[] };
}

function readEach<T>(items: unknown, read: (v: unknown) => T | null): Parsed<T[]> {
  if (!Array.isArray(items)) return bad;
  const out = items.map(read);
  return out.every((x) => x !== null) ? good(out as T[]) : bad;
}

function readEntries<T>(items: unknown, read: (v: unknown) => T | null): Parsed<Record<string, T>> {
  if (!isRecord(items)) return bad;
  const out: Record<string, T> = {};
  for (const [id, v] of Object.entries(items)) {
    const value = read(v);
    if (value === null) return bad;
    out[id] = value;
  }
  return good(out);
}

const readLab = (v: unknown): LabProgress | null => (isRecord(v) && isCount(v.solvedAt) ? { solvedAt: v.solvedAt } : null);

/** Version 2's body. Kept work is a convenience: an entry that does not read is dropped, not fatal. */
function readVersion2(data: Record<string, unknown>): Progress | null {
  const lessons = readLessons(data.lessons);
  const lab = readEntries(data.lab, readLab);
  const mistakes = readEach(data.mistakes, readMistake);
  const exams = readEach(data.exams, readExam);
  if (!lessons || !lab.ok || !mistakes.ok || !exams.ok || !isRecord(data.work)) return null;
  const work = Object.fromEntries(
    Object.entries(data.work).flatMap(([id, v]) => {
      const w = readWork(v);
      return w ? [[id, w]] : [];
    }),
  );
  return { version: PROGRESS_VERSION, lessons, lab: lab.value, mistakes: mistakes.value, exams: exams.value.slice(-MAX_EXAMS), work };
}

/** Version 1 (lessons' quiz results only) as version 2: every result kept, the rest empty. */
function migrateVersion1(data: Record<string, unknown>): Progress | null {
  const lessons = readLessons(data.lessons);
  return lessons ? { ...EMPTY_PROGRESS, lessons } : null;
}

/** Reads parsed data of any version: null when it is not progress; 'newer' when a later course wrote it. */
export function progressFromData(data: unknown): Progress | 'newer' | null {
  if (!isRecord(data) || !isCount(data.version)) return null;
  if (data.version > PROGRESS_VERSION) return 'newer';
  if (data.version === 1) return migrateVersion1(data);
  if (data.version === 2) return readVersion2(data);
  return null;
}

/** Reads stored text. Missing data is a fresh start; anything that is not progress is reported, with the text to back up. */
export function readProgress(raw: string | undefined | null): LoadedProgress {
  if (raw === undefined || raw === null) return { ok: true, progress: EMPTY_PROGRESS };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt', raw };
  }
  const progress = progressFromData(data);
  if (progress === 'newer') return { ok: false, problem: 'newer_version', raw };
  return progress ? { ok: true, progress } : { ok: false, problem: 'corrupt', raw };
}

export function writeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

export const shareOf = (s: Score) => (s.total === 0 ? 0 : s.correct / s.total);

/** The progress after one graded attempt at a lesson's quiz. */
export function recordAttempt(progress: Progress, lessonId: string, attempt: Score & { readonly seed: string }): Progress {
  const before = progress.lessons[lessonId];
  const score = { correct: attempt.correct, total: attempt.total };
  const best = before && shareOf(before.best) >= shareOf(score) ? before.best : score;
  const lesson: LessonProgress = {
    attempts: (before?.attempts ?? 0) + 1,
    best,
    lastSeed: attempt.seed,
    completed: (before?.completed ?? false) || shareOf(score) >= COMPLETION_SHARE,
  };
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: lesson } };
}

export function completedLessons(progress: Progress): string[] {
  return Object.entries(progress.lessons)
    .filter(([, lesson]) => lesson.completed)
    .map(([id]) => id);
}

/** Where a learner stands with a lesson's quiz. */
export type LessonStanding = 'not_started' | 'tried' | 'passed';

export function standingOf(lesson: LessonProgress | undefined): LessonStanding {
  if (!lesson || lesson.attempts === 0) return 'not_started';
  return lesson.completed ? 'passed' : 'tried';
}

/** A lab level solved at `now`; a level solved before keeps its first time. */
export function recordLab(progress: Progress, levelId: string, now: number): Progress {
  if (progress.lab[levelId]) return progress;
  return { ...progress, lab: { ...progress.lab, [levelId]: { solvedAt: now } } };
}

export function recordExamResult(progress: Progress, result: ExamResult): Progress {
  return { ...progress, exams: [...progress.exams, result].slice(-MAX_EXAMS) };
}

/** Keeps (or, with null, forgets) a quiz's current work. */
export function keepWork(progress: Progress, quizId: string, work: QuizWork | null): Progress {
  const { [quizId]: _dropped, ...others } = progress.work;
  return { ...progress, work: work ? { ...others, [quizId]: work } : others };
}
