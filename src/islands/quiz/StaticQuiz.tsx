/**
 * The quiz as the page is built: the default variant's questions, each with what it is about (its
 * story: the calls and segments its prompt refers to, the asked field shown as "?") and its
 * prompt, but no controls, since nothing here could be answered or checked. Rendered to HTML at
 * build time (no hydration, no props shipped); the live island replaces it once it runs, and a
 * <noscript> note in the wrapper says answering needs JavaScript. Part of the page's HTML, whose
 * whole is held to 24 KB gzip.
 */
import type { Question } from '../../quiz/index.ts';
import { Story } from './Story.tsx';
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
      <ol class="quiz-questions">
        {questions.map((question) => (
          <li class="quiz-q" data-kind={question.kind}>
            <h3 class="quiz-q-title">{format(s, 'quiz.question', { n: question.index + 1 })}</h3>
            {question.profile && (
              <p class="quiz-behaviour">{format(s, 'quiz.behaviour', { profile: s[`quiz.profile.${question.profile}`] ?? question.profile })}</p>
            )}
            {question.story.length > 0 && <Story lines={question.story} s={s} />}
            <p class="quiz-prompt">{formatMessage(s, question.prompt)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
