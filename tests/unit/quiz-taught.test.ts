// A quiz asks only what has been taught: every lesson's pool lies within what that lesson and the
// ones before it teach (their front matter), and so do its explanations, worked out by running
// its questions: each state change the core gives as a reason is one a taught situation is
// explained by, and each state the explanations' text names is one those situations move between.
import { describe, expect, it } from 'vitest';
import { TCP_STATES, type Profile, type TcpState } from '../../src/core/types.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { reasonMessagesOf, reasonTemplate } from '../../src/i18n/reason-format.ts';
import { quizStringsOf, formatMessage } from '../../src/islands/quiz/strings.ts';
import { explainedBySituations, taughtThrough, untaughtIn } from '../../src/lessons/teaching.ts';
import { makeQuiz, seedOf, type QuizKind, type QuizPool } from '../../src/quiz/index.ts';
import { runSegment } from '../../src/quiz/story.ts';
import { lessonsOf, quizKinds, quizPools } from '../lesson-front-matter.ts';

const LESSONS = [...lessonsOf('en').values()];
const POOLS = quizPools();
const KINDS = quizKinds();
const quizzes = [...POOLS.keys()].map((id) => [id] as const);

/** The states named in a text (state names are written as RFC 9293 writes them, in both languages). */
function statesNamedIn(text: string): TcpState[] {
  return TCP_STATES.filter((state) => new RegExp(`(^|[^A-Z_0-9])${state}($|[^A-Z_0-9])`).test(text));
}

/** What a quiz's questions say, over many seeds: each explanation's reasons and the prompt, in one language. */
function textsOf(pool: QuizPool, kinds: readonly QuizKind[], locale: 'en' | 'zh'): Set<string> {
  const reasons = reasonMessagesOf(dictionaries[locale]);
  const strings = quizStringsOf(dictionaries[locale]);
  const texts = new Set<string>();
  for (let n = 0; n < 24; n++) {
    for (const question of makeQuiz(pool, seedOf(Math.imul(n, 2654435761) >>> 0), kinds, 12 * kinds.length)) {
      texts.add(formatMessage(strings, question.prompt));
      for (const { key } of question.explanation) texts.add(reasonTemplate(key, reasons) ?? key);
    }
  }
  return texts;
}

describe('a lesson’s quiz asks only what has been taught', () => {
  it('every lesson with a quiz names its kinds', () => {
    expect(quizzes.length).toBeGreaterThan(5);
    for (const [id] of quizzes) expect(KINDS.get(id), id).toBeDefined();
  });

  it.each(quizzes)('%s: its segments, situations and the state changes its explanations give', (id) => {
    const taught = taughtThrough(LESSONS, id);
    expect(untaughtIn(POOLS.get(id)!, KINDS.get(id)!, taught)).toEqual({ segments: [], situations: [], rules: [] });
  });

  it.each(quizzes)('%s: the states its explanations and prompts name, in both languages', (id) => {
    const { states } = explainedBySituations(taughtThrough(LESSONS, id).situations);
    for (const locale of ['en', 'zh'] as const) {
      for (const text of textsOf(POOLS.get(id)!, KINDS.get(id)!, locale)) {
        expect(statesNamedIn(text).filter((state) => !states.has(state)), `${locale}: ${text}`).toEqual([]);
      }
    }
  });

  it('the header lesson asks about no FIN or RST, and its explanations name neither LAST_ACK nor TIME_WAIT', () => {
    const pool = POOLS.get('tcp-header')!;
    for (const profile of ['rfc9293', 'linux'] as const satisfies readonly Profile[]) {
      for (const pick of pool.segments) {
        const { flags } = runSegment(pick, profile, 100, 300).target.segment;
        expect(flags.filter((flag) => flag === 'FIN' || flag === 'RST'), `${pick.scenario} ${pick.from} ${pick.nth}`).toEqual([]);
      }
    }
    for (const locale of ['en', 'zh'] as const) {
      const named = [...textsOf(pool, KINDS.get('tcp-header')!, locale)].flatMap(statesNamedIn);
      expect(named).not.toContain('LAST_ACK');
      expect(named).not.toContain('TIME_WAIT');
    }
  });
});

describe('what counts as taught', () => {
  const HANDSHAKE = { segments: [{ scenario: 'normal-open', from: 'client', nth: 1 }], situations: ['closed_call_connect'] } as const satisfies QuizPool;
  // [what is asked, kinds, what the lessons so far teach, what is beyond it]
  const cases: [string, QuizPool, QuizKind[], QuizPool, ReturnType<typeof untaughtIn>][] = [
    ['the taught pool itself', HANDSHAKE, ['seq-value', 'next-state'], HANDSHAKE, { segments: [], situations: [], rules: [] }],
    [
      'a FIN, where only the SYN was taught: the segment and the close() that sends it',
      { segments: [{ scenario: 'close-from-client', from: 'client', nth: 3 }], situations: [] },
      ['seq-value'],
      HANDSHAKE,
      { segments: [{ scenario: 'close-from-client', from: 'client', nth: 3 }], situations: [], rules: ['established.call_close'] },
    ],
    [
      'a taught segment explained by a state change no taught situation shows',
      { segments: [{ scenario: 'close-from-client', from: 'server', nth: 3 }], situations: [] },
      ['which-flags'],
      { segments: [{ scenario: 'close-from-client', from: 'server', nth: 3 }], situations: ['established_call_close'] },
      { segments: [], situations: [], rules: ['close_wait.call_close'] },
    ],
    [
      'a situation not taught',
      { segments: [], situations: ['time_wait_timeout'] },
      ['next-state'],
      HANDSHAKE,
      { segments: [], situations: ['time_wait_timeout'], rules: ['time_wait.timeout'] },
    ],
  ];
  it.each(cases)('%s', (_, asked, kinds, taught, expected) => {
    expect(untaughtIn(asked, kinds, taught)).toEqual(expected);
  });
});
