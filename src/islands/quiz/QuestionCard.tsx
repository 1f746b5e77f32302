/**
 * One question: its story, the prompt as the form's legend, the control that fits the kind (radio
 * group, checkboxes, a numeric text field), its own Check button and its feedback, announced
 * politely when it changes. Controls stay disabled until the island is live (`enabled`).
 */
import type { Flag, TcpState } from '../../core/types.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ReasonMessages } from '../../i18n/reason-format.ts';
import type { Grade, Question, Response } from '../../quiz/index.ts';
import { Feedback } from './Feedback.tsx';
import { Story } from './Story.tsx';
import { format, formatMessage, type QuizStrings } from './strings.ts';

export interface QuestionCardProps {
  question: Question;
  response: Response | undefined;
  grade: Grade | undefined;
  /** The answer is final: controls are locked. */
  locked: boolean;
  unanswered: boolean;
  enabled: boolean;
  idBase: string;
  s: QuizStrings;
  reasons: ReasonMessages;
  locale: Locale;
  onAnswer: (response: Response) => void;
  onCheck: () => void;
}

export function QuestionCard(props: QuestionCardProps) {
  const { question: q, response, grade, locked, unanswered, enabled, idBase, s } = props;
  const disabled = !enabled || locked;
  const promptId = `${idBase}-prompt`;
  const statusId = `${idBase}-status`;
  const prompt = formatMessage(s, q.prompt);
  const problem = grade?.inputError !== undefined;

  let control;
  if (q.kind === 'next-state') {
    control = (
      <div class="quiz-options" role="radiogroup" aria-labelledby={promptId}>
        {q.options.map((state) => (
          <label key={state}>
            <input
              type="radio"
              name={`${idBase}-state`}
              value={state}
              checked={response === state}
              disabled={disabled}
              onChange={() => props.onAnswer(state as TcpState)}
            />{' '}
            {state}
          </label>
        ))}
      </div>
    );
  } else if (q.kind === 'status-code') {
    control = (
      <div class="quiz-options" role="radiogroup" aria-labelledby={promptId}>
        {q.options.map((code) => (
          <label key={code}>
            <input
              type="radio"
              name={`${idBase}-status`}
              value={code}
              checked={response === code}
              disabled={disabled}
              onChange={() => props.onAnswer(code)}
            />{' '}
            {code}
          </label>
        ))}
      </div>
    );
  } else if (q.kind === 'which-flags') {
    const chosen = (response as readonly Flag[] | undefined) ?? [];
    control = (
      <div class="quiz-options" role="group" aria-labelledby={promptId}>
        {q.options.map((flag) => (
          <label key={flag}>
            <input
              type="checkbox"
              value={flag}
              checked={chosen.includes(flag)}
              disabled={disabled}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                props.onAnswer(on ? [...chosen, flag] : chosen.filter((f) => f !== flag));
              }}
            />{' '}
            {flag}
          </label>
        ))}
      </div>
    );
  } else {
    control = (
      <div class="quiz-number">
        <label for={`${idBase}-input`}>{s['quiz.answer.number']}</label>
        <input
          id={`${idBase}-input`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          value={(response as string | undefined) ?? ''}
          disabled={disabled}
          aria-describedby={`${promptId} ${statusId}`}
          aria-invalid={problem ? 'true' : undefined}
          onInput={(e) => props.onAnswer((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') props.onCheck();
          }}
        />
      </div>
    );
  }

  return (
    <li class="quiz-q" data-testid="quiz-question" data-kind={q.kind}>
      <h3 class="quiz-q-title">{format(s, 'quiz.question', { n: q.index + 1 })}</h3>
      {q.profile && <p class="quiz-behaviour">{format(s, 'quiz.behaviour', { profile: s[`quiz.profile.${q.profile}`] ?? q.profile })}</p>}
      <Story lines={q.story} s={s} />
      <p class="quiz-prompt" id={promptId}>
        {prompt}
      </p>
      {control}
      <button type="button" class="quiz-check" disabled={disabled} onClick={props.onCheck}>
        {s['quiz.check']}
      </button>
      <div id={statusId} aria-live="polite">
        {unanswered && <p class="quiz-feedback is-problem">{s['quiz.unanswered']}</p>}
        {grade && <Feedback grade={grade} s={s} reasons={props.reasons} locale={props.locale} />}
      </div>
    </li>
  );
}
