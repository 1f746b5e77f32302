// A quiz: `count` questions from a pool, drawn from one seed, so the same seed gives the same
// quiz on every machine. Kinds take turns in the order given; each kind works through its own
// shuffled deck of the pool's segments or situations, so a quiz rarely asks the same thing twice.
import { asksAck, gradeAck } from './kinds/ack-value.ts';
import { asksFlags, gradeFlags } from './kinds/which-flags.ts';
import { asksNextState, gradeNextState, NEXT_STATE_CASES } from './kinds/next-state.ts';
import { asksSeq, gradeSeq } from './kinds/seq-value.ts';
import { gradeStatusCode, statusCodeQuestion } from './kinds/status-code.ts';
import { STATUS_CODES } from './status-codes.ts';
import type { QuizPool } from './pool.ts';
import { createRng, type Rng } from './random.ts';
import type { Seed } from './seed.ts';
import type { SegmentPick } from './story.ts';
import type { Grade, Question, QuizKind, Response } from './types.ts';

/** A deck dealt in a shuffled order, reshuffled when it runs out. */
function deck<T>(rng: Rng, items: readonly T[]): () => T {
  let order: T[] = [];
  return () => {
    if (order.length === 0) order = rng.shuffle(items);
    return order.pop() as T;
  };
}

type Generator = (rng: Rng) => Question;

function segmentKind(rng: Rng, picks: readonly SegmentPick[], ask: (pick: SegmentPick, rng: Rng) => Question | null): Generator {
  const next = deck(rng, picks);
  return (r) => {
    // Some segments have nothing to ask for some kinds (a SYN carries no acknowledgment number).
    for (let tries = 0; tries < picks.length * 2; tries++) {
      const question = ask(next(), r);
      if (question) return question;
    }
    throw new Error('internal: no segment of this pool suits the question kind');
  };
}

export function makeQuiz(pool: QuizPool, seed: Seed, kinds: readonly QuizKind[], count: number): Question[] {
  if (kinds.length === 0) throw new RangeError('a quiz needs at least one question kind');
  if (!Number.isInteger(count) || count < 1) throw new RangeError('a quiz needs a positive whole number of questions');
  const rng = createRng(seed);
  const situations = deck(rng, pool.situations);
  const statuses = deck(rng, STATUS_CODES);
  const generators: Record<QuizKind, Generator> = {
    'next-state': (r) => asksNextState(NEXT_STATE_CASES[situations()], r),
    'ack-value': segmentKind(rng, pool.segments, asksAck),
    'seq-value': segmentKind(rng, pool.segments, asksSeq),
    'which-flags': segmentKind(rng, pool.segments, asksFlags),
    'status-code': (r) => statusCodeQuestion(statuses(), r),
  };
  return Array.from({ length: count }, (_, index) => {
    const kind = kinds[index % kinds.length] as QuizKind;
    return { ...generators[kind](rng), index };
  });
}

/** Grades one response. Pure: the question already holds the core's answer. */
export function grade(question: Question, response: Response): Grade {
  switch (question.kind) {
    case 'next-state':
      return gradeNextState(question, response as Response<typeof question>);
    case 'ack-value':
      return gradeAck(question, response as string);
    case 'seq-value':
      return gradeSeq(question, response as string);
    case 'which-flags':
      return gradeFlags(question, response as Response<typeof question>);
    case 'status-code':
      return gradeStatusCode(question, response as Response<typeof question>);
  }
}

export interface Score {
  readonly correct: number;
  readonly total: number;
}

export function scoreOf(grades: readonly (Grade | undefined)[], total: number): Score {
  return { correct: grades.filter((g) => g?.correct).length, total };
}

/** The response that is right for a question: its own answer in the form the island holds. */
export function correctResponse(question: Question): Response {
  switch (question.kind) {
    case 'next-state':
      return question.answer;
    case 'ack-value':
    case 'seq-value':
      return String(question.answer);
    case 'which-flags':
    case 'status-code':
      return question.answer;
  }
}
