// A quiz: `count` questions drawn from a pool with one seed, so the same seed gives the same quiz
// on every machine. Kinds take turns in the order given; each kind deals from its own shuffled
// deck of the pool, so a quiz rarely asks the same thing twice. Everything kind-specific is behind
// the kind's module (kinds/index.ts); grading what was dealt is answers.ts.
import { QUIZ_KIND_MODULES, type Question, type QuizKind } from './kinds/index.ts';
import type { QuizPool } from './pool.ts';
import { createRng } from './random.ts';
import type { Seed } from './seed.ts';

export function makeQuiz(pool: QuizPool, seed: Seed, kinds: readonly QuizKind[], count: number): Question[] {
  if (kinds.length === 0) throw new RangeError('a quiz needs at least one question kind');
  if (!Number.isInteger(count) || count < 1) throw new RangeError('a quiz needs a positive whole number of questions');
  const rng = createRng(seed);
  const makers = new Map<QuizKind, () => Question>();
  const makerOf = (kind: QuizKind) => {
    let make = makers.get(kind);
    if (!make) makers.set(kind, (make = QUIZ_KIND_MODULES[kind].generator(pool, rng)));
    return make;
  };
  return Array.from({ length: count }, (_, index) => {
    const kind = kinds[index % kinds.length] as QuizKind;
    return { ...makerOf(kind)(), index };
  });
}

/**
 * The interface strings a quiz asking `kinds` can show of those some kind claims as its own: a
 * `quiz.*` string no kind claims is shared by all and always needed.
 */
export function kindStrings(kinds: readonly QuizKind[]): { readonly needed: ReadonlySet<string>; readonly claimed: ReadonlySet<string> } {
  const all = Object.values(QUIZ_KIND_MODULES) as readonly { strings: readonly string[] }[];
  return {
    needed: new Set(kinds.flatMap((kind) => QUIZ_KIND_MODULES[kind].strings)),
    claimed: new Set(all.flatMap((module) => module.strings)),
  };
}

/** The parts of a pool a quiz asking `kinds` deals from: each must hold something. */
export function poolNeeds(kinds: readonly QuizKind[]): ReadonlySet<'segments' | 'situations'> {
  return new Set(kinds.flatMap((kind) => { const draws = QUIZ_KIND_MODULES[kind].draws; return draws ? [draws] : []; }));
}
