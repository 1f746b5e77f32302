// The quiz engine's public API: pure question generation and grading on the TCP core.
export { makeQuiz, grade, scoreOf, correctResponse } from './quiz.ts';
export type { Score } from './quiz.ts';
export { defaultSeed, formatSeed, parseSeed, seedFromBits, seedOf } from './seed.ts';
export type { Seed, SeedError, SeedParse } from './seed.ts';
export { parseNumberInput } from './number-input.ts';
export type { NumberInput, NumberInputError } from './number-input.ts';
export { KIND_ONLY_STRINGS, QUIZ_KINDS } from './types.ts';
export type * from './types.ts';
export type { Message } from './message.ts';
export type { QuizPool } from './pool.ts';
export * from './progress.ts';
