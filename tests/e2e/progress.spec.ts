/**
 * The learner's progress across the course, in both languages: progress saved by the earlier
 * site (a copy of its exact data) shown on the progress page and the course map; the lab levels
 * stored; quiz answers and feedback kept across a reload and a language switch, and the
 * learner's own variant opened without a seed; the mistake notebook and its practice; progress
 * saved as a file and loaded back, bad files refused with nothing lost; axe with all of it shown.
 * Expected answers come from the quiz engine, never typed in.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { learnerStrings } from '../../src/i18n/sections/learner.ts';
import { progressStrings } from '../../src/i18n/sections/progress.ts';
import { mistakeKey } from '../../src/quiz/notebook.ts';
import { practiceQuestion } from '../../src/quiz/practice.ts';
import { PROGRESS_FILE_FORMAT } from '../../src/quiz/progress-file.ts';
import { correctResponse, EMPTY_PROGRESS, grade, makeQuiz, parseSeed, PROGRESS_VERSION, type Mistake, type Progress, type QuizKind } from '../../src/quiz/index.ts';
import { PROGRESS_KEY } from '../../src/stores/progress.ts';
import { quizPools } from '../lesson-front-matter.ts';
import { respond, wrongResponse } from './answers.ts';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { homeRoute, lessonRoute, urlOf, type Lang } from './site.ts';

const LANGS: readonly Lang[] = ['en', 'zh'];
// Several pages and files per test, on a machine shared with other builds: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });
const SAVED_V1 = readFileSync(new URL('../fixtures/progress/v1.json', import.meta.url), 'utf8');
const L = (lang: Lang, key: keyof typeof learnerStrings.en) => learnerStrings[lang][key];
const P = (lang: Lang, key: keyof typeof progressStrings.en) => progressStrings[lang][key];
const progressRoute = (lang: Lang) => `${lang === 'zh' ? 'zh/' : ''}progress/`;

/** Puts `raw` in storage before the page's scripts run, on the first load only. */
async function storeOnce(page: Page, raw: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('stored')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('stored', '1');
      }
    },
    [PROGRESS_KEY, raw],
  );
}
const stored = async (page: Page): Promise<Progress> => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!);

async function openProgress(page: Page, lang: Lang) {
  await page.goto(urlOf(progressRoute(lang)));
  const board = page.getByTestId('progress-board');
  await expect(board).toHaveAttribute('data-live', 'true');
  return board;
}

for (const lang of LANGS) {
  test.describe(`${lang}: progress`, () => {
    test('progress the earlier site saved is migrated: every result on the page and the course map', async ({ page }) => {
      await storeOnce(page, SAVED_V1);
      const saved = JSON.parse(SAVED_V1) as { lessons: Record<string, { attempts: number; best: { correct: number; total: number }; completed: boolean }> };
      const board = await openProgress(page, lang);
      for (const [id, lesson] of Object.entries(saved.lessons)) {
        const row = board.locator(`tr[data-lesson="${id}"]`);
        await expect(row).toHaveAttribute('data-standing', lesson.completed ? 'passed' : 'tried');
        await expect(row.locator('td').nth(0)).toHaveText(L(lang, lesson.completed ? 'learner.state.passed' : 'learner.state.tried'));
        await expect(row.locator('td').nth(1)).toHaveText(L(lang, 'learner.best').replace('{correct}', String(lesson.best.correct)).replace('{total}', String(lesson.best.total)));
        await expect(row.locator('td').nth(2)).toHaveText(String(lesson.attempts));
      }
      // Written back in the current shape, nothing set aside.
      const now = await stored(page);
      expect(now.version).toBe(PROGRESS_VERSION);
      expect(now.lessons).toEqual(saved.lessons);
      expect(await page.evaluate(() => localStorage.getItem('hw:progress:backup'))).toBeNull();
      // The next step is the first lesson (in course order) not passed.
      await expect(board.getByTestId('progress-next')).toHaveAttribute('data-next', /lesson|retry/);

      await page.goto(urlOf(homeRoute(lang)));
      for (const [id, lesson] of Object.entries(saved.lessons)) {
        await expect(page.locator(`[data-testid=course-map] li:has(a[data-lesson-id="${id}"]) [data-map-mark]`)).toHaveAttribute('data-map-mark', lesson.completed ? 'passed' : 'tried');
      }
      await expect(page.locator('[data-testid=course-map] [data-map-mark="not_started"]').first()).toContainText(L(lang, 'learner.state.not_started'));
    });

    test('lab levels stored are listed, even ones the lab does not have yet', async ({ page }) => {
      await storeOnce(page, JSON.stringify({ ...EMPTY_PROGRESS, lab: { 'make-a-rst': { solvedAt: Date.UTC(2026, 0, 2) }, 'no-such-level-yet': { solvedAt: Date.UTC(2026, 0, 3) } } }));
      const board = await openProgress(page, lang);
      const lab = board.getByTestId('progress-lab');
      await expect(lab.locator('li')).toHaveCount(2);
      await expect(lab.locator('li[data-level="make-a-rst"] a')).toHaveAttribute('href', /lab\/make-a-rst\/$/);
      await expect(lab).toContainText('no-such-level-yet');
    });

    test('a refused, foreign or newer file changes nothing; a good one merges or replaces', async ({ page }) => {
      await storeOnce(page, SAVED_V1);
      await openProgress(page, lang);
      const before = await stored(page);
      const file = page.getByTestId('progress-file');
      await file.scrollIntoViewIfNeeded();
      await expect(file).toHaveAttribute('data-live', 'true');

      const download = page.waitForEvent('download');
      await file.getByTestId('progress-export').click();
      const exported = readFileSync((await (await download).path())!, 'utf8');
      expect(JSON.parse(exported)).toMatchObject({ format: PROGRESS_FILE_FORMAT, version: PROGRESS_VERSION, lessons: before.lessons });

      const load = async (name: string, text: string, mode: 'merge' | 'replace' = 'merge') => {
        await file.getByTestId('progress-import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
        await file.locator(`input[value="${mode}"]`).check();
        await file.getByTestId('progress-import').click();
        return file.getByTestId('progress-import-result');
      };
      const refusals: [string, string, keyof typeof learnerStrings.en][] = [
        ['notes.txt', 'not json at all {', 'learner.file.problem.not_json'],
        ['package.json', JSON.stringify({ name: 'x', version: '1.0.0' }), 'learner.file.problem.foreign'],
        ['newer.json', JSON.stringify({ ...JSON.parse(exported), version: PROGRESS_VERSION + 1 }), 'learner.file.problem.newer_version'],
        ['damaged.json', JSON.stringify({ ...JSON.parse(exported), lessons: { x: { attempts: 'many' } } }), 'learner.file.problem.damaged'],
      ];
      for (const [name, text, message] of refusals) {
        const result = await load(name, text, 'replace');
        await expect(result).toHaveText(L(lang, message));
        await expect(result).toHaveAttribute('data-ok', 'false');
        expect(await stored(page), name).toEqual(before);
      }

      // Start over, then load the exported file back: everything returns.
      await file.getByRole('button', { name: P(lang, 'progress.reset') }).click();
      await file.getByRole('button', { name: P(lang, 'progress.resetYes') }).click();
      expect((await stored(page)).lessons).toEqual({});
      await expect(await load('mine.json', exported, 'merge')).toHaveText(L(lang, 'learner.file.done.merge'));
      expect((await stored(page)).lessons).toEqual(before.lessons);
      // Replace with a file of one lesson: only that lesson is left.
      const one = JSON.stringify({ ...JSON.parse(exported), lessons: { 'tcp-header': before.lessons['tcp-header'] } });
      await expect(await load('one.json', one, 'replace')).toHaveText(L(lang, 'learner.file.done.replace'));
      expect(Object.keys((await stored(page)).lessons)).toEqual(['tcp-header']);
      await expect(page.locator('tr[data-lesson="tcp-header"]')).toHaveAttribute('data-standing', 'passed');
    });
  });
}

/** The live quiz of a lesson page and its questions, rebuilt with the engine from what the page shows. */
async function lessonQuiz(page: Page) {
  const section = page.locator('section.quiz');
  await section.locator('h2').scrollIntoViewIfNeeded();
  const root = page.getByTestId('quiz');
  await expect(root).toHaveAttribute('data-live', 'true');
  const lesson = (await section.getAttribute('data-lesson'))!;
  const kinds = (await section.getAttribute('data-kinds'))!.split(' ') as QuizKind[];
  const seed = parseSeed((await root.getAttribute('data-seed'))!);
  if (!seed.ok) throw new Error('unreadable seed');
  const questions = makeQuiz(quizPools().get(lesson)!, seed.seed, kinds, Number(await section.getAttribute('data-count')));
  return { root, lesson, seed: (await root.getAttribute('data-seed'))!, questions, card: (i: number) => root.getByTestId('quiz-question').nth(i) };
}

const LESSON = 'three-way-handshake';

test('answers and feedback survive a reload and a language switch; without a seed the learner’s own variant opens', async ({ page }) => {
  await page.goto(urlOf(lessonRoute('en', LESSON)) + '?seed=k3');
  const quiz = await lessonQuiz(page);
  // The first question answered right and checked, the second wrong and checked, the third typed or chosen but not checked.
  await respond(quiz.card(0), quiz.questions[0]!, correctResponse(quiz.questions[0]!));
  await quiz.card(0).locator('.quiz-check').click();
  await respond(quiz.card(1), quiz.questions[1]!, wrongResponse(quiz.questions[1]!));
  await quiz.card(1).locator('.quiz-check').click();
  await respond(quiz.card(2), quiz.questions[2]!, correctResponse(quiz.questions[2]!));

  const expectKept = async () => {
    const again = await lessonQuiz(page);
    expect(again.seed).toBe('k3');
    await expect(again.card(0).locator('.quiz-feedback')).toHaveAttribute('data-correct', 'true');
    await expect(again.card(1).locator('.quiz-feedback')).toHaveAttribute('data-correct', 'false');
    await expect(again.card(2).locator('.quiz-feedback')).toHaveCount(0);
    const third = again.questions[2]!;
    const response = correctResponse(third);
    if (Array.isArray(response)) for (const flag of response) await expect(again.card(2).locator(`input[value="${flag}"]`)).toBeChecked();
    else if ('options' in third) await expect(again.card(2).locator(`input[value="${String(response)}"]`)).toBeChecked();
    else await expect(again.card(2).getByRole('textbox')).toHaveValue(String(response));
  };
  await expect(quiz.card(1).locator('.quiz-feedback')).toHaveAttribute('data-correct', 'false');
  await page.reload();
  await expectKept();
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectKept();
  // No seed in the address: the learner's own variant, not the lesson's usual one.
  await page.goto(urlOf(lessonRoute('en', LESSON)));
  await expectKept();
  expect(new URL(page.url()).searchParams.get('seed')).toBe('k3');
});

for (const lang of LANGS) {
  test(`${lang}: a wrong answer goes to the notebook; practice twice right takes it out`, async ({ page }) => {
    await page.goto(urlOf(lessonRoute(lang, LESSON)) + '?seed=p1');
    const quiz = await lessonQuiz(page);
    const q = quiz.questions[0]!;
    await respond(quiz.card(0), q, wrongResponse(q));
    await quiz.card(0).locator('.quiz-check').click();
    await expect(quiz.card(0).locator('.quiz-feedback')).toHaveAttribute('data-correct', 'false');

    await page.goto(urlOf(progressRoute(lang)));
    const notebook = page.getByTestId('notebook');
    await notebook.scrollIntoViewIfNeeded();
    await expect(notebook).toHaveAttribute('data-count', '1');
    const entry = notebook.locator('.learner-entry');
    await expect(entry).toHaveAttribute('data-kind', q.kind);
    await expect(entry).toContainText('p1');
    const right = grade(q, correctResponse(q)).expected;
    if (typeof right !== 'object') await expect(entry).toContainText(String(right));

    const mistake = (await stored(page)).mistakes[0] as Mistake;
    expect(mistake).toMatchObject({ kind: q.kind, seed: 'p1', source: LESSON, situation: q.situation });
    await notebook.getByTestId('notebook-practise').click();
    for (let round = 0; round < 2; round++) {
      const practice = notebook.getByTestId('notebook-practice');
      const seed = parseSeed((await practice.getAttribute('data-seed'))!);
      if (!seed.ok) throw new Error('unreadable practice seed');
      expect(await practice.getAttribute('data-key')).toBe(mistakeKey(mistake));
      // A fresh variant of the same situation: the engine makes it from the entry and the seed shown.
      const asked = practiceQuestion(mistake, seed.seed)!;
      expect(asked.situation).toEqual(q.situation);
      const card = practice.getByTestId('quiz-question');
      await respond(card, asked, correctResponse(asked));
      await card.locator('.quiz-check').click();
      await expect(card.locator('.quiz-feedback')).toHaveAttribute('data-correct', 'true');
      if (round === 0) {
        await expect(notebook.locator('.learner-entry')).toContainText(L(lang, 'learner.notebook.streak').replace('{count}', '1'));
        await practice.getByTestId('notebook-next').click();
        await expect(practice).not.toHaveAttribute('data-seed', seed.seed.toString(36));
      }
    }
    await expect(notebook.getByTestId('notebook-left')).toHaveText(L(lang, 'learner.notebook.left'));
    await expect(notebook).toHaveAttribute('data-count', '0');
    await expect(notebook.getByTestId('notebook-count')).toHaveText(L(lang, 'learner.notebook.empty'));
    expect((await stored(page)).mistakes).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the progress page with results, a notebook entry and practice open, ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const lang: Lang = theme === 'light' ? 'en' : 'zh';
    const wrong = { kind: 'next-state', situation: { segments: [], situations: ['listen_rcv_syn'] }, source: LESSON, seed: 'q', answer: 'LISTEN', right: 'SYN_RECEIVED', rightInARow: 1, at: 5 };
    const exam = { seed: 'k3', at: Date.UTC(2026, 0, 5), score: { correct: 11, total: 15 }, byLesson: { [LESSON]: { correct: 2, total: 3 } } };
    await storeOnce(page, JSON.stringify({ ...EMPTY_PROGRESS, lessons: JSON.parse(SAVED_V1).lessons, lab: { 'a-level': { solvedAt: 1 } }, mistakes: [wrong], exams: [exam] }));
    await openProgress(page, lang);
    await page.getByTestId('notebook').scrollIntoViewIfNeeded();
    await page.getByTestId('notebook-practise').click();
    await page.getByTestId('notebook-practice').locator('.quiz-check').click();
    for (const width of [1440, 360]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page), `at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `no sideways scroll at ${width} px`).toBe(true);
    }
  });
}
