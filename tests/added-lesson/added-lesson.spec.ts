/**
 * A lesson is its two MDX files, and any page can host islands: in a build of this tree with a
 * copy of a lesson under a new id and order and nothing else touched, plus a page that is not a
 * lesson (scripts/check-added-lesson.sh makes both), every island hydrates and works.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures.ts';
import { urlOf } from '../e2e/site.ts';

const ADDED = process.env.ADDED_LESSON_ID ?? 'handshake-again';

async function steps(page: Page): Promise<void> {
  const island = page.locator('astro-island[component-url*="ConnectionStepper"]').first();
  const live = island.locator('.stp.is-live');
  await expect(async () => {
    await island.locator('.stp').first().scrollIntoViewIfNeeded({ timeout: 1000 });
    await expect(live).toBeVisible({ timeout: 1000 });
  }).toPass();
  await live.locator('[data-action=forward]').click();
  await expect(live).toHaveAttribute('data-step', '1');
  await expect(live.getByTestId('stepper-explanation')).not.toBeEmpty();
}

async function quizIsLive(page: Page, questions: number): Promise<void> {
  await page.locator('section.quiz h2').scrollIntoViewIfNeeded();
  const quiz = page.getByTestId('quiz');
  await expect(quiz).toHaveAttribute('data-live', 'true');
  await expect(quiz.getByTestId('quiz-question')).toHaveCount(questions);
  await quiz.getByRole('button', { name: /check all|检查全部/i }).click();
  await expect(quiz.getByTestId('quiz-question').first().locator('.quiz-feedback')).toBeVisible();
}

for (const route of [`lessons/${ADDED}/`, `zh/lessons/${ADDED}/`]) {
  test(`the copied lesson /${route} hydrates its steppers and its quiz`, async ({ page }) => {
    await page.goto(urlOf(route));
    await expect(page.locator(`[data-testid=outline] a[href$="/${route}"]`)).toHaveCount(1);
    await steps(page);
    await quizIsLive(page, 5);
    await expect(page.locator('section.quiz')).toHaveAttribute('data-lesson', ADDED);
  });
}

test('a page that is not a lesson hosts a stepper, a header explorer and a quiz', async ({ page }) => {
  await page.goto(urlOf('island-host/'));
  await steps(page);
  const explorer = page.getByTestId('header-explorer');
  await explorer.scrollIntoViewIfNeeded();
  // Focus that lands before hydration explains nothing: focus again until the island answers.
  await expect(async () => {
    await explorer.locator('[data-field=window]').focus();
    await explorer.locator('[data-field=sequenceNumber]').focus();
    await expect(explorer.getByTestId('header-note')).toContainText('first data byte', { timeout: 1000 });
  }).toPass();
  await quizIsLive(page, 2);
});
