// The quiz store: the seed's place in the address (read when the island is live, written on a new
// variant), grading through the kinds' modules, and a finished attempt recorded by a listener.
import { describe, expect, it } from 'vitest';
import { correctResponse, formatSeed, makeQuiz, seedOf, type Question, type QuizKind, type QuizPool, type Response, type Seed } from '../../src/quiz/index.ts';
import { quizPools } from '../lesson-front-matter.ts';
import { $progress } from '../../src/stores/progress.ts';
import { createQuizStore, type QuizStore, type SeedLocation } from '../../src/stores/quiz.ts';

/** An address of our own: what the page's `?seed=` says, and every seed written to it. */
function address(seed: string | null): SeedLocation & { written: string[] } {
  const written: string[] = [];
  return { read: () => seed, write: (s) => void written.push(s), written };
}
const config = { lesson: 'store-test', pool: quizPools().get('three-way-handshake')!, kinds: ['next-state', 'ack-value'] as const, count: 2 };

interface TestQuiz {
  readonly lesson: string;
  readonly pool: QuizPool;
  readonly kinds: readonly QuizKind[];
  readonly count: number;
}
/** A store that starts on `seed`'s variant, as if built, and deals any other at once. */
function storeOf({ lesson, pool, kinds, count }: TestQuiz, seed: Seed, where: SeedLocation): QuizStore {
  const deal = (other: Seed) => makeQuiz(pool, other, kinds, count);
  return createQuizStore({ lesson, deal }, { seed, questions: deal(seed) }, where);
}

describe('quiz store', () => {
  it('takes a readable seed from the address, and reports an unreadable one', () => {
    const here = address('zz');
    const store = storeOf(config, seedOf(1), here);
    store.readSeed();
    expect(formatSeed(store.$state.get().seed)).toBe('zz');
    const bad = storeOf(config, seedOf(1), address('not a seed!'));
    bad.readSeed();
    expect(bad.$state.get()).toMatchObject({ seed: 1, badSeed: true });
    const none = storeOf(config, seedOf(1), address(null));
    none.readSeed();
    expect(none.$state.get()).toMatchObject({ seed: 1, badSeed: false });
  });

  it('writes a new variant to the address, never the seed on screen', () => {
    const here = address(null);
    const store = storeOf(config, seedOf(5), here);
    expect(store.newVariant(5)).toBe(6);
    expect(here.written).toEqual(['6']);
    expect(store.$state.get().seed).toBe(6);
  });

  it('asks to choose first for an untouched choice, and grades an untouched number field as empty', () => {
    const store = storeOf(config, seedOf(3), address(null));
    store.checkAll();
    const state = store.$state.get();
    expect(state.unanswered).toEqual([true, false]);
    expect(state.grades[1]).toMatchObject({ correct: false, inputError: 'empty' });
    expect(state.score).toBeNull();
  });

  it('records a finished attempt once, from its listener', () => {
    const store = storeOf(config, seedOf(9), address(null));
    const before = $progress.get().lessons['store-test']?.attempts ?? 0;
    store.$state.get().questions.forEach((q, i) => store.answer(i, correctResponse(q)));
    store.checkAll();
    store.checkAll();
    expect(store.$state.get().score).toEqual({ correct: 2, total: 2 });
    expect($progress.get().lessons['store-test']).toMatchObject({ attempts: before + 1, best: { correct: 2, total: 2 }, lastSeed: '9' });
  });
});

describe('work that is kept', () => {
  const kept = { ...config, lesson: 'kept-test' };
  /** A wrong state for a next-state question, a wrong number (the largest there is; never the answer here) for a number one. */
  const wrongResponse = (q: Question): Response =>
    q.kind === 'next-state' ? (q.options.find((o) => o !== q.answer) ?? null) : q.kind === 'ack-value' && q.answer !== 4294967295 ? '4294967295' : '0';

  it('a new store on the same quiz gets the answers and the feedback back, recording nothing again', () => {
    const first = storeOf(kept, seedOf(21), address(null));
    const [q0, q1] = first.$state.get().questions;
    first.answer(0, correctResponse(q0!));
    first.answer(1, wrongResponse(q1!));
    first.checkAll();
    const attempts = $progress.get().lessons['kept-test']?.attempts;
    const mistakes = $progress.get().mistakes.length;

    const here = address(null);
    const again = storeOf(kept, seedOf(1), here);
    again.readSeed();
    const state = again.$state.get();
    expect(formatSeed(state.seed)).toBe('l');
    expect(here.written).toEqual(['l']);
    expect(state.responses).toEqual(first.$state.get().responses);
    expect(state.grades).toEqual(first.$state.get().grades);
    expect(state.score).toEqual({ correct: 1, total: 2 });
    expect($progress.get().lessons['kept-test']?.attempts).toBe(attempts);
    expect($progress.get().mistakes).toHaveLength(mistakes);
  });

  it('a ?seed= of another variant opens that one, fresh', () => {
    const other = storeOf(kept, seedOf(1), address('zz'));
    other.readSeed();
    expect(other.$state.get()).toMatchObject({ score: null, responses: [undefined, undefined] });
  });

  it('a final wrong answer goes into the notebook with its situation, seed and both answers', () => {
    const store = storeOf({ ...config, lesson: 'notebook-test' }, seedOf(77), address(null));
    const q = store.$state.get().questions[1]!;
    store.answer(1, wrongResponse(q));
    store.check(1);
    const entry = $progress.get().mistakes.at(-1);
    expect(entry).toMatchObject({ kind: q.kind, source: 'notebook-test', seed: formatSeed(seedOf(77)), situation: q.situation, rightInARow: 0 });
    expect(entry?.right).toEqual(store.$state.get().grades[1]?.expected);
    expect(entry?.answer).toEqual(store.$state.get().grades[1]?.given);
  });
});

describe('variants dealt late (the island loads the engine first)', () => {
  const { pool, kinds, count } = config;
  const deal = (seed: Seed) => makeQuiz(pool, seed, kinds, count);

  it('shows the built variant without dealing, and another once it is dealt', async () => {
    const asked: Seed[] = [];
    const store = createQuizStore(
      { lesson: 'late-test', deal: (seed) => (asked.push(seed), Promise.resolve(deal(seed))) },
      { seed: seedOf(1), questions: deal(seedOf(1)) },
      address('zz'),
    );
    expect(asked).toEqual([]);
    const reading = store.readSeed();
    expect(formatSeed(store.$state.get().seed)).toBe(formatSeed(seedOf(1)));
    await reading;
    expect(formatSeed(store.$state.get().seed)).toBe('zz');
    expect(store.$state.get().questions).toEqual(deal(store.$state.get().seed));
  });

  it('shows only the variant asked for last, whichever is dealt first', async () => {
    const pending: (() => void)[] = [];
    const store = createQuizStore(
      { lesson: 'late-test', deal: (seed) => new Promise((resolve) => pending.push(() => resolve(deal(seed)))) },
      { seed: seedOf(1), questions: deal(seedOf(1)) },
      address(null),
    );
    store.newVariant(100);
    const last = store.newVariant(200);
    pending[1]!();
    pending[0]!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.$state.get().seed).toBe(last);
  });
});
