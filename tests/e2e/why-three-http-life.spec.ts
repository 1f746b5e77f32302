/**
 * The "why three" and "HTTP life" lessons in the built site, in both languages: each of their
 * steppers steps to its last frame with the core's states and explains every step in words; their
 * quizzes, answered from the engine with the page's seed, grade right and wrong (the status-code
 * kind included); the status-code table lists the codes the quiz answers from; and without
 * JavaScript the steppers' full ladders, the table and the quiz's static list are there.
 */
import type { Locator, Page } from '@playwright/test';
import type { Replay } from '../../src/core/simulate.ts';
import { createTimeline } from '../../src/core/timeline.ts';
import { quizStrings } from '../../src/i18n/sections/quiz.ts';
import { correctResponse, makeQuiz, parseSeed, type Question, type QuizKind } from '../../src/quiz/index.ts';
import { STATUS_CODES } from '../../src/quiz/status-codes.ts';
import { quizPools } from '../lesson-front-matter.ts';
import { expect, test } from './fixtures.ts';
import { liveStepper, steppersInRoute } from './steppers.ts';
import { lessonRoute, urlOf, type Lang } from './site.ts';

const LESSONS = ['why-three', 'http-life'] as const;

/** The runs each stepper of the built page replays (its default profile first), in document order. */
const steppersOf = (route: string): Replay[][] => steppersInRoute(route).map((stepper) => stepper.runs);

async function liveQuiz(page: Page): Promise<{ root: Locator; questions: Question[] }> {
  const section = page.locator('section.quiz');
  await section.locator('h2').scrollIntoViewIfNeeded();
  const root = page.getByTestId('quiz');
  await expect(root).toHaveAttribute('data-live', 'true');
  const parsed = parseSeed((await root.getAttribute('data-seed'))!);
  if (!parsed.ok) throw new Error('the page shows an unreadable seed');
  const kinds = (await section.getAttribute('data-kinds'))!.split(' ') as QuizKind[];
  const lesson = (await section.getAttribute('data-lesson'))!;
  return { root, questions: makeQuiz(quizPools().get(lesson)!, parsed.seed, kinds, Number(await section.getAttribute('data-count'))) };
}

async function respond(card: Locator, q: Question, response: unknown): Promise<void> {
  if (q.kind === 'next-state' || q.kind === 'status-code') await card.locator(`input[type=radio][value="${String(response)}"]`).check();
  else if (q.kind === 'which-flags') for (const flag of response as string[]) await card.locator(`input[type=checkbox][value="${flag}"]`).check();
  else await card.getByRole('textbox').fill(String(response));
}

const bareKey = /^[a-z_*0-9]+\.[a-z_0-9-]+\s/;

for (const lang of ['en', 'zh'] as const satisfies readonly Lang[]) {
  for (const lesson of LESSONS) {
    test.describe(`${lang}: ${lesson}`, () => {
      const route = lessonRoute(lang, lesson);
      const steppers = steppersOf(route);

      test('has steppers, and each steps to its last frame with the core’s states, every step in words', async ({ page }) => {
        expect(steppers.length).toBeGreaterThan(0);
        await page.goto(urlOf(route));
        for (const [index, scenarios] of steppers.entries()) {
          const timeline = createTimeline(scenarios[0]!);
          const live = await liveStepper(page, { index: index });
          await live.focus();
          await page.keyboard.press('End');
          await expect(live).toHaveAttribute('data-step', String(timeline.length - 1));
          const last = timeline.at(timeline.length - 1);
          await expect(live.getByTestId('stepper-state')).toHaveText([last.client.state, last.server.state]);
          await page.keyboard.press('Home');
          const explanation = live.getByTestId('stepper-explanation');
          for (let i = 1; i < timeline.length; i++) {
            await page.keyboard.press('ArrowRight');
            await expect(live).toHaveAttribute('data-step', String(i));
            for (const why of await explanation.locator('.stp-why').allTextContents()) expect(why).not.toMatch(bareKey);
          }
        }
      });

      test('its quiz grades the engine’s answers right and a wrong one wrong', async ({ page }) => {
        await page.goto(urlOf(route));
        const quiz = await liveQuiz(page);
        // A wrong answer where the kind offers choices: another option than the right one.
        const wrongAt = quiz.questions.findIndex((q) => q.kind === 'next-state' || q.kind === 'status-code');
        expect(wrongAt).toBeGreaterThanOrEqual(0);
        for (const [i, q] of quiz.questions.entries()) {
          const card = quiz.root.getByTestId('quiz-question').nth(i);
          const right = correctResponse(q);
          const other = q.kind === 'next-state' || q.kind === 'status-code' ? (q.options as readonly unknown[]).find((o) => o !== q.answer) : right;
          await respond(card, q, i === wrongAt ? other : right);
        }
        await quiz.root.getByRole('button', { name: quizStrings[lang]['quiz.checkAll'] }).click();
        for (const [i, q] of quiz.questions.entries()) {
          const card = quiz.root.getByTestId('quiz-question').nth(i);
          await expect(card.locator('.quiz-feedback')).toHaveAttribute('data-correct', String(i !== wrongAt));
          if (i === wrongAt) await expect(card.getByTestId('quiz-expected')).toHaveText(String(q.answer));
          for (const why of await card.locator('.quiz-why li').allTextContents()) expect(why).not.toMatch(bareKey);
        }
        if (lesson === 'http-life') expect(quiz.questions.some((q) => q.kind === 'status-code')).toBe(true);
      });

      test('without JavaScript: every stepper’s ladder and steps, the quiz’s static list, the table', async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(urlOf(route));
        await expect(page.locator('.stp-static')).toHaveCount(steppers.length);
        for (const [index, scenarios] of steppers.entries()) {
          const run = scenarios[0]!;
          await expect(page.locator('.stp-static').nth(index).locator('ol.stp-steps > li')).toHaveCount(run.steps.length);
        }
        await expect(page.locator('.quiz-static li')).not.toHaveCount(0);
        await expect(page.locator('figure img').first()).toBeAttached();
        if (lesson === 'http-life') {
          const rows = page.locator('table.status-codes tbody tr:not(.status-class) th code');
          await expect(rows).toHaveText(STATUS_CODES.map((c) => String(c.code)));
          await expect(page.locator('table.status-codes .status-class')).toHaveCount(5);
        }
        await context.close();
      });
    });
  }
}
