// An island is handed, as props, the strings and reason templates it can show (src/lessons/).
// These check that what is handed is enough: the quiz's reason templates, worked out from a few
// dozen seeds at build time, cover the questions of many more seeds; every stepper step of every
// library scenario is explained; and nothing is handed that the island cannot show.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../src/core/scenarios.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { reasonTemplate } from '../../src/i18n/reason-format.ts';
import { quizStringParts } from '../../src/lessons/island-strings.ts';
import { quizBuild, quizInputProblems } from '../../src/lessons/quiz-build.ts';
import { runReasonKeys, stepperBuild } from '../../src/lessons/stepper-build.ts';
import { grade, kindStrings, makeQuiz, QUIZ_KINDS, seedOf, type Question, type QuizKind, type Response } from '../../src/quiz/index.ts';
import { quizPools } from '../lesson-front-matter.ts';

const LOCALES = ['en', 'zh'] as const;
const POOLS = quizPools();

/** Wrong answers that can each betray a misconception: every trap, every other option, the flags without ACK. */
function wrongResponses(question: Question): Response[] {
  if (question.kind === 'which-flags') return [question.answer.filter((flag) => flag !== 'ACK'), [], ...question.traps.map((trap) => trap.value)];
  if (question.kind === 'next-state') return question.options.filter((option) => option !== question.answer);
  if ('traps' in question) return [...question.traps.map((trap) => String(trap.value)), String(question.answer + 2 ** 32), '-1'];
  return (question.options as readonly unknown[]).filter((option) => option !== question.answer) as Response[];
}

/** Every lesson's pool with all kinds, and with each kind it can ask alone. */
const quizCases = [...POOLS].flatMap(([lesson, pool]) =>
  [QUIZ_KINDS, ...QUIZ_KINDS.map((kind) => [kind])]
    .filter((kinds) => quizInputProblems({ id: lesson, pool, kinds, count: 5 }).length === 0)
    .map((kinds) => [lesson, kinds as readonly QuizKind[]] as const),
);

describe('a quiz island is handed', () => {
  it.each(quizCases)('the reason templates of every question %s’s pool can ask with kinds %j, for any seed', (lesson, kinds) => {
    const pool = POOLS.get(lesson)!;
    const handed = Object.fromEntries(LOCALES.map((locale) => [locale, quizBuild({ id: lesson, pool, kinds, count: 5 }, locale).island]));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        for (const question of makeQuiz(pool, seedOf(n), kinds, 8)) {
          for (const { key } of question.explanation) {
            for (const locale of LOCALES) expect(reasonTemplate(key, handed[locale]!.reasons), `${locale} ${key}`).toBeDefined();
          }
        }
      }),
      { numRuns: kinds.length > 1 ? 150 : 40 },
    );
  });

  it.each(quizCases)('every prompt and misconception %s’s quiz with kinds %j can show, for any seed, and no other kind’s', (lesson, kinds) => {
    const pool = POOLS.get(lesson)!;
    for (const locale of LOCALES) {
      const { strings } = quizBuild({ id: lesson, pool, kinds, count: 5 }, locale).island;
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
          for (const question of makeQuiz(pool, seedOf(n), kinds, 8)) {
            expect(strings[question.prompt.key], question.prompt.key).toBeDefined();
            const working = 'working' in question ? question.working : undefined;
            if (working) expect(strings[working.key], working.key).toBeDefined();
            for (const response of wrongResponses(question)) {
              const { misconception } = grade(question, response);
              if (misconception) expect(strings[`quiz.misconception.${misconception}`], `${locale} ${misconception}`).toBeDefined();
            }
          }
        }),
        { numRuns: 40 },
      );
      const { needed, claimed } = kindStrings(kinds);
      for (const key of [...claimed].filter((k) => !needed.has(k))) expect(strings[key], `${lesson} asks no kind that shows ${key}`).toBeUndefined();
      // A misconception its pool cannot show may stay out (below); every other string its kinds claim is there.
      for (const key of [...needed].filter((k) => !k.startsWith('quiz.misconception.'))) expect(strings[key], `${locale} ${key}`).toBeDefined();
      expect(strings['quiz.check']).toBe(dictionaries[locale]['quiz.check']);
      expect(strings['quiz.static.count']).toBeUndefined(); // the built page's words stay out
    }
  });

  it.each(SCENARIO_IDS)('a stepper of %s: the templates of every step, in every profile it offers, and only those', (scenario) => {
    const all = Object.keys(dictionaries.en).filter((key) => key.startsWith('reasons.')).length;
    for (const locale of LOCALES) {
      const built = stepperBuild({ scenario }, locale);
      for (const run of built.runs) {
        for (const key of runReasonKeys(run)) expect(reasonTemplate(key, built.island.reasons), `${locale} ${key}`).toBeDefined();
      }
      expect(Object.keys(built.island.reasons).length).toBeLessThan(all / 2);
    }
  });
});

describe('a quiz is handed only the misconceptions its pool can show', () => {
  it('a teardown quiz leaves out those only the handshake betrays', () => {
    const kinds: QuizKind[] = ['next-state', 'seq-value', 'ack-value', 'which-flags'];
    const pool = POOLS.get('four-way-teardown')!;
    const { strings } = quizBuild({ id: 'four-way-teardown', pool, kinds, count: 5 }, 'en').island;
    for (const handshakeOnly of ['syn_sent_vs_syn_received', 'established_on_bad_ack', 'syn_seq_isn_plus_one', 'syn_ack_for_third']) {
      expect(strings[`quiz.misconception.${handshakeOnly}`], handshakeOnly).toBeUndefined();
    }
    expect(strings['quiz.misconception.fin_consumes_one']).toBeDefined();
    expect(strings['quiz.misconception.no_wrap']).toBeDefined();
  });
});

describe('a quiz that cannot be asked', () => {
  const pool = POOLS.get('three-way-handshake')!;
  it.each([
    ['an unknown kind', { kinds: ['essay' as QuizKind] }, /unknown kind/],
    ['no kinds', { kinds: [] }, /no kinds/],
    ['a bad count', { count: 0 }, /count/],
    ['next-state without situations', { pool: { segments: pool.segments, situations: [] } }, /no situations/],
    ['segments it has none of', { pool: { segments: [], situations: pool.situations } }, /has none/],
  ])('fails the build naming %s', (_, change, message) => {
    const input = { id: 'x', pool, kinds: QUIZ_KINDS, count: 5, ...change };
    expect(quizInputProblems(input).join('\n')).toMatch(message);
    expect(() => quizBuild(input, 'en')).toThrow(message);
  });
});

describe('a quiz island’s strings in two parts', () => {
  it.each(LOCALES)('%s: the part every quiz shows is the same for every lesson’s quiz, the rest is what its kinds claim', (locale) => {
    const { claimed } = kindStrings([]);
    const shared = new Set<string>();
    for (const [lesson, kinds] of quizCases) {
      const { strings } = quizBuild({ id: lesson, pool: POOLS.get(lesson)!, kinds, count: 5 }, locale).island;
      const parts = quizStringParts(strings);
      expect({ ...parts.shared, ...parts.own }).toEqual(strings);
      for (const key of Object.keys(parts.own)) expect(claimed.has(key), key).toBe(true);
      for (const key of Object.keys(parts.shared)) expect(claimed.has(key), key).toBe(false);
      shared.add(JSON.stringify(parts.shared));
    }
    // One data file a language: the learner's browser fetches it once for the whole course.
    expect(shared.size).toBe(1);
  });
});
