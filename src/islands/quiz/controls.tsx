/**
 * Each question kind's control and how its answers are written in the feedback, listed once per
 * kind (the island's half of src/quiz/kinds/index.ts): a new kind adds one line here.
 */
import type { JSX } from 'preact';
import { flagsLabel, type Flag } from '../../core/types.ts';
import type { AnswerValue, Question, QuestionOf, QuizKind, ResponseOf } from '../../quiz/index.ts';
import { ChoiceControl } from './ChoiceControl.tsx';
import type { ControlProps } from './control.ts';
import { FlagsControl } from './FlagsControl.tsx';
import { NumberControl } from './NumberControl.tsx';
import type { QuizStrings } from './strings.ts';

export interface KindView<K extends QuizKind> {
  readonly Control: (props: ControlProps<QuestionOf<K>, ResponseOf<K>>) => JSX.Element;
  /** An answer as the feedback shows it ("Your answer", "Correct answer"). */
  readonly shown: (value: AnswerValue, s: QuizStrings) => string;
}

const plain = (value: AnswerValue) => String(value);
const withUnit = (unit: string) => (value: AnswerValue, s: QuizStrings) => `${String(value)} ${s[unit] ?? ''}`.trim();
const sideName = (side: string, s: QuizStrings) => s[side === 'both' ? 'quiz.who.both' : `quiz.who.${side}`] ?? side;

const sequenceNumber: KindView<'ack-value' | 'seq-value'> = {
  Control: (props) => <NumberControl {...props} label={props.s['quiz.answer.number'] ?? ''} />,
  shown: plain,
};

export const KIND_VIEWS: { readonly [K in QuizKind]: KindView<K> } = {
  'next-state': {
    Control: (props) => <ChoiceControl {...props} options={props.question.options} label={(state) => state} />,
    shown: plain,
  },
  'ack-value': sequenceNumber,
  'seq-value': sequenceNumber,
  'which-flags': {
    Control: FlagsControl,
    shown: (value, s) => (Array.isArray(value) ? (value.length === 0 ? (s['quiz.noFlags'] ?? '') : flagsLabel(value as readonly Flag[])) : String(value)),
  },
  'close-segments': {
    Control: (props) => <NumberControl {...props} label={props.s['quiz.answer.segments'] ?? ''} unit={props.s['quiz.unit.segments']} />,
    shown: withUnit('quiz.unit.segments'),
  },
  'time-wait-length': {
    Control: (props) => <NumberControl {...props} label={props.s['quiz.answer.seconds'] ?? ''} unit={props.s['quiz.unit.seconds']} />,
    shown: withUnit('quiz.unit.seconds'),
  },
  'time-wait-side': {
    Control: (props) => <ChoiceControl {...props} options={props.question.options} label={(side) => sideName(side, props.s)} />,
    shown: (value, s) => sideName(String(value), s),
  },
  'status-code': {
    Control: (props) => <ChoiceControl {...props} options={props.question.options} label={String} />,
    shown: plain,
  },
};

/** The view of a question's own kind (the table pairs each kind with its view, hence the cast). */
export function viewOf(question: Question): KindView<QuizKind> {
  return KIND_VIEWS[question.kind] as unknown as KindView<QuizKind>;
}
