import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';
import { frontMatterId, onlyIn } from '../../src/i18n/parity.ts';

const lessonsDir = fileURLToPath(new URL('../../content/lessons/', import.meta.url));

/** A locale's lessons: file name (without .mdx) → front-matter id. */
function lessons(locale: string): Map<string, string | undefined> {
  const dir = join(lessonsDir, locale);
  const files = readdirSync(dir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_'));
  return new Map(files.map((name) => [name.slice(0, -'.mdx'.length), frontMatterId(readFileSync(join(dir, name), 'utf8'))]));
}

describe('interface dictionaries', () => {
  it('have the same keys in English and Chinese', () => {
    expect(onlyIn(Object.keys(en), Object.keys(zh)), 'keys only in en.ts').toEqual([]);
    expect(onlyIn(Object.keys(zh), Object.keys(en)), 'keys only in zh.ts').toEqual([]);
  });

  it('have no empty strings', () => {
    for (const [locale, dictionary] of Object.entries({ en, zh })) {
      const empty = Object.entries(dictionary).filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty, `empty strings in ${locale}`).toEqual([]);
    }
  });

  it('leave no English string untranslated in Chinese', () => {
    const copied = Object.keys(en).filter((key) => en[key as keyof typeof en] === zh[key as keyof typeof zh]);
    expect(copied).toEqual([]);
  });
});

describe('lessons', () => {
  const english = lessons('en');
  const chinese = lessons('zh');

  it('exist in both languages, file for file', () => {
    expect(english.size, 'at least one lesson').toBeGreaterThan(0);
    expect(onlyIn(english.keys(), chinese.keys()), 'lessons only in content/lessons/en').toEqual([]);
    expect(onlyIn(chinese.keys(), english.keys()), 'lessons only in content/lessons/zh').toEqual([]);
  });

  it('are named after their front-matter id, so both languages share one URL slug', () => {
    for (const [locale, files] of [['en', english], ['zh', chinese]] as const) {
      for (const [file, id] of files) expect(id, `content/lessons/${locale}/${file}.mdx id`).toBe(file);
    }
  });
});

describe('parity helpers', () => {
  it('onlyIn reports what one side lacks', () => {
    expect(onlyIn(['a', 'b', 'c'], ['b'])).toEqual(['a', 'c']);
    expect(onlyIn(['a'], ['a', 'b'])).toEqual([]);
  });

  it('frontMatterId reads plain and quoted ids, and only from the front matter', () => {
    expect(frontMatterId('---\nid: how-to-use\norder: 0\n---\nbody')).toBe('how-to-use');
    expect(frontMatterId("---\ntitle: x\nid: 'quoted'\n---\n")).toBe('quoted');
    expect(frontMatterId('---\ntitle: x\n---\nid: not-front-matter\n')).toBeUndefined();
    expect(frontMatterId('no front matter')).toBeUndefined();
  });
});
