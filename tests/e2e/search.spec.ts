/**
 * Site search (Pagefind), opened from the header. Searched from a page in its language, each term
 * has the lesson that teaches it among the first three results, and every result is a page of
 * that language. The dialog works from the keyboard (Enter on the button opens it with the cursor
 * in the field, Escape or the close button closes it, focus goes back to the button), axe finds
 * nothing in it in either theme, and without JavaScript there is no button that could not work.
 * What search costs to load is measured in budget.spec.ts.
 */
import type { Page } from '@playwright/test';
import { searchStrings } from '../../src/i18n/sections/search.ts';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { BASE, homeRoute, lessonRoute, urlOf, type Lang } from './site.ts';


/** A term, the language it is searched in, and the lesson that teaches it (the glossary's lesson for it). */
const TEACHES: readonly { lang: Lang; query: string; lesson: string }[] = [
  { lang: 'zh', query: '握手', lesson: 'three-way-handshake' },
  { lang: 'zh', query: '挥手', lesson: 'four-way-teardown' },
  { lang: 'zh', query: '序号', lesson: 'tcp-header' },
  { lang: 'zh', query: 'TIME_WAIT', lesson: 'time-wait' },
  { lang: 'en', query: 'handshake', lesson: 'three-way-handshake' },
  { lang: 'en', query: 'teardown', lesson: 'four-way-teardown' },
  { lang: 'en', query: 'sequence number', lesson: 'tcp-header' },
  { lang: 'en', query: 'TIME_WAIT', lesson: 'time-wait' },
];

const TOP = 3;

const searchDialog = (page: Page) => page.getByRole('dialog');

/** Opens search on the page and searches for the query; resolves to the results' paths below the base. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.getByTestId('search-open').click();
  await searchDialog(page).getByRole('searchbox').fill(query);
  const links = searchDialog(page).getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  return (await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map(
    (path) => path.slice(BASE.length),
  );
}

for (const { lang, query, lesson } of TEACHES) {
  test(`search (${lang}): “${query}” finds ${lesson} in the first ${TOP}, and only ${lang} pages`, async ({ page }) => {
    await page.goto(urlOf(homeRoute(lang)));
    const routes = await search(page, query);
    expect(routes.slice(0, TOP), `the first ${TOP} results`).toContain(lessonRoute(lang, lesson));
    for (const route of routes) expect(route.startsWith('zh/'), `${route} is a page in ${lang}`).toBe(lang === 'zh');
    await expect(searchDialog(page).getByRole('status'), 'the status line names the search').toContainText(query);
  });
}

for (const lang of ['en', 'zh'] as const) {
  test(`search (${lang}): keyboard — Enter opens, Escape and the close button close, focus returns`, async ({ page }) => {
    await page.goto(urlOf(lessonRoute(lang, 'how-to-use')));
    const opener = page.getByTestId('search-open');
    await expect(opener).toHaveAccessibleName(searchStrings[lang]['search.open']);
    await opener.focus();
    await page.keyboard.press('Enter');
    const field = searchDialog(page).getByRole('searchbox', { name: searchStrings[lang]['search.label'] });
    await expect(field).toBeFocused();
    await expect(searchDialog(page)).toHaveAccessibleName(searchStrings[lang]['search.title']);
    await page.keyboard.type('TIME_WAIT');
    await expect(searchDialog(page).getByRole('listitem').first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(searchDialog(page).getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(searchDialog(page)).toBeHidden();
    await expect(opener).toBeFocused();

    // From the field, with text in it, Escape closes too (a search field would first clear it).
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(searchDialog(page)).toBeHidden();
    await expect(opener).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await expect(field, 'the last search is still there').toHaveValue('TIME_WAIT');
    await searchDialog(page).getByRole('button', { name: searchStrings[lang]['search.close'] }).click();
    await expect(searchDialog(page)).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test(`search (${lang}): a result leads to its page`, async ({ page }) => {
    await page.goto(urlOf(homeRoute(lang)));
    const [first] = await search(page, 'TIME_WAIT');
    await searchDialog(page).getByRole('listitem').getByRole('link').first().click();
    await expect(page).toHaveURL(urlOf(first!));
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`search (${lang}): no axe violations in the open dialog, ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(urlOf(homeRoute(lang)));
      await search(page, lang === 'zh' ? '握手' : 'handshake');
      for (const width of [1440, 360]) {
        await page.setViewportSize({ width, height: 800 });
        expect(await axeViolations(page), `at ${width} px`).toEqual([]);
      }
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('there is no search button, since search could not work', async ({ page }) => {
    await page.goto(urlOf(''));
    await expect(page.getByTestId('search-open')).toBeHidden();
  });
});
