// The question kinds, learners' responses and grades. Plain data: a question carries its answer
// (computed by the core when the question was made) and the core's reasons for it.
import type { Call, Flag, Profile, Reason, Side, TimerKind } from '../core/types.ts';
import type { Message } from './message.ts';
import type { InputError } from './number-input.ts';
import type { QuizPool } from './pool.ts';

export type { QuizKind, Question, Response, QuestionOf, ResponseOf } from './kinds/index.ts';

/** The wrong answers the feedback names, because a learner reasoned a known wrong way. */
export type Misconception =
  | 'ack_equals_seq'
  | 'syn_consumes_one'
  | 'fin_consumes_one'
  | 'no_wrap'
  | 'seq_ack_swapped'
  | 'syn_sent_vs_syn_received'
  | 'ack_flag_missing'
  | 'fin_ack_equals_seq'
  | 'forgot_fin_wait_2'
  | 'time_wait_on_passive_closer'
  | 'fin_timeout_for_time_wait'
  | 'time_wait_sends_ack';

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
    }
  | {
      readonly type: 'timer';
      readonly side: Side;
      readonly timer: TimerKind;
    };

/** A wrong value that betrays a misconception. */
export interface Trap {
  readonly value: number;
  readonly misconception: Misconception;
}

export interface QuestionBase {
  /** Position in the quiz, 0-based. */
  readonly index: number;
  readonly profile: Profile;
  /** What is asked, for the island to format. */
  readonly prompt: Message;
  /** What happened before: the lines the learner reads to work out the answer. */
  readonly story: readonly StoryLine[];
  /** The core's reasons for the step the question is about. */
  readonly explanation: readonly Reason[];
  /**
   * The pool item it was drawn from, as a one-item pool, for kinds that deal from the pool: asking
   * that pool again gives a fresh variant of the same situation (the mistake notebook does).
   */
  readonly situation?: QuizPool;
}

export interface NumberQuestion extends QuestionBase {
  readonly kind: 'ack-value' | 'seq-value';
  readonly answer: number;
  readonly traps: readonly Trap[];
  /** The sum worked out, where a FIN is in it (the step the core's reasons take for granted). */
  readonly working?: Message;
}

/** What a grade compares: a number, a state, control bits, a side. */
export type AnswerValue = number | string | readonly string[];

export interface Grade {
  readonly correct: boolean;
  readonly expected: AnswerValue;
  /** The learner's answer: what was chosen, or the text typed for a number (trimmed); null when nothing was. */
  readonly given: AnswerValue | null;
  /** Set when a typed number could not be read. */
  readonly inputError?: InputError;
  readonly misconception?: Misconception;
  /** The core's reasons for the step asked about. */
  readonly explanation: readonly Reason[];
  /** The answer's arithmetic, shown before the reasons. */
  readonly working?: Message;
}
