/**
 * Every built page, in both languages: it renders with its title and the course outline, its
 * language switch leads to the same page in the other language, it fits a 1440 px screen (and a
 * 360 px one: a11y.spec.ts, on its load of each page at that width), and it stays readable,
 * diagrams included, with JavaScript turned off.
 */
import type { Locator, Page } from '@playwright/test';
import { comingAfterLast } from '../../src/i18n/index.ts';
import { expect, test, watchForProblems } from './fixtures.ts';
import { fitsTheScreen } from './page-checks.ts';
import { HTML_LANG, builtPages, counterpartRoute, homeRoute, lessonRoute, lessonsInOrder, urlOf } from './site.ts';

const pathOfUrl = (url: string): string => new URL(url).pathname;
const routePath = (route: string): string => pathOfUrl(urlOf(route));

/** Absolute paths of the links matched by `links`. */
const hrefPaths = (links: Locator): Promise<string[]> =>
  links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** The images among `images` that are displayed, once each has finished loading. */
async function displayedImages(images: Locator): Promise<{ className: string; alt: string; naturalWidth: number }[]> {
  const shown: { className: string; alt: string; naturalWidth: number }[] = [];
  // A figure in a section laid out only near the viewport has no box until it is scrolled to.
  await images.first().evaluate((img) => img.parentElement?.scrollIntoView({ block: 'center' }));
  await expect.poll(async () => (await Promise.all((await images.all()).map((image) => image.isVisible()))).some(Boolean)).toBe(true);
  for (const image of await images.all()) {
    if (!(await image.isVisible())) continue;
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
    shown.push(
      await image.evaluate((img: HTMLImageElement) => ({ className: img.className, alt: img.alt, naturalWidth: img.naturalWidth })),
    );
  }
  return shown;
}

for (const sitePage of builtPages()) {
  const lessons = lessonsInOrder(sitePage.lang);
  const lessonIndex = lessons.findIndex(({ id }) => id === sitePage.lessonId);
  const lesson = lessons[lessonIndex];

  test.describe(`/${sitePage.route}`, () => {
    /** Title, description, skip link, header and outline: run right after the page loads (the skip link is the first Tab). */
    async function rendersWithOutline(page: Page): Promise<void> {
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[sitePage.lang]);

      const h1 = page.locator('h1');
      await expect(h1).toHaveCount(1);
      await expect(h1).toBeVisible();
      const heading = (await h1.innerText()).trim();
      expect(heading).not.toBe('');
      const title = await page.title();
      expect(title.trim()).not.toBe('');
      if (lesson) expect(title).toContain(heading);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S\S/);

      // The skip link is the first thing a keyboard reaches, and it leads to <main id="main">.
      await page.keyboard.press('Tab');
      const skipLink = page.locator('a.skip-link');
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toHaveAttribute('href', '#main');
      await expect(page.locator('main#main')).toHaveCount(1);

      // Every heading in the content introduces something: no section stands empty (the course
      // map once kept a "Coming soon" heading over an empty list after the last lesson was written).
      const emptyLists = await page.locator('main ol, main ul').evaluateAll((lists) =>
        lists.filter((list) => list.querySelector('li') === null).map((list) => list.outerHTML.slice(0, 80)),
      );
      expect(emptyLists).toEqual([]);

      const homeLink = page.getByTestId('home-link');
      await expect(homeLink).toBeVisible();
      expect(await hrefPaths(homeLink)).toEqual([routePath(homeRoute(sitePage.lang))]);

      // The outline lists every lesson of this language in course order, and marks this one.
      const outline = page.getByTestId('outline');
      await expect(outline).toBeVisible();
      const lessonPaths = lessons.map(({ id }) => routePath(lessonRoute(sitePage.lang, id)));
      expect(lessonPaths.length).toBeGreaterThan(0);
      expect((await hrefPaths(outline.locator('a[href]'))).filter((path) => lessonPaths.includes(path))).toEqual(lessonPaths);
      const marked = await hrefPaths(outline.locator('a[aria-current="page"]'));
      if (lesson) expect(marked).toEqual([pathOfUrl(sitePage.url)]);
      else expect(marked.filter((path) => lessonPaths.includes(path))).toEqual([]);
      // The current page is marked with a bar and a tint, not an underline that reads as a spelling squiggle.
      const current = outline.locator('a[aria-current="page"]').first();
      await expect(current).toHaveCSS('text-decoration-line', 'none');
      await expect(current).toHaveCSS('border-left-width', '4px');
      await expect(current).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    }

    /** A lesson's previous/next links in course order, and a table of contents whose links land. */
    async function pagerAndToc(page: Page): Promise<void> {
      const pager = page.getByTestId('pager');
      await expect(pager).toHaveCount(1);
      // The first lesson goes back to the course map; the last one has no next link yet.
      const previous = lessons[lessonIndex - 1];
      const next = lessons[lessonIndex + 1];
      expect(await hrefPaths(pager.locator('a[rel="prev"]'))).toEqual([
        routePath(previous ? lessonRoute(sitePage.lang, previous.id) : homeRoute(sitePage.lang)),
      ]);
      expect(await hrefPaths(pager.locator('a[rel="next"]'))).toEqual(next ? [routePath(lessonRoute(sitePage.lang, next.id))] : []);
      // Past the last written lesson the pager says plainly that the next one is not written yet,
      // if one is still to come; after the course's last lesson it announces nothing.
      if (!next) {
        const coming = pager.locator('.pager-coming');
        if (comingAfterLast(lessons.map((l) => l.id))) await expect(coming).toContainText(sitePage.lang === 'en' ? 'not written yet' : '尚未写成');
        else await expect(coming).toHaveCount(0);
      }

      const toc = page.getByTestId('toc');
      await expect(toc).toHaveCount(1);
      const targets = await toc.locator('a[href^="#"]').evaluateAll((links) =>
        links.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))),
      );
      expect(targets.length).toBeGreaterThan(0);
      for (const id of targets) await expect(page.locator(`[id="${id}"]`), `TOC target #${id}`).toHaveCount(1);
      // A lesson's quiz has its entry too, last, pointing at the quiz's own heading.
      const quizHeading = page.locator('section.quiz > h2');
      if ((await quizHeading.count()) > 0) expect(targets.at(-1)).toBe(await quizHeading.getAttribute('id'));
    }

    /**
     * The language switch leads to the same page in the other language. The way back is the
     * other page's own switch, checked in that page's test; that the switch keeps a seed and a
     * step link is quiz.spec's, stepper-views.spec's and progress.spec's.
     */
    async function languageSwitch(page: Page): Promise<void> {
      const otherLang = sitePage.lang === 'en' ? 'zh' : 'en';
      const langSwitch = page.getByTestId('lang-switch');
      await expect(langSwitch).toHaveAttribute('hreflang', HTML_LANG[otherLang]);
      await langSwitch.click();
      // A quiz or exam page may write the learner's own seed into the address once it opens
      // (the quiz store owns ?seed=); the page itself must be the counterpart.
      const seeded = (url: string) => new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\?seed=[0-9a-z]+)?$`);
      await expect(page).toHaveURL(seeded(urlOf(counterpartRoute(sitePage.route))));
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[otherLang]);
    }

    // One load at 1440 px serves every check that reads the page as loaded; the language switch,
    // which leaves the page, comes last.
    test(`at 1440 px: title, description, skip link, header, outline${lesson ? ', pager, table of contents' : ''}, no horizontal scrolling, language switch`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      const response = await page.goto(sitePage.url);
      expect(response?.status()).toBe(200);
      await test.step('renders with its title, description, skip link, header and the course outline', () => rendersWithOutline(page));
      if (lesson) await test.step('has previous/next links in course order and a table of contents whose links land', () => pagerAndToc(page));
      await test.step('fits a 1440 px wide screen without horizontal scrolling', () => fitsTheScreen(page));
      await test.step('language switch leads to the same page in the other language', () => languageSwitch(page));
    });

    test('is readable with JavaScript disabled, diagrams included', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const problems = watchForProblems(page);
        expect((await page.goto(sitePage.url))?.status()).toBe(200);
        await expect(page.locator('h1')).toBeVisible();
        expect((await page.locator('main').innerText()).trim().length, 'visible text in <main>').toBeGreaterThan(100);
        await expect(page.getByTestId('lang-switch')).toBeVisible();

        const figures = await page.getByTestId('diagram').all();
        if (lesson) expect(figures, 'one figure per ```mermaid block and <TraceDiagram> in the lesson source').toHaveLength(lesson.diagrams);
        // Without JavaScript the diagrams still follow the system's colour scheme.
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const figure of figures) {
            await expect(figure.locator('img')).toHaveCount(2);
            const shown = await displayedImages(figure.locator('img'));
            expect(shown, `exactly one diagram variant is displayed (${scheme})`).toHaveLength(1);
            expect(shown[0]!.className).toContain(`diagram-${scheme}`);
            expect(shown[0]!.naturalWidth, 'the displayed diagram image loaded').toBeGreaterThan(0);
            expect(shown[0]!.alt.trim().length, 'the diagram has a text alternative').toBeGreaterThan(10);
          }
        }
        expect(problems.list()).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}
