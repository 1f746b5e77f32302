// The FAQ: the questions learners are asked, each answered with the same facts in both languages
// (numbers, RFC sections, states, flags, code spans, as tests/unit/lesson-parity.test.ts compares
// lessons), every fact one its lessons state, and each step link one the lesson's stepper opens.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAQ, resolveStep, type FaqStepper } from '../../src/lessons/faq.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { lessonSections } from './lesson-facts.ts';

const lessonSource = (lang: Locale, id: string) => readFileSync(new URL(`../../content/lessons/${lang}/${id}.mdx`, import.meta.url), 'utf8');
const factsOf = (text: string) => [...(lessonSections(text)[0]?.facts ?? [])].sort();
const lessonFacts = (lang: Locale, id: string) => new Set(lessonSections(lessonSource(lang, id)).flatMap((s) => [...s.facts]));

/** The <Stepper> of a lesson that owns the page's #step=N (the one without ownsHash={false}), as written. */
function hashStepper(source: string): Omit<FaqStepper, 'lesson'> | undefined {
  const tag = [...source.matchAll(/<Stepper\b([^>]*)\/>/g)].map((m) => m[1] as string).find((attrs) => !/ownsHash=\{false\}/.test(attrs));
  if (tag === undefined) return undefined;
  const expr = (name: string): unknown => {
    const braced = new RegExp(`${name}=\\{(\\{[^}]*\\}|\\[[^\\]]*\\])\\}`).exec(tag)?.[1];
    return braced === undefined ? undefined : (new Function(`return (${braced});`)() as unknown);
  };
  const scenario = /scenario="([^"]+)"/.exec(tag)?.[1];
  return JSON.parse(JSON.stringify({ scenario, params: expr('params'), profiles: expr('profiles') })) as Omit<FaqStepper, 'lesson'>;
}

describe('the FAQ', () => {
  it('asks the questions learners meet, each once', () => {
    expect(FAQ.map((e) => e.id).sort()).toEqual(
      ['closed-port', 'isn-not-zero', 'many-time-wait-close-wait', 'syn-flood', 'syn-with-data', 'third-ack-lost', 'time-wait', 'what-is-rst', 'why-four', 'why-three'],
    );
  });

  describe.each(FAQ.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    it('states the same facts in English and Chinese', () => {
      expect(factsOf(entry.zh.question)).toEqual(factsOf(entry.en.question));
      expect(factsOf(entry.zh.answer)).toEqual(factsOf(entry.en.answer));
      expect(factsOf(entry.en.answer).length).toBeGreaterThan(0);
    });

    it.each(locales)('states only facts its lessons state (%s)', (lang) => {
      const known = new Set(entry.lessons.flatMap((id) => [...lessonFacts(lang, id)]));
      expect(factsOf(entry[lang].answer).filter((fact) => !known.has(fact))).toEqual([]);
    });

    it('writes Chinese with full-width punctuation', () => {
      for (const text of [entry.zh.question, entry.zh.answer]) expect(text.replace(/`[^`]*`/g, '')).not.toMatch(/[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]/);
    });

    it.each(entry.steps.map((step, i) => [i, step] as const))('step link %i opens the stepper that owns the lesson’s #step=N, at a frame that exists', (_i, step) => {
      expect(entry.lessons).toContain(step.stepper.lesson);
      for (const lang of locales) {
        const { lesson, ...written } = step.stepper;
        expect(hashStepper(lessonSource(lang, lesson)), `${lang}/${lesson}`).toEqual(JSON.parse(JSON.stringify(written)));
      }
      const resolved = resolveStep(step);
      expect(resolved.index).toBeGreaterThan(0);
      expect(resolved.fragment).toMatch(step.profile && step.profile !== (step.stepper.profiles ?? [])[0] ? /^step=\d+&profile=\w+$/ : /^step=\d+$/);
    });
  });

  it('finds a step by what it shows, and says so when nothing shows it', () => {
    const stepper: FaqStepper = { lesson: 'three-way-handshake', scenario: 'normal-open', profiles: ['rfc9293', 'linux'] };
    // normal-open: 1 the server listens, 2 the client's SYN, 3 the server's SYN+ACK, 4 the client's ACK.
    expect(resolveStep({ stepper, shows: { sent: { from: 'server', nth: 1 } } }).index).toBe(3);
    expect(resolveStep({ stepper, shows: { state: { side: 'client', is: 'ESTABLISHED' } } }).index).toBe(4);
    expect(() => resolveStep({ stepper, shows: { state: { side: 'client', is: 'TIME_WAIT' } } })).toThrow(/no frame/);
  });
});
