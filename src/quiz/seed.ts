// Quiz seeds: a uint32, written in the URL (`?seed=…`) as short lowercase base 36 (at most 7
// characters), so a quiz can be shared and reproduced exactly.

export type Seed = number & { readonly __brand: 'Seed' };

const MAX_SEED = 0xffff_ffff;

export type SeedError = 'empty' | 'not_base36' | 'too_large';
export type SeedParse = { readonly ok: true; readonly seed: Seed } | { readonly ok: false; readonly error: SeedError };

/** A uint32 as a seed; RangeError for anything else (seeds come from code, not from people). */
export function seedOf(n: number): Seed {
  if (!Number.isInteger(n) || n < 0 || n > MAX_SEED) throw new RangeError(`seed out of range: ${n}`);
  return n as Seed;
}

/** The seed's URL form: base 36, lowercase. */
export function formatSeed(seed: Seed): string {
  return seed.toString(36);
}

/** Reads a seed from a URL parameter: 1–7 base-36 characters (any case) worth at most 2^32 − 1. */
export function parseSeed(text: string): SeedParse {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return { ok: false, error: 'empty' };
  if (!/^[0-9a-z]+$/.test(trimmed)) return { ok: false, error: 'not_base36' };
  // 7 base-36 digits reach 36^7 − 1 ≈ 7.8e10: still exact in a double, so the range check is honest.
  const value = trimmed.length > 7 ? Infinity : parseInt(trimmed, 36);
  if (value > MAX_SEED) return { ok: false, error: 'too_large' };
  return { ok: true, seed: value as Seed };
}

/** A fresh seed from 32 random bits (the caller draws them, e.g. with crypto.getRandomValues). */
export function seedFromBits(bits: number): Seed {
  return seedOf(bits >>> 0);
}

/**
 * The seed a lesson's quiz starts with when the URL names none: fixed per lesson (FNV-1a of its
 * id), so the page built without JavaScript and the page after hydration show the same questions.
 */
export function defaultSeed(lessonId: string): Seed {
  let hash = 0x811c9dc5;
  for (let i = 0; i < lessonId.length; i++) {
    hash ^= lessonId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash as Seed;
}
