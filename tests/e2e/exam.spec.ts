/**
 * The final exam, in both languages: a shared ?seed= is the same fifteen questions for everyone
 * (rebuilt here with the engine from the lesson sources), graded at the end with a per-lesson
 * breakdown linking back and the result kept in progress; answers kept across a reload; without
 * a seed, a new exam leaning towards the lessons not passed, its seed written to the address.
 */
import type { Page } from '@playwright/test';
import { examStrings } from '../../src/i18n/sections/exam.ts';
import { EXAM_LENGTH, examPlan, makeExam } from '../../src/quiz/exam.ts';
import { correctResponse, EMPTY_PROGRESS, parseSeed, recordAttempt, type Progress } from '../../src/quiz/index.ts';
import { PROGRESS_KEY } from '../../src/stores/progress.ts';
import { examLessons, respond, wrongResponse } from './answers.ts';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { urlOf, type Lang } from './site.ts';

const LANGS: readonly Lang[] = ['en', 'zh'];
const LESSONS = examLessons();
const examRoute = (lang: Lang) => `${lang === 'zh' ? 'zh/' : ''}exam/`;
const E = (lang: Lang, key: keyof typeof examStrings.en) => examStrings[lang][key];
const stored = async (page: Page): Promise<Progress> => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!);

async function openExam(page: Page, lang: Lang, search = '') {
  await page.goto(urlOf(examRoute(lang)) + search);
  return liveExam(page);
}

/** The exam on the page, once live, and its questions rebuilt with the engine from the seed it shows. */
async function liveExam(page: Page) {
  await page.getByTestId('exam-section').scrollIntoViewIfNeeded();
  const root = page.getByTestId('exam');
  await expect(root).toHaveAttribute('data-live', 'true');
  const text = (await root.getAttribute('data-seed'))!;
  const seed = parseSeed(text);
  if (!seed.ok) throw new Error(`unreadable exam seed ${text}`);
  return { root, seed: text, exam: makeExam(LESSONS, seed.seed), card: (i: number) => root.getByTestId('quiz-question').nth(i) };
}

// Fifteen questions answered one by one, on a machine shared with other builds: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

for (const lang of LANGS) {
  test.describe(`${lang}: exam`, () => {
    test('a shared seed is the same exam; graded at the end with a breakdown by lesson; the result is kept', async ({ page, context }) => {
      const { root, exam, card } = await openExam(page, lang, '?seed=k3');
      await expect(root.getByTestId('quiz-question')).toHaveCount(EXAM_LENGTH);
      for (let i = 0; i < EXAM_LENGTH; i++) await expect(card(i)).toHaveAttribute('data-kind', exam[i]!.question.kind);
      const other = await context.newPage();
      const again = await openExam(other, lang, '?seed=k3');
      expect(await again.root.locator('.quiz-questions').innerText()).toBe(await root.locator('.quiz-questions').innerText());
      await other.close();

      // Nothing is graded along the way: no Check buttons, no feedback until handed in.
      await expect(root.locator('.quiz-check')).toHaveCount(0);
      const wrongAt = 3;
      for (let i = 0; i < EXAM_LENGTH; i++) {
        const q = exam[i]!.question;
        if (i !== EXAM_LENGTH - 1) await respond(card(i), q, i === wrongAt ? wrongResponse(q) : correctResponse(q));
      }
      await expect(root.locator('.quiz-feedback')).toHaveCount(0);
      await root.getByTestId('exam-submit').click();
      // One left unanswered: asked to confirm, and it counts as wrong.
      await root.getByRole('button', { name: E(lang, 'exam.submitYes') }).click();
      const result = root.getByTestId('exam-result');
      await expect(result).toHaveAttribute('data-correct', String(EXAM_LENGTH - 2));
      await expect(card(wrongAt).locator('.quiz-feedback')).toHaveAttribute('data-correct', 'false');
      await expect(card(EXAM_LENGTH - 1).locator('.quiz-feedback')).toHaveAttribute('data-correct', 'false');
      await expect(card(0).locator('.quiz-feedback')).toHaveAttribute('data-correct', 'true');

      const perLesson = new Map<string, { correct: number; total: number }>();
      exam.forEach(({ lesson }, i) => {
        const s = perLesson.get(lesson) ?? { correct: 0, total: 0 };
        perLesson.set(lesson, { correct: s.correct + (i === wrongAt || i === EXAM_LENGTH - 1 ? 0 : 1), total: s.total + 1 });
      });
      const rows = result.getByTestId('exam-breakdown').locator('tbody tr');
      await expect(rows).toHaveCount(perLesson.size);
      for (const [lesson, score] of perLesson) {
        const row = result.locator(`tbody tr[data-lesson="${lesson}"]`);
        await expect(row.locator('a')).toHaveAttribute('href', new RegExp(`${lang === 'zh' ? '/zh' : ''}/lessons/${lesson}/$`));
        await expect(row.locator('td')).toContainText(String(score.correct));
      }
      const kept = await stored(page);
      expect(kept.exams).toHaveLength(1);
      expect(kept.exams[0]).toMatchObject({ seed: 'k3', score: { correct: EXAM_LENGTH - 2, total: EXAM_LENGTH } });
      expect(Object.fromEntries(perLesson)).toEqual(kept.exams[0]!.byLesson);
      // The wrong answers are in the notebook, under the lesson each came from.
      expect(kept.mistakes.map((m) => m.source).sort()).toEqual([exam[wrongAt]!.lesson, exam[EXAM_LENGTH - 1]!.lesson].sort());

      // A reload shows the graded exam again; the progress page lists the result.
      await page.reload();
      const reloaded = await liveExam(page);
      await expect(reloaded.root.getByTestId('exam-result')).toHaveAttribute('data-correct', String(EXAM_LENGTH - 2));
      await page.goto(urlOf(`${lang === 'zh' ? 'zh/' : ''}progress/`));
      await expect(page.getByTestId('progress-exams').locator('li')).toHaveCount(1);
      await expect(page.getByTestId('progress-exams').locator('a')).toHaveAttribute('href', /exam\/\?seed=k3$/);
    });

    test('without a seed: a new exam leaning towards lessons not passed, its seed in the address once answered, answers kept', async ({ page }) => {
      const notPassed = LESSONS[0]!.id;
      let progress = EMPTY_PROGRESS;
      for (const l of LESSONS.slice(1)) progress = recordAttempt(progress, l.id, { correct: 5, total: 5, seed: 'a' });
      await page.addInitScript(([key, value]) => {
        if (!sessionStorage.getItem('stored')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('stored', '1');
        }
      }, [PROGRESS_KEY, JSON.stringify(progress)]);
      const { root, seed, exam, card } = await openExam(page, lang);
      await expect(root).toContainText(E(lang, 'exam.leaning'));
      // Only looking leaves the address alone; the first answer puts the exam's seed in it.
      expect(new URL(page.url()).searchParams.get('seed')).toBeNull();
      const parsed = parseSeed(seed);
      if (!parsed.ok) throw new Error('unreadable');
      const fromNotPassed = examPlan(LESSONS, parsed.seed).filter((id) => id === notPassed).length;
      expect(fromNotPassed, 'more than an even share of the questions').toBeGreaterThan(EXAM_LENGTH / LESSONS.length);

      await respond(card(0), exam[0]!.question, correctResponse(exam[0]!.question));
      await expect(root.getByTestId('exam-answered')).toContainText('1');
      expect(new URL(page.url()).searchParams.get('seed')).toBe(seed);
      await page.goto(urlOf(examRoute(lang)));
      const back = await openExam(page, lang);
      expect(back.seed).toBe(seed);
      await expect(back.root.getByTestId('exam-answered')).toContainText('1');
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the graded exam, ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const { root, exam, card } = await openExam(page, theme === 'light' ? 'en' : 'zh', '?seed=ax');
    for (let i = 0; i < EXAM_LENGTH; i++) await respond(card(i), exam[i]!.question, i % 2 ? wrongResponse(exam[i]!.question) : correctResponse(exam[i]!.question));
    await root.getByTestId('exam-submit').click();
    await expect(root.getByTestId('exam-result')).toBeVisible();
    for (const width of [1440, 360]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page), `at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `no sideways scroll at ${width} px`).toBe(true);
    }
  });
}
