// A lesson page fetches one message file (src/i18n/lesson-messages.ts). These check that it holds
// everything the lesson's islands can show: the quiz's reason templates, worked out from a few
// dozen seeds at build time, cover the questions of many more seeds; every stepper step of the
// lesson's scenarios is explained; the interface strings are all there in both languages; and
// the wrappers' check names what is missing when a lesson's MDX outgrows the table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runReasonKeys, stepperBuild } from '../../src/components/lesson/stepper-props.ts';
import { simulate } from '../../src/core/simulate.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import {
  LESSON_ISLANDS,
  lessonMessages,
  lessonOfPath,
  lessonsWithIslands,
  missingFromLesson,
} from '../../src/i18n/lesson-messages.ts';
import { reasonTemplate } from '../../src/i18n/reason-format.ts';
import { grade, KIND_ONLY_STRINGS, LESSON_POOLS, makeQuiz, QUIZ_KINDS, seedOf, type Question, type Response } from '../../src/quiz/index.ts';

const LOCALES = ['en', 'zh'] as const;

/** Wrong answers that can each betray a misconception: every trap, the other opening states, the flags without ACK. */
function wrongResponses(question: Question): Response[] {
  switch (question.kind) {
    case 'ack-value':
    case 'seq-value':
      return [...question.traps.map((trap) => String(trap.value)), String(question.answer + 2 ** 32), '-1'];
    case 'next-state':
      return question.options.filter((state) => state !== question.answer);
    case 'which-flags':
      return [question.answer.filter((flag) => flag !== 'ACK'), []];
  }
}

describe('lesson messages', () => {
  it('exist for every lesson with a quiz pool or declared islands', () => {
    expect(lessonsWithIslands()).toEqual([...new Set([...Object.keys(LESSON_POOLS), ...Object.keys(LESSON_ISLANDS)])].sort());
  });

  const quizCases = Object.keys(LESSON_POOLS).map((lesson) => [lesson, LESSON_ISLANDS[lesson]?.quizKinds ?? QUIZ_KINDS] as const);
  it.each(quizCases)('of %s explain every question its quiz kinds (%j) ask, for any seed', (lesson, kinds) => {
    const messages = { en: lessonMessages(lesson, 'en'), zh: lessonMessages(lesson, 'zh') };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        for (const question of makeQuiz(lesson, seedOf(n), kinds, 8)) {
          for (const { key } of question.explanation) {
            for (const locale of LOCALES) expect(reasonTemplate(key, messages[locale].reasons), `${locale} ${key}`).toBeDefined();
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  const stepperCases = Object.entries(LESSON_ISLANDS).flatMap(([lesson, islands]) => (islands.steppers ?? []).map((scenario) => [lesson, scenario] as const));
  it.each(stepperCases)('of %s explain every step of its %s stepper, in every profile it offers', (lesson, scenario) => {
    const built = stepperBuild({ scenario }, 'en');
    for (const locale of LOCALES) {
      const { reasons } = lessonMessages(lesson, locale);
      for (const s of built.scenarios) {
        for (const key of runReasonKeys(simulate(s))) expect(reasonTemplate(key, reasons), `${locale} ${key}`).toBeDefined();
      }
    }
  });

  it.each(LOCALES)('carry the islands’ interface strings in %s, and only where the lesson has the island', (locale) => {
    const dictionary: Readonly<Record<string, string>> = dictionaries[locale];
    for (const lesson of lessonsWithIslands()) {
      const m = lessonMessages(lesson, locale);
      const islands = LESSON_ISLANDS[lesson] ?? {};
      expect(m.quiz !== undefined, lesson).toBe(lesson in LESSON_POOLS);
      for (const [key, text] of Object.entries(m.quiz ?? {})) expect(text).toBe(dictionary[key]);
      expect(m.quiz?.['quiz.check'], lesson).toBe(lesson in LESSON_POOLS ? dictionary['quiz.check'] : undefined);
      expect(m.quiz?.['quiz.static.count']).toBeUndefined(); // the built page's words stay out
      expect(m.stepper?.['forward'], lesson).toBe(islands.steppers?.length ? dictionary['stepper.forward'] : undefined);
      // No stepper of these lessons loses a segment or offers two profiles: those strings stay out.
      expect(m.stepper?.['event.lost']).toBeUndefined();
      expect(m.stepper?.['profile']).toBeUndefined();
      expect(m.headerNotes?.['header.note.sequenceNumber'], lesson).toBe(islands.headerExplorer ? dictionary['header.note.sequenceNumber'] : undefined);
    }
  });

  it.each(quizCases)('of %s name every prompt and misconception its quiz kinds (%j) can show, and no other kind’s', (lesson, kinds) => {
    for (const locale of LOCALES) {
      const strings = lessonMessages(lesson, locale).quiz ?? {};
      for (let n = 0; n < 40; n++) {
        for (const question of makeQuiz(lesson, seedOf(Math.imul(n, 2654435761) >>> 0), kinds, 8)) {
          expect(strings[question.prompt.key], question.prompt.key).toBeDefined();
          for (const response of wrongResponses(question)) {
            const { misconception } = grade(question, response);
            if (misconception) expect(strings[`quiz.misconception.${misconception}`], `${locale} ${misconception}`).toBeDefined();
          }
        }
      }
      for (const kind of QUIZ_KINDS.filter((k) => !kinds.includes(k))) {
        for (const key of KIND_ONLY_STRINGS[kind]) expect(strings[key], `${lesson} asks no ${kind}: ${key}`).toBeUndefined();
      }
    }
  });

  it('hold no reason template the lesson cannot show', () => {
    const all = Object.keys(dictionaries.en).filter((key) => key.startsWith('reasons.')).length;
    for (const lesson of lessonsWithIslands()) expect(Object.keys(lessonMessages(lesson, 'en').reasons).length).toBeLessThan(all / 2);
  });
});

describe('missingFromLesson', () => {
  it('is empty for what the lessons really use', () => {
    expect(missingFromLesson('tcp-header', { island: 'headerExplorer' })).toEqual([]);
    expect(missingFromLesson('tcp-header', { island: 'quiz', quizKinds: ['which-flags', 'seq-value', 'ack-value'] })).toEqual([]);
    expect(missingFromLesson('three-way-handshake', { island: 'steppers', reasonKeys: stepperBuild({ scenario: 'simultaneous-open' }, 'en').reasonKeys })).toEqual([]);
  });

  it.each([
    ['a header explorer the table does not declare', 'three-way-handshake', { island: 'headerExplorer' as const }, /headerExplorer: true/],
    ['a stepper in a lesson without steppers', 'tcp-header', { island: 'steppers' as const }, /steppers' scenarios/],
    ['a quiz kind the table leaves out', 'tcp-header', { island: 'quiz' as const, quizKinds: ['next-state' as const] }, /next-state/],
    ['a stepper scenario the table does not list', 'three-way-handshake', { island: 'steppers' as const, reasonKeys: stepperBuild({ scenario: 'close-from-client' }, 'en').reasonKeys }, /lacks the reason\(s\) .*fin/],
    ['a quiz in a lesson without a pool', 'how-to-use', { island: 'quiz' as const }, /no quiz pool/],
  ])('names %s', (_, lesson, needs, message) => {
    expect(missingFromLesson(lesson, needs).join('\n')).toMatch(message);
  });
});

describe('lessonOfPath', () => {
  it.each([
    ['/handshake-and-wave/lessons/tcp-header/', 'tcp-header'],
    ['/handshake-and-wave/zh/lessons/three-way-handshake/', 'three-way-handshake'],
    ['/lessons/how-to-use', 'how-to-use'],
    ['/zh/lessons/tcp-header/index.html', 'tcp-header'],
    ['/handshake-and-wave/', undefined],
    ['/handshake-and-wave/zh/', undefined],
  ])('%s → %s', (path, lesson) => {
    expect(lessonOfPath(path)).toBe(lesson);
  });
});
