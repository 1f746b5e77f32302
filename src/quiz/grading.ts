// Grading shared by the numeric kinds: read the typed text strictly, compare, and name the
// misconception a wrong number betrays.
import { SEQ_SPACE } from '../core/seq.ts';
import { parseAmountInput, parseNumberInput } from './number-input.ts';
import type { QuestionShape, QuizKindGrading } from './kind.ts';
import type { Grade, Misconception, NumberQuestion, Trap } from './types.ts';

/** What the sequence-number kinds' field and grading can show, beside each kind's own prompt. */
export const SEQUENCE_NUMBER_STRINGS = [
  'quiz.answer.number',
  'quiz.input.negative',
  'quiz.input.too_large',
  'quiz.misconception.no_wrap',
  'quiz.misconception.seq_ack_swapped',
] as const;

/** True when `value` is the expected number plus or minus a multiple of 2^32: the sum was right but never wrapped. */
function missedWrap(value: number, expected: number): boolean {
  return value !== expected && (value - expected) % SEQ_SPACE === 0;
}

function trapped(value: number, traps: readonly Trap[]): Misconception | undefined {
  return traps.find((trap) => trap.value === value)?.misconception;
}

export function gradeNumber(question: NumberQuestion, text: string): Grade {
  const base = {
    expected: question.answer,
    given: text.trim(),
    explanation: question.explanation,
    ...(question.working ? { working: question.working } : {}),
  };
  const input = parseNumberInput(text);
  if (!input.ok) {
    const wrap = input.value !== undefined && missedWrap(input.value, question.answer);
    return { ...base, correct: false, inputError: input.error, ...(wrap ? { misconception: 'no_wrap' as const } : {}) };
  }
  if (input.value === question.answer) return { ...base, given: input.value, correct: true };
  const misconception = trapped(input.value, question.traps);
  return { ...base, given: input.value, correct: false, ...(misconception ? { misconception } : {}) };
}

/**
 * What a wrong number can betray: a trap's misconception, or a sum that never wrapped. Build time
 * only (src/quiz/reason-keys.ts), so it stays out of the island's code.
 */
export function numberMisconceptions(question: NumberQuestion): Misconception[] {
  return [...question.traps.map((trap) => trap.misconception), 'no_wrap'];
}

/** Keeps the traps that are really wrong answers (a coincidence can make a trap equal the answer) and distinct. */
export function realTraps(answer: number, traps: readonly (Trap | null)[]): Trap[] {
  const kept: Trap[] = [];
  for (const trap of traps) {
    if (trap && trap.value !== answer && !kept.some((k) => k.value === trap.value)) kept.push(trap);
  }
  return kept;
}

/** A question whose answer is a count or a duration, typed as a whole number. */
export interface AmountQuestion {
  readonly answer: number;
  readonly traps: readonly Trap[];
  readonly explanation: Grade['explanation'];
}

export function gradeAmount(question: AmountQuestion, text: string): Grade {
  const base = { expected: question.answer, given: text.trim(), explanation: question.explanation };
  const input = parseAmountInput(text);
  if (!input.ok) return { ...base, correct: false, inputError: input.error };
  if (input.value === question.answer) return { ...base, given: input.value, correct: true };
  const misconception = trapped(input.value, question.traps);
  return { ...base, given: input.value, correct: false, ...(misconception ? { misconception } : {}) };
}

/** What the amount kinds' field and grading can show, beside each kind's own prompt and unit. */
export const AMOUNT_STRINGS = ['quiz.input.negative_amount'] as const;

/**
 * The grading part of a kind whose answer is typed as a whole number (a sequence number, an
 * amount): graded by `grade`, its right response the answer written out, an untouched field
 * graded as empty text (its "type a number first" message).
 */
export function typedNumberGrading<Q extends QuestionShape & { readonly answer: number }>(grade: (question: Q, text: string) => Grade): QuizKindGrading<Q, string> {
  return { grade, correctResponse: (question) => String(question.answer), untouched: '' };
}
