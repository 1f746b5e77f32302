// The question kinds, learners' responses and grades. Plain data: a question carries its answer
// (computed by the core when the question was made) and the core's reasons for it.
import type { Flag, Profile, Reason, Side, TcpState, Call } from '../core/types.ts';
import type { Message } from './message.ts';
import type { NumberInputError } from './number-input.ts';
import { STATUS_MEANING_KEYS } from './status-codes.ts';

export const QUIZ_KINDS = ['next-state', 'ack-value', 'seq-value', 'which-flags', 'status-code'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

/**
 * The interface strings only one kind's questions show (its prompt, the misconceptions only its
 * grading names): a quiz that does not ask that kind is not handed them.
 * tests/unit/island-strings.test.ts grades wrong answers of every kind to check this is complete.
 */
export const KIND_ONLY_STRINGS: Readonly<Record<QuizKind, readonly string[]>> = {
  'next-state': ['quiz.ask.next_state', 'quiz.ask.next_state_two_way', 'quiz.misconception.syn_sent_vs_syn_received'],
  'ack-value': ['quiz.ask.ack'],
  'seq-value': ['quiz.ask.seq'],
  'which-flags': ['quiz.ask.flags', 'quiz.noFlags', 'quiz.misconception.ack_flag_missing'],
  'status-code': ['quiz.ask.status', ...STATUS_MEANING_KEYS],
};

/** The wrong answers the feedback names, because a learner reasoned a known wrong way. */
export type Misconception =
  | 'ack_equals_seq'
  | 'syn_consumes_one'
  | 'fin_consumes_one'
  | 'no_wrap'
  | 'seq_ack_swapped'
  | 'syn_sent_vs_syn_received'
  | 'ack_flag_missing';

/**
 * One line of a question's story: an application call, or a segment on the wire. `null` fields
 * of a segment are the ones the question asks for (shown as "?").
 */
export type StoryLine =
  | {
      readonly type: 'call';
      readonly side: Side;
      readonly call: Call['name'];
      /** The ISN the endpoint will use, on connect and listen: the numbers start from it. */
      readonly isn?: number;
      /** Bytes written, on send. */
      readonly bytes?: number;
    }
  | {
      readonly type: 'segment';
      readonly from: Side;
      /** Control bits; null when asked. */
      readonly flags: readonly Flag[] | null;
      /** null when asked. */
      readonly seq: number | null;
      /** null when asked; 'none' when the ACK bit is clear; 'hidden' when it would give the flags away. */
      readonly ack: number | 'none' | 'hidden' | null;
      readonly len: number;
      /** An old duplicate from an earlier connection, delivered late: nobody sent it in this story. */
      readonly stale?: true;
    };

/** A wrong value that betrays a misconception. */
export interface Trap {
  readonly value: number;
  readonly misconception: Misconception;
}

interface QuestionBase {
  /** Position in the quiz, 0-based. */
  readonly index: number;
  readonly profile: Profile;
  /** What is asked, for the island to format. */
  readonly prompt: Message;
  /** What happened before: the lines the learner reads to work out the answer. */
  readonly story: readonly StoryLine[];
  /** The core's reasons for the step the question is about. */
  readonly explanation: readonly Reason[];
}

export interface NextStateQuestion extends QuestionBase {
  readonly kind: 'next-state';
  /** The endpoint the question is about, and its state before the event. */
  readonly side: Side;
  readonly state: TcpState;
  /** The event, also the story's last line. */
  readonly event: StoryLine;
  readonly options: readonly TcpState[];
  readonly answer: TcpState;
}

export interface NumberQuestion extends QuestionBase {
  readonly kind: 'ack-value' | 'seq-value';
  readonly answer: number;
  readonly traps: readonly Trap[];
}

export interface FlagsQuestion extends QuestionBase {
  readonly kind: 'which-flags';
  readonly options: readonly Flag[];
  readonly answer: readonly Flag[];
}

/** An HTTP question: no connection is simulated, so no profile and no story. */
export interface StatusCodeQuestion extends Omit<QuestionBase, 'profile'> {
  readonly kind: 'status-code';
  readonly profile?: undefined;
  /** Status codes offered, ascending. */
  readonly options: readonly number[];
  readonly answer: number;
}

export type Question = NextStateQuestion | NumberQuestion | FlagsQuestion | StatusCodeQuestion;

/** What the learner gave, as the form holds it. */
export type Response<Q extends Question = Question> = Q extends NextStateQuestion
  ? TcpState | null
  : Q extends NumberQuestion
    ? string
    : Q extends StatusCodeQuestion
      ? number | null
      : readonly Flag[];

export type AnswerValue = number | TcpState | readonly Flag[];

export interface Grade {
  readonly correct: boolean;
  readonly expected: AnswerValue;
  /** The learner's answer: the state or flags chosen, or the text typed for a number (trimmed). */
  readonly given: AnswerValue | string | null;
  /** Set when a typed number could not be read. */
  readonly inputError?: NumberInputError;
  readonly misconception?: Misconception;
  /** The core's reasons for the step asked about. */
  readonly explanation: readonly Reason[];
}
