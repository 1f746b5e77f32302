/**
 * One question: its story, the prompt as the form's legend, its kind's control (from the controls
 * registry), its own Check button and its feedback, announced
 * politely when it changes. Controls stay disabled until the island is live (`enabled`).
 */
import { Component } from 'preact';
import type { Locale } from '../../i18n/locales.ts';
import type { ReasonMessages } from '../../i18n/reason-format.ts';
import type { Grade, Question, Response } from '../../quiz/index.ts';
import { viewOf } from './controls.tsx';
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
  /** Whether the question has its own Check button (an exam is graded at the end, all at once). */
  checkable?: boolean;
  /** A line under the title (the exam says which lesson a question comes from). */
  note?: string;
}

export function QuestionCard(props: QuestionCardProps) {
  const { question: q, response, grade, locked, unanswered, enabled, idBase, s, checkable = true, note } = props;
  const disabled = !enabled || locked;
  const promptId = `${idBase}-prompt`;
  const statusId = `${idBase}-status`;
  const prompt = formatMessage(s, q.prompt);
  const problem = grade?.inputError !== undefined;

  const view = viewOf(q);
  const control = (
    <view.Control
      question={q}
      response={response}
      disabled={disabled}
      idBase={idBase}
      promptId={promptId}
      statusId={statusId}
      problem={problem}
      s={s}
      onAnswer={props.onAnswer}
      onCheck={props.onCheck}
    />
  );

  return (
    <li class="quiz-q" data-testid="quiz-question" data-kind={q.kind}>
      <h3 class="quiz-q-title">{format(s, 'quiz.question', { n: q.index + 1 })}</h3>
      {note && <p class="quiz-behaviour">{note}</p>}
      {q.profile && <p class="quiz-behaviour">{format(s, 'quiz.behaviour', { profile: s[`quiz.profile.${q.profile}`] ?? q.profile })}</p>}
      <Story lines={q.story} s={s} />
      <p class="quiz-prompt" id={promptId}>
        {prompt}
      </p>
      {control}
      {checkable && (
        <button type="button" class="quiz-check" disabled={disabled} onClick={props.onCheck}>
          {s['quiz.check']}
        </button>
      )}
      <div id={statusId} aria-live="polite">
        {unanswered && <p class="quiz-feedback is-problem">{s['quiz.unanswered']}</p>}
        {grade && <Feedback grade={grade} shown={(value) => view.shown(value, s)} s={s} reasons={props.reasons} locale={props.locale} />}
      </div>
    </li>
  );
}

/**
 * A question card that renders again only when one of its own values changes. Checking one
 * answer changes one question of the quiz's state, and rendering every card again, each with its
 * story, was most of what a grading cost on a slow phone. The callbacks are left out of the
 * comparison: a list that uses this card makes them anew on every render, for the same index of
 * the same store, so a new callback never means a new behaviour.
 */
export class StableQuestionCard extends Component<QuestionCardProps> {
  override shouldComponentUpdate(next: QuestionCardProps): boolean {
    const keys = new Set([...Object.keys(this.props), ...Object.keys(next)] as (keyof QuestionCardProps)[]);
    return [...keys].some((key) => typeof next[key] !== 'function' && next[key] !== this.props[key]);
  }

  override render() {
    return <QuestionCard {...this.props} />;
  }
}
