/**
 * The connection stepper, in both languages, on the first built lesson page of each language that
 * has one: buttons and keys step through the run and the endpoints show the core's states at each
 * step; the URL keeps the step (#step=N opens there, a reload stays there); the profile switch
 * changes the trace where the profiles differ; without JavaScript the full ladder and the list of
 * steps are there; axe finds nothing with the stepper in use, light and dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from '../../src/core/types.ts';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { DIST } from './site.ts';
import { expectFrame, firstStepper, liveStepper, openStepper, ownsHash, runOf, timelineOf, type StepperOnPage } from './steppers.ts';

for (const lang of ['en', 'zh'] as const) {
  test.describe(`stepper (${lang})`, () => {
    const found = firstStepper(lang, ownsHash);
    test.skip(!found, `no built ${lang} page has a <Stepper>`);
    const stepper = found as StepperOnPage;

    test('steps by button: states, step and diagram follow the core', async ({ page }) => {
      const timeline = timelineOf(stepper);
      const live = await openStepper(page, stepper);
      await expectFrame(live, timeline, 0);
      const forward = live.locator('[data-action="forward"]');
      const back = live.locator('[data-action="back"]');
      await expect(live.locator('[data-action="back"]')).toBeDisabled();
      for (let i = 1; i < timeline.length; i++) {
        await forward.click();
        await expectFrame(live, timeline, i);
      }
      await expect(forward).toBeDisabled();
      await back.click();
      await expectFrame(live, timeline, timeline.length - 2);
      await live.locator('[data-action="reset"]').click();
      await expectFrame(live, timeline, 0);
      for (const name of ['reset', 'back', 'forward', 'play']) {
        await expect(live.locator(`[data-action="${name}"]`)).toHaveAttribute('aria-label', /\S/);
      }
    });

    test('steps by keyboard; the explanation is announced and matches the static list', async ({ page }) => {
      const timeline = timelineOf(stepper);
      const html = readFileSync(join(DIST, stepper.page.route, 'index.html'), 'utf8').split(/<astro-island[^>]*ConnectionStepper/)[stepper.index + 1] ?? '';
      const staticEvents = [...html.split('</astro-island>')[0]!.matchAll(/<li[^>]*><p class="stp-event"[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]);
      const live = await openStepper(page, stepper);
      await live.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expectFrame(live, timeline, 2);
      const explanation = live.getByTestId('stepper-explanation');
      await expect(explanation).toHaveAttribute('aria-live', 'polite');
      await expect(explanation.locator('.stp-event')).toHaveText(staticEvents[1] ?? '');
      await expect(explanation.locator('a').first()).toHaveAttribute('href', /rfc-editor\.org\/rfc\/rfc\d+\.html#section-/);
      await page.keyboard.press('ArrowLeft');
      await expectFrame(live, timeline, 1);
      await page.keyboard.press('End');
      await expectFrame(live, timeline, timeline.length - 1);
      await page.keyboard.press('Home');
      await expectFrame(live, timeline, 0);
      // Every step's reasons are sentences: a key whose template group the page did not load shows bare.
      for (let i = 0; i < timeline.length; i++) {
        for (const why of await explanation.locator('.stp-why').allTextContents()) expect(why).not.toMatch(/^[a-z_*0-9]+\.[a-z_0-9]+\s/);
        await page.keyboard.press('ArrowRight');
      }
    });

    test('plays one step about every 1.2 s until paused', async ({ page }) => {
      const timeline = timelineOf(stepper);
      const live = await openStepper(page, stepper);
      await live.locator('[data-action="play"]').click();
      const pause = live.locator('[data-action="pause"]');
      await expect(pause).toBeVisible();
      await expect(live).toHaveAttribute('data-step', '1', { timeout: 2500 });
      await pause.click();
      await expect(live.locator('[data-action="play"]')).toBeVisible();
      await page.waitForTimeout(1500);
      await expectFrame(live, timeline, 1);
    });

    test('#step=N opens at that step, and a reload keeps the step', async ({ page }) => {
      const timeline = timelineOf(stepper);
      const n = Math.min(3, timeline.length - 1);
      const live = await openStepper(page, stepper, `#step=${n}`);
      await expectFrame(live, timeline, n);
      await live.locator('[data-action="back"]').click();
      await expect(page).toHaveURL(new RegExp(`#step=${n - 1}$`));
      await page.reload();
      await expectFrame(await liveStepper(page, stepper), timeline, n - 1);
    });

    test('without JavaScript: the full ladder and every step, no controls', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(stepper.page.url);
      const still = page.locator('.stp-static').nth(stepper.index);
      await expect(still).toBeVisible();
      const run = runOf(stepper);
      await expect(still.locator('svg.lad')).toBeVisible();
      await expect(still.locator('svg.lad .lad-arrow')).toHaveCount(run.steps.filter((s) => s.event.kind === 'arrive' || s.event.kind === 'lost').length);
      await expect(still.locator('ol.stp-steps > li')).toHaveCount(run.steps.length);
      await expect(page.locator('.stp button')).toHaveCount(0);
      await context.close();
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds nothing with the stepper focused and in use (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        const live = await openStepper(page, stepper, '#step=2');
        await live.focus();
        await page.keyboard.press('ArrowRight');
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });

  test(`stepper (${lang}): the profile switch changes the trace where the profiles differ`, async ({ page }) => {
    const found = firstStepper(lang, (s) => s.profiles.length > 1);
    test.skip(!found, `no built ${lang} page has a stepper whose profiles' traces differ`);
    const stepper = found as StepperOnPage;
    const [first, second] = stepper.profiles as [Profile, Profile];
    const live = await openStepper(page, stepper);
    // The drawing, not just its text: two profiles may send the same segments and differ only in
    // when a state changes (simultaneous open), which moves a state mark to another row.
    const ladderText = () => live.locator('svg.lad').innerHTML();
    const before = await ladderText();
    await live.locator(`.stp-profiles [data-profile="${second}"]`).click();
    await expect(live).toHaveAttribute('data-profile', second);
    await expect(live.locator(`.stp-profiles [data-profile="${second}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(ladderText).not.toBe(before);
    await live.locator('[data-action="forward"]').click();
    if (ownsHash(stepper)) await expect(page).toHaveURL(new RegExp(`#step=1&profile=${second}$`));
    await expectFrame(live, timelineOf(stepper, second), 1);
    await live.locator(`.stp-profiles [data-profile="${first}"]`).click();
    await live.locator('[data-action="reset"]').click(); // back at the step the drawing was taken at
    await expect.poll(ladderText).toBe(before);
  });
}

