/**
 * The quiz as the page is built: the default variant's questions, controls disabled, rendered to
 * HTML at build time (no hydration, no props shipped). Readable without JavaScript; the live
 * island replaces it once it runs.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Question } from '../../quiz/index.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { format, type QuizStrings } from './strings.ts';

export interface StaticQuizProps {
  lesson: string;
  seed: string;
  questions: readonly Question[];
  locale: Locale;
  strings: QuizStrings;
}

const ignore = () => undefined;

export default function StaticQuiz({ lesson, seed, questions, locale, strings: s }: StaticQuizProps) {
  return (
    <div class="quiz-static">
      <p class="quiz-variant">{format(s, 'quiz.variant', { seed })}</p>
      <ol class="quiz-questions">
        {questions.map((question, i) => (
          <QuestionCard
            key={i}
            question={question}
            response={undefined}
            grade={undefined}
            locked={false}
            unanswered={false}
            enabled={false}
            idBase={`quiz-static-${lesson}-${i}`}
            s={s}
            reasons={{}}
            locale={locale}
            onAnswer={ignore}
            onCheck={ignore}
          />
        ))}
      </ol>
    </div>
  );
}
