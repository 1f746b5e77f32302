/**
 * Answering the course's questions as a learner does, for the progress and exam specs: the
 * questions are rebuilt with the quiz engine from what the page shows (seed, lesson pools and
 * kinds read from the lesson sources), never typed in.
 */
import type { Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExamLesson } from '../../src/quiz/exam.ts';
import { quizKindsOf } from '../../src/lessons/quiz-build.ts';
import { correctResponse, type Question, type Response } from '../../src/quiz/index.ts';
import { quizPools } from '../lesson-front-matter.ts';
import { lessonsInOrder, ROOT } from './site.ts';

/** The lessons with a quiz, in course order, as the exam asks them. */
export function examLessons(): ExamLesson[] {
  return lessonsInOrder('en').flatMap(({ id }) => {
    const kinds = quizKindsOf(readFileSync(join(ROOT, 'content', 'lessons', 'en', `${id}.mdx`), 'utf8'));
    const pool = quizPools().get(id);
    return kinds && pool ? [{ id, pool, kinds }] : [];
  });
}

/** Enters a response in a question card: checkboxes for control bits, a radio for a choice, else typing. */
export async function respond(card: Locator, question: Question, response: Response): Promise<void> {
  if (Array.isArray(response)) for (const flag of response) await card.locator(`input[type=checkbox][value="${flag}"]`).check();
  else if ('options' in question) await card.locator(`input[type=radio][value="${String(response)}"]`).check();
  else await card.getByRole('textbox').fill(String(response));
}

/** A response that is wrong for the question (a wrong choice, a wrong number, URG alone). */
export function wrongResponse(question: Question): Response {
  if (question.kind === 'which-flags') return ['URG'] as Response; // never set on the course's segments
  if ('options' in question) return (question.options as readonly (string | number)[]).find((o) => o !== question.answer) as Response;
  const right = Number(correctResponse(question));
  return String(right === 0 ? 1 : right - 1) as Response;
}
