/**
 * The glossary and the FAQ in both languages, and the links between them and the lessons: the
 * glossary lists every term of the data with its anchor and a working lesson link; a lesson's
 * first mention of a term (outside headings, code and links) is the one that links to it, states
 * to the states page once it is built; every FAQ step link opens its lesson's stepper at that
 * step, checked against the core's run of the stepper the build wrote.
 */
import type { Page } from '@playwright/test';
import type { Profile } from '../../src/core/types.ts';
import { FAQ } from '../../src/lessons/faq.ts';
import { GLOSSARY } from '../../src/lessons/glossary.ts';
import { SITE_PAGES } from '../../src/lessons/site-pages.ts';
import { expect, test } from './fixtures.ts';
import { expectFrame, liveStepper, ownsHash, steppersIn, timelineOf } from './steppers.ts';
import { builtPages, lessonRoute, urlOf, type Lang } from './site.ts';

const statesPage = SITE_PAGES.some((page) => page.path === 'states');
const route = (lang: Lang, path: string) => `${lang === 'zh' ? 'zh/' : ''}${path}/`;

/**
 * In the lesson's text (not headings, code, diagrams, or links a lesson wrote), the first text that
 * contains one of `words`: the href and data-term of the term link it sits in, if any.
 */
function firstMention(page: Page, words: readonly string[]) {
  return page.locator('.prose').evaluate((prose, words) => {
    const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('h2, h3, code, pre, figure, astro-island, .stp-static, .sr-only')) continue;
      const link = parent.closest('a');
      if (link && !link.classList.contains('term-link')) continue;
      if (!words.some((w) => node!.textContent!.includes(w))) continue;
      return { text: node.textContent, href: link?.getAttribute('href') ?? null, term: link?.getAttribute('data-term') ?? null };
    }
    return null;
  }, words);
}

for (const lang of ['en', 'zh'] as const) {
  test.describe(`${lang}: the glossary`, () => {
    test('lists every term as a definition list, with its anchor, both names and its lesson', async ({ page }) => {
      await page.goto(urlOf(route(lang, 'glossary')));
      const terms = page.locator('dl.glossary dt');
      expect(await terms.count()).toBeGreaterThanOrEqual(30);
      expect((await terms.evaluateAll((dts) => dts.map((dt) => dt.id))).sort()).toEqual(GLOSSARY.map((t) => t.id).sort());
      for (const term of [GLOSSARY.find((t) => t.id === 'sequence-number')!, GLOSSARY.find((t) => t.id === 'time-wait')!]) {
        const entry = page.locator(`dl.glossary > div:has(> dt[id="${term.id}"])`);
        await expect(entry.locator('dfn')).toHaveText(term[lang].name);
        await expect(entry.locator('dd')).toContainText(term[lang].definition.replace(/`/g, '').slice(0, 20));
        const lessonLink = entry.locator('dd a[href$="/"]').filter({ hasNotText: '§' }).first();
        await expect(lessonLink).toHaveAttribute('href', new URL(urlOf(lessonRoute(lang, term.lesson))).pathname);
      }
      // The other language's name is marked as that language.
      await expect(page.locator('dt[id="three-way-handshake"] .other-name')).toHaveAttribute('lang', lang === 'en' ? 'zh-CN' : 'en');
    });
  });

  test.describe(`${lang}: first mentions in the lessons`, () => {
    const cases =
      lang === 'en'
        ? [{ lesson: 'time-wait', words: ['TIME_WAIT', 'TIME-WAIT'], term: 'time-wait' }, { lesson: 'tcp-header', words: ['checksum'], term: 'checksum' }]
        : [{ lesson: 'why-three', words: ['三次握手'], term: 'three-way-handshake' }, { lesson: 'four-way-teardown', words: ['TIME_WAIT', 'TIME-WAIT'], term: 'time-wait' }];
    for (const { lesson, words, term } of cases) {
      test(`${lesson}: the first ${words[0]} links to its entry, and no later one does`, async ({ page }) => {
        await page.goto(urlOf(lessonRoute(lang, lesson)));
        const entry = GLOSSARY.find((t) => t.id === term)!;
        const target = `${new URL(urlOf(route(lang, entry.state && statesPage ? 'states' : 'glossary'))).pathname}#${term}`;
        expect(await firstMention(page, words)).toMatchObject({ href: target, term });
        await expect(page.locator(`.prose a.term-link[data-term="${term}"]`)).toHaveCount(1);
        await expect(page.locator('.prose :is(h2, h3) a.term-link, .prose code a.term-link')).toHaveCount(0);
        await page.locator(`.prose a.term-link[data-term="${term}"]`).click();
        await page.waitForURL((u) => u.pathname + u.hash === target);
        await expect(page.locator(`[id="${term}"]`)).toBeInViewport();
      });
    }
  });

  test.describe(`${lang}: the FAQ`, () => {
    test('answers every question, each with links to its lessons and to stepper steps', async ({ page }) => {
      await page.goto(urlOf(route(lang, 'faq')));
      await expect(page.locator('section.faq h2')).toHaveText(FAQ.map((e) => e[lang].question));
      for (const entry of FAQ) {
        const section = page.locator(`section.faq:has(> h2[id="${entry.id}"])`);
        expect(await section.locator('a[data-faq-lesson]').evaluateAll((as) => as.map((a) => a.getAttribute('data-faq-lesson')))).toEqual([...entry.lessons]);
        await expect(section.locator('a[data-faq-step]')).toHaveCount(entry.steps.length);
      }
    });

    const links = FAQ.flatMap((entry) => entry.steps.map((step, i) => ({ entry, i, lesson: step.stepper.lesson })));
    for (const { entry, i, lesson } of links) {
      test(`${entry.id}: step link ${i + 1} opens ${lesson}'s stepper at that step`, async ({ page }) => {
        await page.goto(urlOf(route(lang, 'faq')));
        const link = page.locator(`section.faq:has(> h2[id="${entry.id}"]) a[data-faq-step]`).nth(i);
        const href = await link.getAttribute('href');
        const [path, fragment] = (href ?? '').split('#') as [string, string];
        expect(path).toBe(new URL(urlOf(lessonRoute(lang, lesson))).pathname);
        const params = new URLSearchParams(fragment);
        const step = Number(params.get('step'));
        const profile = (params.get('profile') ?? undefined) as Profile | undefined;
        const lessonPage = builtPages().find((p) => p.route === lessonRoute(lang, lesson))!;
        const stepper = steppersIn(lessonPage).find(ownsHash)!;
        await link.click();
        await page.waitForURL((u) => u.pathname === path && u.hash === `#${fragment}`);
        const live = await liveStepper(page, stepper);
        await expectFrame(live, timelineOf(stepper, profile ?? stepper.profiles[0]), step);
      });
    }
  });
}
