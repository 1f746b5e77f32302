// Facts and words the lessons and the interface must get right in both languages: read from the
// lesson MDX and the dictionaries as a learner meets them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAG_ORDER, flagsLabel, type Flag } from '../../src/core/types.ts';
import { SCENARIOS } from '../../src/core/scenarios.ts';
import { simulate } from '../../src/core/simulate.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { fillTemplate } from '../../src/i18n/template.ts';
import { parseNumberInput } from '../../src/quiz/number-input.ts';
import { flagsText } from '../../src/islands/stepper/segment-text.ts';

const lessonsDir = new URL('../../content/lessons/', import.meta.url);
const lessonIds = (lang: Locale) => readdirSync(new URL(`${lang}/`, lessonsDir)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
const lessonText = (lang: Locale, id: string) => readFileSync(new URL(`${lang}/${id}.mdx`, lessonsDir), 'utf8');
/** A lesson's prose: without front matter, imports, component tags and code. */
const prose = (lang: Locale, id: string) =>
  lessonText(lang, id)
    .replace(/^---[\s\S]*?---/, '')
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => !line.startsWith('import ') && !line.trimStart().startsWith('<'))
    .join('\n')
    .replace(/`[^`\n]*`/g, '');
const allLessons = locales.flatMap((lang) => lessonIds(lang).map((id) => ({ lang, id, text: prose(lang, id) })));
const strings = (lang: Locale) => Object.entries(dictionaries[lang] as Record<string, string>);

describe('the flags byte is at offset 13, the 14th byte', () => {
  const ambiguous = { en: /\bbyte 13\b/i, zh: /第\s*13\s*个?字节/ };
  it('no lesson or interface string says "byte 13" (zh "第 13 字节" reads as the 13th)', () => {
    for (const { lang, id, text } of allLessons) expect(text, `${lang}/${id}`).not.toMatch(ambiguous[lang]);
    for (const lang of locales) expect(strings(lang).filter(([, v]) => ambiguous[lang].test(v)).map(([k]) => k)).toEqual([]);
  });
  it('the explorer names it by offset and by position', () => {
    expect(dictionaries.en['header.flagsByte']).toMatch(/offset 13.*14th/);
    expect(dictionaries.zh['header.flagsByte']).toMatch(/偏移 13.*第 14 个字节/);
  });
});

describe('the ISN: the clock is a MUST, the keyed hash (RFC 6528) a SHOULD', () => {
  for (const lang of locales) {
    for (const id of ['tcp-header', 'three-way-handshake']) {
      it(`${lang}/${id}`, () => {
        const text = prose(lang, id);
        const [must, should] = lang === 'en' ? ['(MUST)', '(SHOULD)'] : ['（MUST）', '（SHOULD）'];
        expect(text).toContain(must);
        expect(text).toContain(should);
        // The MUST is the clock's: it comes before the SHOULD and the hash.
        expect(text.indexOf(must)).toBeLessThan(text.indexOf(should));
      });
    }
  }
});

describe('SYN is set on every opening segment, not "only on the first"', () => {
  it.each([
    ['en', /only on the first/, /SYN\+ACK/, /retransmission/],
    ['zh', /只出现在/, /SYN\+ACK/, /重传/],
  ] as const)('%s header note', (lang, wrong, synAck, again) => {
    const note = dictionaries[lang]['header.note.SYN'];
    expect(note).not.toMatch(wrong);
    expect(note).toMatch(synAck);
    expect(note).toMatch(again);
  });
});

describe('Chinese wording', () => {
  const zhTexts = [...strings('zh').map(([k, v]) => [k, v] as const), ...lessonIds('zh').map((id) => [`zh/${id}.mdx`, lessonText('zh', id)] as const)];
  it.each([
    ['window scale', '窗口缩放', '窗口扩大因子'],
    ['hash', '哈希', '散列'],
  ])('one term for %s: %s, never %s', (_, kept, dropped) => {
    expect(zhTexts.filter(([, v]) => v.includes(dropped)).map(([k]) => k)).toEqual([]);
    expect(zhTexts.some(([, v]) => v.includes(kept))).toBe(true);
  });

  it('labels use full-width punctuation next to Chinese, composed ones too', () => {
    const ascii = /[\u4e00-\u9fff][,:;?!]|[,:;?!] ?[\u4e00-\u9fff]/;
    const zh = dictionaries.zh;
    const composed = fillTemplate(zh['stepper.titled'], { label: zh['stepper.label'], title: '同时打开' });
    expect(composed).toBe('连接单步演示：同时打开');
    expect(strings('zh').filter(([, v]) => ascii.test(v)).map(([k]) => k)).toEqual([]);
  });
});

describe('interface strings', () => {
  it('no English string needs plural forms it does not have ("1 attempt(s)")', () => {
    expect(strings('en').filter(([, v]) => /\w\(s\)/.test(v)).map(([k]) => k)).toEqual([]);
  });

  it('"ack=none" (ACK bit clear) and "ack=hidden" (value not shown) say different things in different words', () => {
    for (const lang of locales) {
      const none = dictionaries[lang]['quiz.story.none'];
      const hidden = dictionaries[lang]['quiz.story.hidden'];
      expect(none).toMatch(/ACK/);
      expect(hidden).not.toMatch(/ACK/);
      const words = (s: string) => new Set(s.split(/[\s()（）]+/u).filter(Boolean));
      expect([...words(none)].filter((w) => words(hidden).has(w))).toEqual([]);
    }
  });

  it('the number field says what it accepts: spaces around the number are fine, between digits not', () => {
    expect(parseNumberInput(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseNumberInput('4 2')).toMatchObject({ ok: false, error: 'not_a_number' });
    expect(dictionaries.en['quiz.input.not_a_number']).toMatch(/no spaces between the digits/);
    expect(dictionaries.zh['quiz.input.not_a_number']).toMatch(/数字之间也不要有空格/);
    for (const lang of locales) expect(dictionaries[lang]['quiz.input.not_a_number']).not.toMatch(/\(no [^)]*spaces|空格、/);
  });
});

describe('flag labels are written as the lessons write them', () => {
  const LABEL = new RegExp(`\\b(?:${FLAG_ORDER.join('|')})(?:\\+(?:${FLAG_ORDER.join('|')}))+\\b`, 'g');
  it('ACK last: SYN+ACK, FIN+ACK, PSH+ACK, RST+ACK', () => {
    expect(flagsLabel(['SYN', 'ACK'])).toBe('SYN+ACK');
    expect(flagsLabel(['ACK', 'FIN'])).toBe('FIN+ACK');
    expect(flagsLabel(['ACK', 'PSH'])).toBe('PSH+ACK');
    expect(flagsLabel(['ACK', 'RST'])).toBe('RST+ACK');
    expect(flagsLabel(['ACK'])).toBe('ACK');
  });

  it('every label in a lesson is the one the views write', () => {
    for (const { lang, id } of allLessons) {
      for (const [label] of lessonText(lang, id).matchAll(LABEL)) expect(flagsLabel(label.split('+') as Flag[]), `${lang}/${id}`).toBe(label);
    }
  });

  it('the ladder labels a FIN and a data segment FIN+ACK and PSH+ACK', () => {
    const run = simulate(SCENARIOS['close-from-client'].build({ profile: 'linux' }));
    const labels = new Set(run.segments.map(flagsText));
    expect(labels).toContain('FIN+ACK');
    const data = simulate(SCENARIOS['abortive-close'].build({ profile: 'linux' }));
    expect(new Set(data.segments.map(flagsText))).toContain('PSH+ACK');
  });
});

describe('RFC section references in lesson text link to the section', () => {
  const LINKED = /\[((?:RFC (\d+) )?§(\d+(?:\.\d+)*))\]\(([^)]+)\)/g;
  for (const { lang, id, text } of allLessons) {
    it(`${lang}/${id}`, () => {
      const bare = text.replace(LINKED, '');
      expect(bare.match(/§\d[\d.]*/g) ?? []).toEqual([]);
      for (const m of text.matchAll(LINKED)) {
        const [, , named, section, href] = m;
        // A bare "§x" refers to the RFC named last in its parenthesis, else to RFC 9293.
        const before = text.slice(0, m.index).replace(/\]\([^)]*\)/g, ']');
        const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
        const close = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
        const inParens = open > close && !before.slice(open).includes('\n') ? before.slice(open) : '';
        const rfc = named ?? [...inParens.matchAll(/RFC (\d+)/g)].at(-1)?.[1] ?? '9293';
        expect(href).toBe(`https://www.rfc-editor.org/rfc/rfc${rfc}.html#section-${section}`);
      }
    });
  }
});
