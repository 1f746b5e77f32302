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
        await expect(live).toHaveAttribute('data-profile', run.profile);
        // A picked profile's drawing may still be on its way: wait until the drawing is that run's.
        const drawings = Array.from({ length: run.steps.length + 1 }, (_, k) => render(h(RunLadder, { run, strings, current: k })));
        const first = (svg: Element, html: string) => {
          const t = document.createElement('template');
          t.innerHTML = html;
          return svg.isEqualNode(t.content.firstElementChild);
        };
        await expect.poll(() => live.locator('svg.lad').evaluate(first, drawings[0]!)).toBe(true);
        // The steps are taken in the page, a key event each, waiting for the step's render: the
        // keys themselves are stepper.spec's to test, and a round trip per frame
        // would make this the slowest spec of all.
        const differences = await live.evaluate(async (root, all) => {
          const parse = (html: string) => {
            const t = document.createElement('template');
            t.innerHTML = html;
            return t.content.firstElementChild;
          };
          const found: { frame: number; drawn: string }[] = [];
          for (const [k, html] of all.entries()) {
            if (k > 0) {
              root.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
              // The step is drawn with the render it commits: wait (a few frames at most) for it.
              for (let wait = 0; wait < 30 && root.getAttribute('data-step') !== String(k); wait++) await new Promise(requestAnimationFrame);
            }
            const svg = root.querySelector('svg.lad');
            if (root.getAttribute('data-step') !== String(k) || !svg?.isEqualNode(parse(html))) found.push({ frame: k, drawn: `step ${root.getAttribute('data-step')}: ${svg?.outerHTML}` });
          }
          return found;
        }, drawings);
        expect(differences, `stepper ${stepper.props.id}, ${run.profile}: frames whose drawing is not <Ladder>'s`).toEqual([]);
      }
    }
  });
}
