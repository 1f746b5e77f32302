// The quiz engine's public API: pure question generation and grading on the TCP core.
export { makeQuiz, poolNeeds, kindStrings } from './quiz.ts';
export { grade, scoreOf, correctResponse, untouchedResponse } from './answers.ts';
export type { Score } from './answers.ts';
export { defaultSeed, formatSeed, parseSeed, seedFromBits, seedOf } from './seed.ts';
export type { Seed, SeedError, SeedParse } from './seed.ts';
export { parseAmountInput, parseNumberInput } from './number-input.ts';
export type { AmountInput, AmountInputError, InputError, NumberInput, NumberInputError } from './number-input.ts';
export { isQuizKind, QUIZ_KINDS } from './kinds/index.ts';
export type * from './types.ts';
export type { QuizPool } from './pool.ts';
export type { Message } from './message.ts';
export * from './progress.ts';
