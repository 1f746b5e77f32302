// The glossary's data: enough terms, each named as the lessons name it, defined in one sentence
// per language, linked to a lesson that really uses it; one Chinese term per concept.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TCP_STATES } from '../../src/core/types.ts';
import { GLOSSARY } from '../../src/lessons/glossary.ts';
import { termMatcher } from '../../src/lessons/term-match.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { zh } from '../../src/i18n/zh.ts';

const lessonsDir = new URL('../../content/lessons/', import.meta.url);
const lessonIds = readdirSync(new URL('en/', lessonsDir)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
/** A lesson's title and prose: no other front matter, imports, code or component tags. */
const prose = (lang: Locale, id: string) =>
  readFileSync(new URL(`${lang}/${id}.mdx`, lessonsDir), 'utf8')
    .replace(/^---[\s\S]*?---/, (front) => /^title: (.*)$/m.exec(front)?.[1] ?? '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][^>]*\/>/g, '');

describe('the glossary', () => {
  it('has at least thirty terms, each with a unique lowercase hyphenated id', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(30);
    for (const term of GLOSSARY) expect(term.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(GLOSSARY.map((t) => t.id)).size).toBe(GLOSSARY.length);
  });

  it('gives each concept one Chinese name, used by no other term', () => {
    const names = GLOSSARY.map((t) => t.zh.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('has the eleven states of RFC 9293, with the states page’s anchors', () => {
    const states = GLOSSARY.filter((t) => t.state).map((t) => t.id);
    expect(states.sort()).toEqual(TCP_STATES.map((s) => s.toLowerCase().replaceAll('_', '-')).sort());
  });

  describe.each(GLOSSARY.map((t) => [t.id, t] as const))('%s', (_id, term) => {
    it('links to a lesson that exists', () => {
      expect(lessonIds).toContain(term.lesson);
    });

    it.each(locales)('is named in its lesson (%s), in the title or the text, by one of its patterns', (lang) => {
      const pieces = termMatcher([term], lang)(prose(lang, term.lesson), new Set());
      expect(pieces?.some((p) => p.term?.id === term.id), `${lang}/${term.lesson} mentions ${term[lang].match.join(' / ')}`).toBe(true);
    });

    it('defines it in one sentence per language, the zh one in full-width punctuation', () => {
      expect(term.en.definition.endsWith('.')).toBe(true);
      // One sentence: a full stop only at the end (section numbers and SND.NXT-style names aside).
      expect(term.en.definition.replace(/\d\.\d|[A-Z]\.[A-Z]|\.\d/g, '').slice(0, -1)).not.toMatch(/\.\s/);
      expect(term.zh.definition.endsWith('。')).toBe(true);
      expect(term.zh.definition.slice(0, -1)).not.toContain('。');
      expect(term.zh.definition).not.toMatch(/[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]/);
    });

    it('cites the same RFC sections in both languages', () => {
      const sections = (s: string) => [...s.matchAll(/§(\d+(?:\.\d+)*)/g)].map((m) => m[1]);
      expect(sections(term.zh.definition)).toEqual(sections(term.en.definition));
    });
  });
});

describe('one Chinese term per concept in the lessons and the interface', () => {
  const avoided = GLOSSARY.flatMap((t) => (t.zhNot ?? []).map((word) => [word, t.zh.name] as const));
  it.each(avoided)('no Chinese lesson says %s (the course says %s)', (word) => {
    const found = lessonIds.filter((id) => readFileSync(new URL(`zh/${id}.mdx`, lessonsDir), 'utf8').includes(word));
    expect(found).toEqual([]);
  });
  // The steppers, quizzes and lab speak to the learner beside the lessons: the same words.
  it.each(avoided)('no Chinese interface string says %s (the course says %s)', (word) => {
    const found = Object.entries(zh).filter(([, text]) => text.includes(word)).map(([key]) => key);
    expect(found).toEqual([]);
  });
});
