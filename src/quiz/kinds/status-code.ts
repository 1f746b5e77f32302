// "Which status code means …?" — the one kind whose answer key is data rather than the core's:
// the code and its meaning come from the table in status-codes.ts, which the lesson renders too.
import type { Reason } from '../../core/types.ts';
import { deck, type QuizKindModule } from '../kind.ts';
import { message } from '../message.ts';
import type { Rng } from '../random.ts';
import { EFFECT_SOURCES, effectReasonKey, meaningKey, STATUS_CODES, STATUS_MEANING_KEYS, type StatusCode } from '../status-codes.ts';
import type { QuestionBase } from '../types.ts';
import { gradeStatusCode, statusCodeGrading } from './grading/status-code.ts';

export { gradeStatusCode };

/** An HTTP question: no connection is simulated, so no profile and no story. */
export interface StatusCodeQuestion extends Omit<QuestionBase, 'profile'> {
  readonly kind: 'status-code';
  readonly profile?: undefined;
  /** Status codes offered, ascending. */
  readonly options: readonly number[];
  readonly answer: number;
}

/** How many codes a question offers, the right one among them. */
const OPTIONS = 4;

export function asksStatusCode(rng: Rng): StatusCodeQuestion {
  return statusCodeQuestion(rng.pick(STATUS_CODES), rng);
}

/** The grade's explanation: where the code is defined, and what it does to the connection if anything. */
export function statusExplanation(status: StatusCode): Reason[] {
  const defined: Reason = {
    key: 'status.code',
    section: status.section,
    source: 'rfc9110',
    params: { code: status.code, phrase: status.phrase, digit: Math.floor(status.code / 100) },
  };
  if (!status.effect) return [defined];
  const where = EFFECT_SOURCES[status.effect];
  return [defined, { key: effectReasonKey(status.effect), section: where.section, source: where.rfc }];
}

export function statusCodeQuestion(status: StatusCode, rng: Rng): StatusCodeQuestion {
  const others = rng.shuffle(STATUS_CODES.filter((c) => c.code !== status.code)).slice(0, OPTIONS - 1);
  return {
    kind: 'status-code',
    index: 0,
    prompt: message('quiz.ask.status', { meaning: message(meaningKey(status.code)) }),
    story: [],
    explanation: statusExplanation(status),
    options: [status, ...others].map((c) => c.code).sort((a, b) => a - b),
    answer: status.code,
  };
}

export const statusCode: QuizKindModule<StatusCodeQuestion, number | null> = {
  ...statusCodeGrading,
  strings: ['quiz.ask.status', ...STATUS_MEANING_KEYS],
  generator: (_pool, rng) => {
    const next = deck(rng, STATUS_CODES);
    return () => statusCodeQuestion(next(), rng);
  },
};
