/**
 * The stepper's links and linked views, in both languages, on the pages with more than one
 * stepper: every stepper has its own link `#<id>-step-N`, which scrolls to it without JavaScript and
 * opens it at that step with it (the first one also answers `#step=N`), and the language switch
 * keeps it and `?seed=`; the live ladder's labels are big enough as drawn, the steps not reached
 * yet keep 3:1 contrast, labels never overlap, and on a phone each step shows the forward button,
 * its row of the ladder and its explanation together without the ladder moving; the header view
 * shows the current step's segment, as the core encodes it, forward and back, each stepper its
 * own; the small Figure 5 marks each side's box and the arcs just taken, following the link and
 * the buttons; the states are read out.
 */
import type { Locator, Page } from '@playwright/test';
import { encodeHeader, headerOfSegment } from '../../src/core/header.ts';
import { stepSegments } from '../../src/islands/stepper/step-segments.ts';
import { boxOf } from '../../src/islands/stepper/state-mini.ts';
import { arcOfRule } from '../../src/core/figure5.ts';
import { expect, test } from './fixtures.ts';
import { builtPages, counterpartRoute, urlOf, type Lang } from './site.ts';
import { expectFrame, liveStepper, openStepper, steppersIn, timelineOf, type StepperOnPage } from './steppers.ts';

/** The first page of `lang` with two steppers or more, and its steppers. */
function pageWithSteppers(lang: Lang): StepperOnPage[] {
  for (const page of builtPages().filter((p) => p.lang === lang)) {
    const found = steppersIn(page);
    if (found.length > 1) return found;
  }
  return [];
}

const island = (page: Page, index: number): Locator => page.locator('astro-island[component-url*="ConnectionStepper"]').nth(index);
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = (v ?? 0) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}
function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const lang of ['en', 'zh'] as const) {
  test.describe(`stepper links and views (${lang})`, () => {
    const steppers = pageWithSteppers(lang);
    test.skip(steppers.length < 2, `no built ${lang} page has two steppers`);
    const [first, second] = steppers as [StepperOnPage, StepperOnPage];

    test('without JavaScript a stepper’s link scrolls to that step of its list', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const [stepper, hash] of [[second, `${second.props.id}-step-3`], [first, 'step=2']] as const) {
        await page.goto(`${stepper.page.url}#${hash}`);
        const target = page.locator(`[id="${hash}"]`);
        await expect(target).toHaveCount(1);
        await expect(target).toBeInViewport();
        await expect(page.locator('.stp-static').nth(stepper.index).locator(`[id="${hash}"]`)).toHaveCount(1);
      }
      await context.close();
    });

    test('a stepper’s own link opens it at that step, in view, with no scrolling by hand', async ({ page }) => {
      const n = Math.min(3, timelineOf(second).length - 1);
      await page.goto(`${second.page.url}#${second.props.id}-step-${n}`);
      const live = island(page, second.index).locator('.stp.is-live');
      await expectFrame(live, timelineOf(second), n);
      await expect(live).toBeInViewport();
      // Moving it writes its own link; a reload opens there again.
      await live.locator('[data-action="back"]').click();
      await expect(page).toHaveURL(new RegExp(`#${second.props.id}-step-${n - 1}$`));
      await page.reload();
      await expectFrame(island(page, second.index).locator('.stp.is-live'), timelineOf(second), n - 1);
    });

    test('the first stepper answers #step=N and its own link, and scrolls into view', async ({ page }) => {
      await page.goto(`${first.page.url}#step=2`);
      const live = island(page, first.index).locator('.stp.is-live');
      await expectFrame(live, timelineOf(first), 2);
      await expect(live).toBeInViewport();
      // A link followed on the page, to the first stepper from below it.
      await liveStepper(page, second);
      await page.evaluate((id) => (location.hash = `#${id}-step-1`), first.props.id);
      await expectFrame(live, timelineOf(first), 1);
      await expect(live).toBeInViewport();
      await expect(island(page, second.index).locator('.stp.is-live')).toHaveAttribute('data-step', '0');
    });

    test('the language switch keeps the step link and ?seed=', async ({ page }) => {
      const hash = `#${second.props.id}-step-2`;
      await page.goto(`${second.page.url}?seed=7${hash}`);
      await expect(island(page, second.index).locator('.stp.is-live')).toHaveAttribute('data-step', '2');
      await page.getByTestId('lang-switch').click();
      await expect(page).toHaveURL(`${urlOf(counterpartRoute(second.page.route))}?seed=7${hash}`);
      await expect(island(page, second.index).locator('.stp.is-live')).toHaveAttribute('data-step', '2');
    });

    for (const [width, height, least] of [[1440, 900, 11], [360, 740, 10]] as const) {
      test(`at ${width} px every ladder label is drawn at ${least} px or more, and none overlap`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.goto(first.page.url);
        for (const stepper of steppers) {
          const live = await liveStepper(page, stepper);
          await live.locator('[data-action="forward"]').click();
          const drawn = await live.locator('svg.lad').evaluate((svg: SVGSVGElement) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const texts = [...svg.querySelectorAll('text')];
            const boxes = texts.map((t) => t.getBoundingClientRect());
            const overlaps: string[] = [];
            boxes.forEach((a, i) =>
              boxes.slice(i + 1).forEach((b, j) => {
                // Half a pixel of slack: two lines of one label touch.
                if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps.push(`${texts[i]!.textContent} × ${texts[i + 1 + j]!.textContent}`);
              }),
            );
            return { sizes: texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale), overlaps };
          });
          expect(Math.min(...drawn.sizes), `smallest label of stepper ${stepper.index}`).toBeGreaterThanOrEqual(least);
          expect(drawn.overlaps, `stepper ${stepper.index}`).toEqual([]);
        }
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      test(`steps not reached yet keep 3:1 contrast (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        const live = await openStepper(page, second, `#${second.props.id}-step-1`);
        const colours = await live.evaluate((root) => {
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const bg = rgb(getComputedStyle(root).backgroundColor);
          const future = [...root.querySelectorAll('.lad .is-future')].flatMap((g) =>
            [...g.querySelectorAll('line, text, circle')].map((el) => {
              const style = getComputedStyle(el);
              return { what: el.tagName, colour: rgb(el.tagName === 'line' ? style.stroke : style.fill) };
            }),
          );
          return { bg, future };
        });
        expect(colours.future.length).toBeGreaterThan(0);
        for (const { what, colour } of colours.future) expect(contrast(colour, colours.bg), `${what} ${colour}`).toBeGreaterThanOrEqual(3);
      });
    }

    test('on a 360 × 740 phone each step shows the forward button, its row of the ladder and its explanation, and the ladder never moves', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      const longest = steppersIn(builtPages().find((p) => p.lang === lang && p.lessonId === 'http-life')!).slice(0, 1);
      for (const stepper of [second, ...longest]) {
        const timeline = timelineOf(stepper);
        const live = await openStepper(page, stepper);
        // Two frames after the scroll: sections above that are laid out only near the viewport
        // get their real height in the first, and the browser keeps the stepper where it is on
        // screen (scroll anchoring) while its place on the page moves by the difference.
        const settled = await live.evaluate(async (el) => {
          el.scrollIntoView({ block: 'start' });
          const before = el.getBoundingClientRect().top;
          await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
          return el.getBoundingClientRect().top - before;
        });
        expect(Math.abs(settled), 'the stepper stays put on screen as the page around it is laid out').toBeLessThanOrEqual(2);
        const forward = live.locator('[data-action="forward"]');
        const ladder = live.locator('svg.lad');
        const ladderTop = () => ladder.evaluate((svg) => svg.getBoundingClientRect().top + window.scrollY);
        // On screen and not under anything: the element the learner would tap or read is the one drawn at its edges.
        const unhidden = async (target: Locator, owner: Locator) =>
          target.evaluate((el, own) => {
            const r = el.getBoundingClientRect();
            const xs = [r.left + 4, (r.left + r.right) / 2, r.right - 4];
            const ys = [r.top + 2, r.bottom - 2];
            return xs.flatMap((x) => ys.map((y) => own!.contains(document.elementFromPoint(x, y)))).every(Boolean);
          }, await owner.elementHandle());
        const row = live.locator('.lad-now');
        const event = live.getByTestId('stepper-explanation').locator('.stp-event');
        const expectShown = async (i: number) => {
          await expect(live).toHaveAttribute('data-step', String(i));
          await expect(forward).toBeInViewport({ ratio: 0.99 });
          expect(await unhidden(forward, forward), `step ${i}: the forward button is not covered`).toBe(true);
          await expect(row).toBeInViewport({ ratio: 0.99 });
          expect(await unhidden(row, ladder), `step ${i}: the current row is not covered`).toBe(true);
          await expect(event).toBeInViewport({ ratio: 0.99 });
          expect(await unhidden(event, event), `step ${i}: the explanation is not covered`).toBe(true);
        };
        const top = await ladderTop();
        let onScreen = (await ladder.boundingBox())!.y;
        for (let i = 1; i < timeline.length; i++) {
          await forward.click();
          await expectShown(i);
          expect(Math.abs((await ladderTop()) - top), `step ${i}: the ladder stays where it was on the page`).toBeLessThanOrEqual(2);
          // The page may follow the current row, a row at a time, not leap as the words change.
          const now = (await ladder.boundingBox())!.y;
          expect(Math.abs(now - onScreen), `step ${i}: the ladder moves on screen by a row at most`).toBeLessThanOrEqual((await row.boundingBox())!.height + 4);
          onScreen = now;
        }
        // Back to the start by keyboard, the page scrolled down the ladder: the first row comes back below the buttons.
        await live.focus();
        await page.keyboard.press('Home');
        await page.keyboard.press('ArrowRight');
        await expectShown(1);
        // A quicker learner: End, then Home and → before the next frame is drawn; the second
        // step still brings its own row into view.
        await page.keyboard.press('End');
        await expect(live).toHaveAttribute('data-step', String(timeline.length - 1));
        await live.evaluate(async (root) => {
          const press = (key: string) => root.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          press('Home');
          await new Promise((rendered) => setTimeout(rendered, 0));
          press('ArrowRight');
        });
        await expectShown(1);
      }
    });

    test('the header view shows the current step’s segment as the core encodes it, forward and back, each stepper its own', async ({ page }) => {
      const live = await openStepper(page, first, '#step=2');
      await live.locator('[data-action="header"]').click();
      await expect(live.locator('[data-action="header"]')).toHaveAttribute('aria-expanded', 'true');
      const expectSegments = async (stepper: StepperOnPage, root: Locator, i: number) => {
        const segments = stepSegments(timelineOf(stepper).at(i));
        const views = root.getByTestId('stepper-header');
        await expect(views).toHaveCount(segments.length);
        for (const [k, seg] of segments.entries()) {
          const bytes = hex(encodeHeader(headerOfSegment(seg.sent.segment, { from: seg.sent.from })));
          await expect(views.nth(k).getByTestId('stepper-header-bytes')).toHaveText(bytes.match(/../g)!.join(' '));
          await expect(views.nth(k).getByTestId('stepper-header-flags')).toContainText(seg.sent.segment.flags[0] ?? '—');
        }
      };
      await expectSegments(first, live, 2);
      await live.locator('[data-action="forward"]').click();
      await expectSegments(first, live, 3);
      await live.locator('[data-action="back"]').click();
      await expectSegments(first, live, 2);
      // The link drives it too.
      await page.evaluate(() => (location.hash = '#step=3'));
      await expectSegments(first, live, 3);
      // The second stepper's view is its own.
      const other = await liveStepper(page, second);
      await other.locator('[data-action="header"]').click();
      await other.locator('[data-action="forward"]').click();
      await other.locator('[data-action="forward"]').click();
      await expectSegments(second, other, 2);
      await expectSegments(first, live, 3);
    });

    test('the small Figure 5 marks each side’s state and the arcs just taken, from the link and the buttons', async ({ page }) => {
      const timeline = timelineOf(second);
      const n = Math.min(3, timeline.length - 1);
      const live = await openStepper(page, second, `#${second.props.id}-step-${n}`);
      await live.locator('[data-action="diagram"]').click();
      const diagram = live.getByTestId('stepper-diagram');
      const expectAt = async (i: number) => {
        await expect(live).toHaveAttribute('data-step', String(i));
        const frames = Array.from({ length: i + 1 }, (_, k) => timeline.at(k));
        for (const side of ['client', 'server'] as const) {
          await expect(diagram.locator(`[data-box="${boxOf(frames, side)!.id}"]`)).toHaveAttribute('data-sides', new RegExp(side));
        }
        const taken = timeline.at(i).transitions.map((tr) => arcOfRule(tr.reason.key)?.id).filter(Boolean);
        await expect(diagram.locator('.f5-arc.is-taken')).toHaveCount(new Set(taken).size);
        for (const id of taken) await expect(diagram.locator(`[data-arc="${id}"]`)).toHaveClass(/is-taken/);
      };
      await expectAt(n);
      await live.locator('[data-action="forward"]').click();
      await expectAt(n + 1);
      await live.locator('[data-action="back"]').click();
      await live.locator('[data-action="back"]').click();
      await expectAt(n - 1);
    });

    test('screen readers hear the current states, in a live region', async ({ page }) => {
      const live = await openStepper(page, second);
      const states = live.getByTestId('stepper-states');
      const timeline = timelineOf(second);
      for (let i = 0; i < Math.min(4, timeline.length); i++) {
        const frame = timeline.at(i);
        await expect(states).toContainText(frame.client.state);
        await expect(states).toContainText(frame.server.state);
        await expect(live.locator('[aria-live="polite"]').getByTestId('stepper-states')).toHaveCount(1);
        await live.locator('[data-action="forward"]').click();
      }
    });
  });
}
