// What the home page, "How to use" and the pager promise: only what exists. A lesson not written
// yet is marked as such wherever it is named.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dictionaries, plannedSections } from '../../src/i18n/index.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { SITE_PAGES } from '../../src/lessons/site-pages.ts';

const lessonsDir = new URL('../../content/lessons/', import.meta.url);
const lessonText = (lang: Locale, id: string) => readFileSync(new URL(`${lang}/${id}.mdx`, lessonsDir), 'utf8');

describe('the course promises only what exists', () => {
  const comingSoon = { en: '(coming soon)', zh: '（即将推出）' };
  const title = (s: string) => s.replace(/[’']/g, "'");
  for (const lang of locales) {
    it(`${lang}: "How to use" marks each lesson not written yet, and counts none`, () => {
      const text = lessonText(lang, 'how-to-use');
      expect(text).not.toMatch(/Seven lessons|七课/);
      const items = [...text.matchAll(/^\d+\. \*\*(.+?)\*\*(.*)$/gm)];
      expect(items.length).toBe(plannedSections.length);
      for (const [, name, rest] of items) {
        const section = plannedSections.find((s) => title(dictionaries[lang][s.key]) === title(name!));
        expect(section, name).toBeDefined();
        const written = existsSync(new URL(`${lang}/${section!.id}.mdx`, lessonsDir));
        expect(rest!.includes(comingSoon[lang]), `${name}: ${written ? 'written' : 'not written'}`).toBe(!written);
      }
    });

    it(`${lang}: the home page promises the lab only beside it, and says whether lessons are still to come`, () => {
      const pitch = dictionaries[lang]['home.pitch'];
      // The pitch is shown by every build; the lab's call, only by a build whose pages include the lab.
      expect(pitch).not.toMatch(/break|弄坏/);
      expect(SITE_PAGES.some((page) => page.path === 'lab')).toBe(true);
      expect(dictionaries[lang]['home.lab']).toMatch(/break one on purpose|故意把它弄坏/);
      const allWritten = plannedSections.every((s) => existsSync(new URL(`${lang}/${s.id}.mdx`, lessonsDir)));
      const toCome = lang === 'en' ? /still to come/ : /还在写/;
      const done = lang === 'en' ? /Every lesson is written/ : /所有课程都已写好/;
      expect(pitch).toMatch(allWritten ? done : toCome);
      expect(pitch).not.toMatch(allWritten ? toCome : done);
    });

    it(`${lang}: the pager says plainly that the next lesson is not written yet`, () => {
      expect(dictionaries[lang]['pager.comingNext']).toMatch(lang === 'en' ? /not written yet/ : /尚未写成/);
    });
  }
});
