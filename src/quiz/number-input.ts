// What a learner types as a sequence or acknowledgment number, read strictly: decimal digits
// only, 0..4294967295. Anything else gets a typed error the island turns into a sentence that
// says what is wrong, never a silent guess (no hex, signs, decimals or thousands separators).
import { SEQ_SPACE } from '../core/seq.ts';

export type NumberInputError = 'empty' | 'negative' | 'too_large' | 'not_a_number';

export type NumberInput =
  | { readonly ok: true; readonly value: number }
  /** `value`: the integer typed when it is one but out of range (to spot a missed wrap-around). */
  | { readonly ok: false; readonly error: NumberInputError; readonly value?: number };

/** Full-width digits (０–９), which Chinese input methods often produce, read as ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

export function parseNumberInput(text: string): NumberInput {
  const trimmed = asciiDigits(text.trim());
  if (trimmed === '') return { ok: false, error: 'empty' };
  const negative = /^-[0-9]+$/.test(trimmed);
  if (!negative && !/^[0-9]+$/.test(trimmed)) return { ok: false, error: 'not_a_number' };
  const value = Number(trimmed);
  if (negative) return { ok: false, error: 'negative', value };
  if (value >= SEQ_SPACE) return { ok: false, error: 'too_large', value };
  return { ok: true, value };
}

/** What a learner types as a count or a duration: digits only, read as a whole number. */
export type AmountInputError = 'empty' | 'not_a_number' | 'negative_amount';
export type AmountInput = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: AmountInputError };

/** Any typed answer's problem: the island words each one. */
export type InputError = NumberInputError | AmountInputError;

export function parseAmountInput(text: string): AmountInput {
  const input = parseNumberInput(text);
  if (input.ok) return input;
  // A count or a duration has no 32-bit limit (it is simply wrong when huge), and a negative one
  // is not the sequence numbers' "never negative".
  if (input.error === 'too_large') return { ok: true, value: input.value as number };
  if (input.error === 'negative') return { ok: false, error: 'negative_amount' };
  return { ok: false, error: input.error };
}
