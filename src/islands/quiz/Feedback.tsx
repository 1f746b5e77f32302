/**
 * What a check says: right or wrong (in words and a symbol, never colour alone), the learner's
 * answer and the correct one side by side, the misconception the wrong answer betrays, and the
 * core's reasons for the step. An answer that could not be read gets only its problem.
 */
import type { AnswerValue, Grade } from '../../quiz/index.ts';
import { formatReason, type ReasonMessages } from '../../i18n/reason-format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { formatMessage, type QuizStrings } from './strings.ts';

export interface FeedbackProps {
  grade: Grade;
  /** An answer in the kind's words (a side's name, a unit after a number). */
  shown: (value: AnswerValue) => string;
  s: QuizStrings;
  reasons: ReasonMessages;
  locale: Locale;
}

export function Feedback({ grade, shown, s, reasons, locale }: FeedbackProps) {
  const misconception = grade.misconception && <p class="quiz-misconception">{s[`quiz.misconception.${grade.misconception}`]}</p>;
  if (grade.inputError) {
    return (
      <div class="quiz-feedback is-problem">
        <p>{s[`quiz.input.${grade.inputError}`]}</p>
        {misconception}
      </div>
    );
  }
  return (
    <div class={`quiz-feedback ${grade.correct ? 'is-correct' : 'is-wrong'}`} data-correct={String(grade.correct)}>
      <p class="quiz-verdict">
        <span aria-hidden="true">{grade.correct ? '✓ ' : '✗ '}</span>
        {s[grade.correct ? 'quiz.correct' : 'quiz.wrong']}
      </p>
      <dl class="quiz-answers">
        <div>
          <dt>{s['quiz.yourAnswer']}</dt>
          <dd data-testid="quiz-given">{grade.given === null ? '—' : shown(grade.given)}</dd>
        </div>
        {!grade.correct && (
          <div class="quiz-right">
            <dt>{s['quiz.rightAnswer']}</dt>
            <dd data-testid="quiz-expected">{shown(grade.expected)}</dd>
          </div>
        )}
      </dl>
      {misconception}
      <p class="quiz-why-title">{s['quiz.why']}</p>
      {grade.working && <p class="quiz-working">{formatMessage(s, grade.working)}</p>}
      <ul class="quiz-why">
        {grade.explanation.map((reason, i) => {
          const r = formatReason(reason, reasons, locale);
          return (
            <li key={i}>
              {r.text} {r.href ? <a href={r.href}>{r.cite}</a> : <span class="quiz-cite">{r.cite}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
