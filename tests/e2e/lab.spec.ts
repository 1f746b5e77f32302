/**
 * The lab in the built site, in both languages: three levels solved through the workbench (mouse
 * and keyboard), a copied link that reproduces the run and its step, tampered links answered with
 * a message and the level's start, solved marks on the level list that survive a reload and the
 * other language, the count of levels solved on the outline's lab entry, and each level readable
 * without JavaScript. The verdicts expected are the
 * core's: the spec runs the level's goal on the setup it made, as the island does.
 */
import type { Page } from '@playwright/test';
import { simulate } from '../../src/core/simulate.ts';
import { labStrings } from '../../src/i18n/sections/lab.ts';
import { fillTemplate } from '../../src/i18n/template.ts';
import { encodeSetup } from '../../src/lab/codec.ts';
import { GOALS } from '../../src/lab/goals.ts';
import { LEVELS, levelById } from '../../src/lab/levels.ts';
import { toScenario, type LabSetup } from '../../src/lab/setup.ts';
import { PROGRESS_KEY } from '../../src/stores/progress.ts';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { lessonRoute, urlOf, type Lang } from './site.ts';

const levelRoute = (lang: Lang, id?: string) => `${lang === 'zh' ? 'zh/' : ''}lab/${id ? `${id}/` : ''}`;
const frames = (setup: LabSetup) => simulate(toScenario(setup)).steps.length;

async function openBench(page: Page, lang: Lang, id: string, query = '') {
  await page.goto(urlOf(levelRoute(lang, id)) + query);
  const bench = page.getByTestId('lab-bench');
  await bench.scrollIntoViewIfNeeded();
  await expect(bench).toBeVisible();
  return bench;
}

for (const lang of ['en', 'zh'] as const) {
  const s = labStrings[lang];
  test.describe(`lab (${lang})`, () => {
    test('the course map invites the learner into the lab', async ({ page }) => {
      await page.goto(urlOf(lang === 'zh' ? 'zh/' : ''));
      await page.getByTestId('home-lab').getByRole('link').click();
      await expect(page).toHaveURL(urlOf(levelRoute(lang)));
      await expect(page.getByTestId('lab-levels')).toBeVisible();
    });

    test('the level list links every level, each page with its goal', async ({ page }) => {
      await page.goto(urlOf(levelRoute(lang)));
      const links = page.getByTestId('lab-levels').locator('a[data-lab-level]');
      await expect(links).toHaveCount(LEVELS.length);
      await links.first().click();
      await expect(page.getByTestId('lab-goal')).toHaveText(s[`lab.level.${LEVELS[0]!.id}.goal` as keyof typeof s]);
    });

    test('three levels solved through the interface; marks survive a reload and the other language', async ({ page }) => {
      // "Nobody home": take away the server's listen().
      let bench = await openBench(page, lang, 'refused');
      const verdict = () => page.getByTestId('lab-verdict');
      await expect(verdict()).toHaveText(s['lab.bench.notYet']);
      // Calls are listed in time order: the server's listen() at 0 s comes first.
      const listen = bench.getByTestId('lab-call').first();
      await expect(listen.getByLabel(s['lab.bench.call'])).toHaveValue('listen');
      await listen.getByRole('button', { name: new RegExp(s['lab.bench.remove']) }).click();
      await expect(verdict()).toHaveText(s['lab.bench.solved']);

      // "A lost SYN", by keyboard only: the new fault's defaults lose the client's first segment.
      bench = await openBench(page, lang, 'lost-syn');
      await bench.locator('[data-action="add-fault"]').focus();
      await page.keyboard.press('Enter');
      await expect(verdict()).toHaveText(s['lab.bench.solved']);
      expect(GOALS['resend-syn'](simulate(toScenario({ ...levelById('lost-syn')!.start, faults: [{ kind: 'lose', from: 'client', nth: 1 }] })))).toBe(true);

      // "A ghost under two-way": an old SYN, and the hypothetical handshake.
      bench = await openBench(page, lang, 'old-syn-two-way');
      await bench.locator('[data-action="add-old"]').click();
      await expect(verdict()).toHaveText(s['lab.bench.notYet']);
      await bench.getByLabel(s['lab.bench.handshake']).selectOption('two-way');
      await expect(verdict()).toHaveText(s['lab.bench.solved']);

      const solved = ['refused', 'lost-syn', 'old-syn-two-way'];
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
      expect(Object.keys(stored.lab ?? {}).sort()).toEqual([...solved].sort());
      for (const route of [levelRoute(lang), levelRoute(lang === 'en' ? 'zh' : 'en')]) {
        await page.goto(urlOf(route));
        await page.reload();
        const marked = page.getByTestId('lab-levels').locator('a[data-solved]');
        await expect(marked).toHaveCount(solved.length);
        expect((await marked.evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.labLevel))).sort()).toEqual([...solved].sort());
      }
    });

    test('two changes made before the bench renders again both count', async ({ page }) => {
      // A quick learner (or a slow phone) can change the handshake before the old SYN just added
      // is on the screen; the second change must not undo the first.
      const bench = await openBench(page, lang, 'old-syn-two-way');
      const addOld = await bench.locator('[data-action="add-old"]').elementHandle();
      const handshake = await bench.getByLabel(s['lab.bench.handshake']).elementHandle();
      // Both in one task: the click, then the choice, with no render between them.
      await page.evaluate(([button, select]) => {
        (button as HTMLButtonElement).click();
        (select as HTMLSelectElement).value = 'two-way';
        select!.dispatchEvent(new Event('change', { bubbles: true }));
      }, [addOld, handshake] as const);
      await expect(bench.getByTestId('lab-old')).toHaveCount(1);
      await expect(page.getByTestId('lab-verdict')).toHaveText(s['lab.bench.solved']);
    });

    test('a level solved is counted on the outline’s lab entry, after a reload, on the lab’s pages and a lesson’s', async ({ page }) => {
      const bench = await openBench(page, lang, 'refused');
      const entry = page.getByTestId('outline').locator('a[data-site-page="lab"]');
      await expect(entry, 'nothing solved yet').toHaveAttribute('data-lab-solved', '0');
      await expect(entry.locator('[data-lab-count]')).toHaveCount(0);
      await bench.getByTestId('lab-call').first().getByRole('button', { name: new RegExp(s['lab.bench.remove']) }).click();
      await expect(page.getByTestId('lab-verdict')).toHaveText(s['lab.bench.solved']);

      const words = fillTemplate(s['lab.solvedCount'], { solved: 1, total: LEVELS.length });
      for (const route of [levelRoute(lang, 'refused'), levelRoute(lang), lessonRoute(lang, 'three-way-handshake')]) {
        await page.goto(urlOf(route));
        await page.reload();
        await expect(entry, route).toHaveAttribute('data-lab-solved', '1');
        await expect(entry.locator('[data-lab-count] [aria-hidden="true"]'), route).toHaveText(` ✓ 1/${LEVELS.length}`);
        await expect(entry, route).toHaveAccessibleName(`${s['lab.title']} ${words}`);
      }
    });

    test('"show me" plays a solution without counting it solved; start over', async ({ page }) => {
      const level = levelById('time-wait-again')!;
      const bench = await openBench(page, lang, level.id);
      await bench.locator('[data-action="show-me"]').click();
      await expect(page.getByTestId('lab-verdict')).toContainText(s['lab.bench.solved']);
      await expect(bench.locator('.stp-count')).toHaveText(new RegExp(`/${frames(level.solution)}$`));
      await bench.locator('[data-action="start-over"]').click();
      await expect(page.getByTestId('lab-verdict')).toHaveText(s['lab.bench.notYet']);
      await expect(bench.locator('.stp-count')).toHaveText(`0/${frames(level.start)}`);
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
      expect(stored.lab?.[level.id]).toBeUndefined();
    });

    test('a copied link reproduces the run and its step', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const bench = await openBench(page, lang, 'out-of-order');
      await bench.locator('[data-action="add-fault"]').click();
      const fault = bench.getByTestId('lab-fault');
      await fault.getByLabel(s['lab.bench.nth']).fill('3');
      await fault.getByLabel(s['lab.bench.nth']).press('Tab');
      await expect(page.getByTestId('lab-verdict')).toHaveText(s['lab.bench.solved']);
      const stepper = bench.locator('.stp.is-live');
      for (let i = 0; i < 4; i++) await stepper.locator('[data-action="forward"]').click();
      // The last click's render may land after click() returns: read the step once it shows.
      await expect(stepper.locator('.stp-count')).toHaveText(/^4\//);
      const explanation = (await stepper.getByTestId('stepper-explanation').textContent()) ?? '';
      const count = await stepper.locator('.stp-count').innerText();
      await bench.locator('[data-action="copy-link"]').click();
      await expect(bench.getByText(s['lab.bench.copied'])).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(page.url());

      const other = await context.newPage();
      await other.goto(link);
      const again = other.getByTestId('lab-bench');
      await again.scrollIntoViewIfNeeded();
      await expect(again.locator('.stp.is-live .stp-count')).toHaveText(count);
      await expect(again.getByTestId('stepper-explanation')).toHaveText(explanation);
      await expect(other.getByTestId('lab-verdict')).toHaveText(s['lab.bench.solved']);
      await expect(other.getByTestId('lab-problem')).toHaveCount(0);
    });

    test.describe('a tampered link', () => {
      const level = levelById('lost-syn')!;
      const good = encodeSetup(level.solution);
      for (const [problem, value] of [
        ['malformed', `${good.slice(0, 20)}!!${good.slice(22)}`],
        ['malformed', good.slice(0, -5)],
        ['invalid', btoa(JSON.stringify({ ...level.solution, delay: -3 })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')],
      ] as const) {
        test(`${problem}: says so and opens the level's start (${value.slice(-8)})`, async ({ page }) => {
          const bench = await openBench(page, lang, level.id, `?setup=${encodeURIComponent(value)}`);
          await expect(page.getByTestId('lab-problem')).toHaveText(s[`lab.problem.${problem}`]);
          await expect(page.getByTestId('lab-verdict')).toHaveText(s['lab.bench.notYet']);
          await expect(bench.locator('.stp.is-live .stp-count')).toHaveText(`0/${frames(level.start)}`);
        });
      }
    });

    test('axe finds nothing on a level with the bench in use', async ({ page }) => {
      const bench = await openBench(page, lang, 'closing');
      await bench.locator('[data-action="add-call"]').click();
      await bench.locator('.stp.is-live [data-action="forward"]').click();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page)).toEqual([]);
      }
    });

    test('without JavaScript: the goal, the hint and one solution’s ladder', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const level = levelById('closing')!;
        await page.goto(urlOf(levelRoute(lang, level.id)));
        await expect(page.getByTestId('lab-goal')).toHaveText(s['lab.level.closing.goal']);
        await expect(page.locator('.lab-solution svg.lad')).toBeVisible();
        await expect(page.locator('.lab-solution .stp-steps > li')).toHaveCount(frames(level.solution));
      } finally {
        await context.close();
      }
    });
  });
}
