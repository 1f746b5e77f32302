// A page loads only the reason groups its islands' wrappers name (src/i18n/reason-groups.ts).
// These check that what a wrapper names covers every key the island can then emit: the quiz's
// groups, worked out from a few dozen seeds at build time, cover the questions of many more
// seeds, of every lesson and every kind; the stepper's cover every step of every scenario it is
// built with; and the groups split the dictionaries without overlap in both languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepperBuild, runReasonKeys } from '../../src/components/lesson/stepper-props.ts';
import { SCENARIO_IDS } from '../../src/core/scenarios.ts';
import { simulate } from '../../src/core/simulate.ts';
import { reasonMessagesOf, reasonTemplate } from '../../src/i18n/reason-format.ts';
import { REASON_GROUPS, reasonGroupOf, type ReasonGroup } from '../../src/i18n/reason-groups.ts';
import { en } from '../../src/i18n/sections/reasons.en.ts';
import { zh } from '../../src/i18n/sections/reasons.zh.ts';
import * as close from '../../src/i18n/sections/reasons-close.en.ts';
import * as closeZh from '../../src/i18n/sections/reasons-close.zh.ts';
import * as edge from '../../src/i18n/sections/reasons-edge.en.ts';
import * as edgeZh from '../../src/i18n/sections/reasons-edge.zh.ts';
import * as open from '../../src/i18n/sections/reasons-open.en.ts';
import * as openZh from '../../src/i18n/sections/reasons-open.zh.ts';
import { LESSON_POOLS, makeQuiz, QUIZ_KINDS, seedOf, type QuizKind } from '../../src/quiz/index.ts';
import { quizReasonKeys } from '../../src/quiz/reason-keys.ts';

const GROUPS = {
  en: { open: open.en, close: close.en, edge: edge.en },
  zh: { open: openZh.zh, close: closeZh.zh, edge: edgeZh.zh },
} as const;

/** What an island gets when it loads `groups` in `lang`: every key it can show must resolve. */
function loaded(groups: readonly ReasonGroup[], lang: 'en' | 'zh') {
  return reasonMessagesOf(Object.assign({}, ...groups.map((g) => GROUPS[lang][g])));
}

function groupsOf(keys: Iterable<string>): ReasonGroup[] {
  return [...new Set([...keys].map((k) => reasonGroupOf(k)).filter((g): g is ReasonGroup => g !== undefined))];
}

describe('reason groups', () => {
  it('split both dictionaries without overlap, keyed alike', () => {
    for (const lang of ['en', 'zh'] as const) {
      const keys = REASON_GROUPS.flatMap((g) => Object.keys(GROUPS[lang][g]));
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.sort()).toEqual(Object.keys(lang === 'en' ? en : zh).sort());
    }
    for (const g of REASON_GROUPS) expect(Object.keys(GROUPS.zh[g]).sort()).toEqual(Object.keys(GROUPS.en[g]).sort());
  });

  const cases: [string, QuizKind[]][] = Object.keys(LESSON_POOLS).flatMap((lesson) => [
    [lesson, [...QUIZ_KINDS]] as [string, QuizKind[]],
    ...QUIZ_KINDS.map((kind) => [lesson, [kind]] as [string, QuizKind[]]),
  ]);
  it.each(cases)('the quiz of %s (%s): its build-time groups cover the questions of any seed', (lesson, kinds) => {
    const groups = groupsOf(quizReasonKeys(lesson, kinds));
    const messages = { en: loaded(groups, 'en'), zh: loaded(groups, 'zh') };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        for (const question of makeQuiz(lesson, seedOf(n), kinds, 5)) {
          for (const { key } of question.explanation) {
            expect(reasonTemplate(key, messages.en), key).toBeDefined();
            expect(reasonTemplate(key, messages.zh), key).toBeDefined();
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each(SCENARIO_IDS)('the stepper of %s: its groups cover every step of the runs it offers', (scenario) => {
    const built = stepperBuild({ scenario }, 'en');
    const groups = built.reasonGroups.split(' ').filter(Boolean) as ReasonGroup[];
    for (const lang of ['en', 'zh'] as const) {
      const messages = loaded(groups, lang);
      for (const s of built.scenarios) {
        for (const key of runReasonKeys(simulate(s))) expect(reasonTemplate(key, messages), key).toBeDefined();
      }
    }
  });
});
