/**
 * A lesson stepper animates the ladder the build drew (src/islands/stepper/ladder-frame.ts) instead
 * of drawing each frame itself, as the lab's <Ladder> does. The two must be one picture: on every
 * page with steppers, for every stepper, profile and frame, the live drawing is node for node the
 * one <Ladder> draws of that frame of the core's run.
 */
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { dictionaries } from '../../src/i18n/index.ts';
import { stepperStringsOf } from '../../src/i18n/sections/stepper.ts';
import { RunLadder } from '../../src/islands/stepper/RunLadder.tsx';
import { expect, test } from './fixtures.ts';
import { builtPages, langOf } from './site.ts';
import { liveStepper, steppersIn } from './steppers.ts';

const pages = builtPages()
  .map((page) => ({ page, steppers: steppersIn(page) }))
  .filter(({ steppers }) => steppers.length > 0);

test('some built pages have steppers', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const { page: sitePage, steppers } of pages) {
  test(`/${sitePage.route}: every stepper's drawing, frame by frame and profile by profile, is <Ladder>'s`, async ({ page }) => {
    const strings = stepperStringsOf(dictionaries[langOf(sitePage.route)]);
    await page.goto(sitePage.url);
    for (const stepper of steppers) {
      const live = await liveStepper(page, stepper);
      for (const [p, run] of stepper.runs.entries()) {
        if (p > 0) await live.locator(`.stp-profiles [data-profile="${run.profile}"]`).click();
        await live.focus();
        await page.keyboard.press('Home');
        for (let k = 0; k <= run.steps.length; k++) {
          if (k > 0) await page.keyboard.press('ArrowRight');
          await expect(live).toHaveAttribute('data-step', String(k));
          await expect(live).toHaveAttribute('data-profile', run.profile);
          const expected = render(h(RunLadder, { run, strings, current: k }));
          // Polled: a picked profile's drawing may still be on its way.
          await expect
            .poll(
              () =>
                live.locator('svg.lad').evaluate((svg, html) => {
                  const drawn = document.createElement('template');
                  drawn.innerHTML = html;
                  return svg.isEqualNode(drawn.content.firstElementChild) ? 'equal' : svg.outerHTML;
                }, expected),
              { message: `stepper ${stepper.props.id}, ${run.profile}, frame ${k}: expected\n${expected}` },
            )
            .toBe('equal');
        }
      }
    }
  });
}
