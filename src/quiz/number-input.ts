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
