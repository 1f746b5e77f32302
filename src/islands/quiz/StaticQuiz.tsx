/**
 * The quiz as the page is built, in brief: the default variant, how many questions and what each
 * asks, rendered to HTML at build time (no hydration, no props shipped). The questions' stories
 * and controls are left to the live island, which replaces this once it runs; a <noscript> note
 * in the wrapper says answering needs JavaScript. Kept short: it is part of the page's HTML,
 * whose whole is held to 24 KB gzip.
 */
import type { Question } from '../../quiz/index.ts';
import { format, formatMessage, type QuizStrings } from './strings.ts';

export interface StaticQuizProps {
  seed: string;
  questions: readonly Question[];
  strings: QuizStrings;
}

export default function StaticQuiz({ seed, questions, strings: s }: StaticQuizProps) {
  return (
    <div class="quiz-static">
      <p class="quiz-variant">
        {format(s, 'quiz.variant', { seed })} · {format(s, 'quiz.static.count', { count: questions.length })}
      </p>
      <ol>
        {questions.map((question) => (
          <li>{formatMessage(s, question.prompt)}</li>
        ))}
      </ol>
    </div>
  );
}
