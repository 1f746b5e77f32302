// What a learner should do next, from their progress: the first lesson (in course order) whose
// quiz is not passed, else the mistake notebook, else the exam, else nothing is left.
import { COMPLETION_SHARE, shareOf, standingOf, type Progress } from './progress.ts';

export type NextStep =
  | { readonly kind: 'lesson'; readonly id: string }
  | { readonly kind: 'retry'; readonly id: string }
  | { readonly kind: 'notebook' }
  | { readonly kind: 'exam' }
  | { readonly kind: 'done' };

/** `quizLessons`: the ids of lessons with a quiz, in course order. */
export function nextStep(progress: Progress, quizLessons: readonly string[]): NextStep {
  for (const id of quizLessons) {
    const standing = standingOf(progress.lessons[id]);
    if (standing === 'not_started') return { kind: 'lesson', id };
    if (standing === 'tried') return { kind: 'retry', id };
  }
  if (progress.mistakes.length > 0) return { kind: 'notebook' };
  const passedExam = progress.exams.some((e) => shareOf(e.score) >= COMPLETION_SHARE);
  return passedExam ? { kind: 'done' } : { kind: 'exam' };
}
