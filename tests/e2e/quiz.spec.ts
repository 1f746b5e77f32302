/**
 * The lesson quiz in the built site, in both languages: feedback for right and wrong answers
 * (a misconception named), `?seed=` reproducing a variant, "Try a new variant", progress that
 * survives a reload and a language switch and marks the outline (in another open tab too), set-aside of corrupt stored
 * data with a notice, storage that refuses writes, reset, and axe with the quiz answered.
 *
 * Expected answers are never typed in here: the spec runs the quiz engine (src/quiz) with the
 * seed the page shows, exactly as the island does.
 */
import type { Locator, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quizStrings } from '../../src/i18n/sections/quiz.ts';
import { progressStrings } from '../../src/i18n/sections/progress.ts';
import { formatMessage } from '../../src/islands/quiz/strings.ts';
import { correctResponse, defaultSeed, EMPTY_PROGRESS, formatSeed, makeQuiz, parseSeed, seedOf, type Question, type QuizKind } from '../../src/quiz/index.ts';
import { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from '../../src/stores/progress.ts';
import { quizPools } from '../lesson-front-matter.ts';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { ROOT, lessonRoute, urlOf, type Lang } from './site.ts';

const LANGS: readonly Lang[] = ['en', 'zh'];

/** Lesson pages (by file id) that end with a <Quiz>, read from the English sources. */
function quizPages(): string[] {
  const dir = join(ROOT, 'content', 'lessons', 'en');
  return readdirSync(dir)
    .filter((file) => /\.mdx$/.test(file) && /^<Quiz\s/m.test(readFileSync(join(dir, file), 'utf8')))
    .map((file) => file.replace(/\.mdx$/, ''))
    .sort((a, b) => (a === 'three-way-handshake' ? -1 : b === 'three-way-handshake' ? 1 : a.localeCompare(b)));
}
const PAGE_ID = quizPages()[0];

interface LiveQuiz {
  root: Locator;
  lesson: string;
  seed: string;
  questions: Question[];
}

/** Opens the quiz page, scrolls the quiz into view (it hydrates then) and rebuilds its questions with the engine. */
async function openQuiz(page: Page, lang: Lang, search = ''): Promise<LiveQuiz> {
  await page.goto(urlOf(lessonRoute(lang, PAGE_ID!)) + search);
  return liveQuiz(page);
}

async function liveQuiz(page: Page): Promise<LiveQuiz> {
  const section = page.locator('section.quiz');
  await section.locator('h2').scrollIntoViewIfNeeded();
  const root = page.getByTestId('quiz');
  await expect(root).toHaveAttribute('data-live', 'true');
  const lesson = (await section.getAttribute('data-lesson'))!;
  const kinds = (await section.getAttribute('data-kinds'))!.split(' ') as QuizKind[];
  const count = Number(await section.getAttribute('data-count'));
  const seed = (await root.getAttribute('data-seed'))!;
  const parsed = parseSeed(seed);
  if (!parsed.ok) throw new Error(`the page shows an unreadable seed ${seed}`);
  return { root, lesson, seed, questions: makeQuiz(quizPools().get(lesson)!, parsed.seed, kinds, count) };
}

const card = (quiz: LiveQuiz, i: number) => quiz.root.getByTestId('quiz-question').nth(i);

/** Enters a response the way a learner would: checkboxes for a list, a radio for a choice, or typing. */
async function respond(quiz: LiveQuiz, i: number, response: string | number | readonly string[]): Promise<void> {
  const q = quiz.questions[i]!;
  const c = card(quiz, i);
  if (Array.isArray(response)) for (const flag of response) await c.locator(`input[type=checkbox][value="${flag}"]`).check();
  else if ('options' in q) await c.locator(`input[type=radio][value="${String(response)}"]`).check();
  else await c.getByRole('textbox').fill(response as string);
}

async function answerAllCorrectly(quiz: LiveQuiz): Promise<void> {
  for (let i = 0; i < quiz.questions.length; i++) await respond(quiz, i, correctResponse(quiz.questions[i]!) as string | number | string[]);
  await quiz.root.getByRole('button', { name: /check all|检查全部/i }).click();
}

const s = (lang: Lang, key: keyof typeof quizStrings.en) => quizStrings[lang][key];
const p = (lang: Lang, key: keyof typeof progressStrings.en) => progressStrings[lang][key];

test.skip(PAGE_ID === undefined, 'no lesson has a <Quiz> yet');

for (const lang of LANGS) {
  test.describe(`${lang}: quiz`, () => {
    test('right and wrong answers get the right feedback, a misconception named', async ({ page }) => {
      const quiz = await openQuiz(page, lang);
      const wrongAt = quiz.questions.findIndex((q) => (q.kind === 'ack-value' || q.kind === 'seq-value') && q.traps.length > 0);
      expect(wrongAt, 'the quiz has a number question with a known trap').toBeGreaterThanOrEqual(0);
      const wrong = quiz.questions[wrongAt]!;
      if (wrong.kind !== 'ack-value' && wrong.kind !== 'seq-value') throw new Error('unreachable');
      const trap = wrong.traps[0]!;

      // An unreadable number first: its own message, nothing locked.
      await respond(quiz, wrongAt, '-3');
      await card(quiz, wrongAt).getByRole('button', { name: s(lang, 'quiz.check') }).click();
      await expect(card(quiz, wrongAt)).toContainText(s(lang, 'quiz.input.negative'));
      await expect(card(quiz, wrongAt).getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
      await expect(card(quiz, wrongAt).getByRole('textbox')).toBeEnabled();

      for (let i = 0; i < quiz.questions.length; i++) {
        await respond(quiz, i, i === wrongAt ? String(trap.value) : (correctResponse(quiz.questions[i]!) as string | string[]));
      }
      await quiz.root.getByRole('button', { name: s(lang, 'quiz.checkAll') }).click();

      for (let i = 0; i < quiz.questions.length; i++) {
        const feedback = card(quiz, i).locator('.quiz-feedback');
        await expect(feedback).toHaveAttribute('data-correct', String(i !== wrongAt));
        await expect(feedback.locator('.quiz-verdict')).toContainText(s(lang, i === wrongAt ? 'quiz.wrong' : 'quiz.correct'));
      }
      const bad = card(quiz, wrongAt);
      await expect(bad.getByTestId('quiz-given')).toHaveText(String(trap.value));
      await expect(bad.getByTestId('quiz-expected')).toHaveText(String(wrong.answer));
      await expect(bad.locator('.quiz-misconception')).toHaveText(s(lang, `quiz.misconception.${trap.misconception}`));
      // Chinese fonts have no italic face: the browser would only slant the glyphs.
      await expect(bad.locator('.quiz-misconception')).toHaveCSS('font-style', lang === 'zh' ? 'normal' : 'italic');
      await expect(bad.locator('.quiz-why li').first()).not.toBeEmpty();
      // A reason whose template group the page did not load would show its bare key ('listen.rcv_syn').
      for (const why of await bad.locator('.quiz-why li').allTextContents()) expect(why).not.toMatch(/^[a-z_*0-9]+\.[a-z_0-9]+\s/);
      await expect(bad.getByRole('textbox')).toBeDisabled();
      const total = quiz.questions.length;
      await expect(quiz.root.getByTestId('quiz-score')).toContainText(
        s(lang, 'quiz.scoreDone').replace('{correct}', String(total - 1)).replace('{total}', String(total)),
      );
    });

    test('without JavaScript every quiz shows what each question is about, says answering needs JavaScript, and offers no controls', async ({ browser }) => {
      test.setTimeout(120_000); // every quiz page of the language, each question's lines checked
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const id of quizPages()) {
        await page.goto(urlOf(lessonRoute(lang, id)));
        const section = page.locator('section.quiz');
        const lesson = (await section.getAttribute('data-lesson'))!;
        const kinds = (await section.getAttribute('data-kinds'))!.split(' ') as QuizKind[];
        const questions = makeQuiz(quizPools().get(lesson)!, defaultSeed(lesson), kinds, Number(await section.getAttribute('data-count')));
        await expect(section.locator('.quiz-notice'), id).toHaveText(s(lang, 'quiz.noscript'));
        await expect(section.locator('.quiz-notice'), id).toBeVisible();
        const items = section.locator('.quiz-static .quiz-q');
        await expect(items, id).toHaveCount(questions.length);
        for (const [i, question] of questions.entries()) {
          const item = items.nth(i);
          await expect(item.locator('.quiz-prompt'), `${id} ${i + 1}`).toHaveText(formatMessage(quizStrings[lang], question.prompt));
          // The lines its prompt refers to: every call and segment of its story, numbers as the engine made them.
          const lines = item.locator('.quiz-story > li');
          await expect(lines, `${id} ${i + 1}`).toHaveCount(question.story.length);
          for (const [n, line] of question.story.entries()) {
            const shown = lines.nth(n);
            if (line.type === 'call') await expect(shown).toContainText(line.call);
            if (line.type === 'segment' && line.seq !== null) await expect(shown).toContainText(`seq=${line.seq}`);
            if (line.type === 'segment' && typeof line.ack === 'number') await expect(shown).toContainText(`ack=${line.ack}`);
          }
          // A question about one field of a segment marks that field in its last line.
          const asksAField = question.kind === 'ack-value' || question.kind === 'seq-value' || question.kind === 'which-flags';
          if (asksAField) await expect(lines.last().locator('.quiz-asked'), `${id} ${i + 1}`).toHaveCount(1);
        }
        await expect(section.locator('button, input, select, textarea'), `${id}: nothing to press or fill in`).toHaveCount(0);
      }
      await context.close();
    });

    test('?seed= reproduces a variant; "Try a new variant" changes seed, URL and questions', async ({ page }) => {
      const first = await openQuiz(page, lang, '?seed=k3');
      expect(first.seed).toBe('k3');
      const textOf = async () => (await first.root.locator('.quiz-questions').innerText()).replace(/\s+/g, ' ');
      const before = await textOf();
      // Each question shows the story the engine made for this seed.
      for (let i = 0; i < first.questions.length; i++) {
        await expect(card(first, i).locator('.quiz-story > li')).toHaveCount(first.questions[i]!.story.length);
      }

      const other = await page.context().newPage();
      const again = await openQuiz(other, lang, '?seed=k3');
      expect((await again.root.locator('.quiz-questions').innerText()).replace(/\s+/g, ' ')).toBe(before);
      await other.close();

      await first.root.getByTestId('quiz-new-variant').click();
      await expect(first.root).not.toHaveAttribute('data-seed', 'k3');
      const seed = await first.root.getAttribute('data-seed');
      expect(new URL(page.url()).searchParams.get('seed')).toBe(seed);
      expect(await textOf()).not.toBe(before);
    });

    test('an unreadable ?seed= falls back to the usual variant with a notice', async ({ page }) => {
      await openQuiz(page, lang, '?seed=not-a-seed!');
      await expect(page.getByTestId('quiz')).toContainText(s(lang, 'quiz.seedInvalid'));
    });
  });
}

test('two flags ticked before the card renders again are both kept', async ({ page }) => {
  // The first seed whose quiz asks for flags, found by the engine as the island would make it.
  const probe = await openQuiz(page, 'en');
  const kinds = (await page.locator('section.quiz').getAttribute('data-kinds'))!.split(' ') as QuizKind[];
  const count = probe.questions.length;
  let seed = 0;
  while (!makeQuiz(quizPools().get(probe.lesson)!, seedOf(seed), kinds, count).some((q) => q.kind === 'which-flags')) seed++;
  const quiz = await openQuiz(page, 'en', `?seed=${formatSeed(seedOf(seed))}`);
  const i = quiz.questions.findIndex((q) => q.kind === 'which-flags');
  const boxes = card(quiz, i).locator('input[type=checkbox]');
  // Both ticks in one task, with no render between them; then the card's renders (the store
  // batches on a timer, and timers of equal delay run in order) and what is ticked after them.
  const ticked = await boxes.first().evaluate(async (first) => {
    const all = [...first.closest('[role="group"]')!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    all[0]!.click();
    all[1]!.click();
    for (let n = 0; n < 3; n++) await new Promise((done) => setTimeout(done, 0));
    return all.slice(0, 2).map((box) => box.checked);
  });
  expect(ticked).toEqual([true, true]);
});

test('progress survives a reload and a language switch, marks the outline, and reset clears it', async ({ page }) => {
  const quiz = await openQuiz(page, 'en');
  await answerAllCorrectly(quiz);
  await expect(quiz.root.getByTestId('quiz-saved')).toHaveAttribute('data-completed', 'true');
  const outlineLink = page.locator(`[data-testid=outline] a[href$="/lessons/${PAGE_ID}/"]`);
  await expect(outlineLink).toHaveAttribute('data-quiz-passed', '');
  await expect(outlineLink).toContainText(p('en', 'progress.completed'));

  await page.reload();
  const reloaded = await liveQuiz(page);
  await expect(reloaded.root.getByTestId('quiz-saved')).toHaveAttribute('data-completed', 'true');

  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const zh = await liveQuiz(page);
  await expect(zh.root.getByTestId('quiz-saved')).toContainText(p('zh', 'progress.passed'));
  await expect(page.locator(`[data-testid=outline] a[href$="/zh/lessons/${PAGE_ID}/"]`)).toContainText(p('zh', 'progress.completed'));

  await zh.root.getByRole('button', { name: p('zh', 'progress.reset') }).click();
  await zh.root.getByRole('button', { name: p('zh', 'progress.resetYes') }).click();
  await expect(zh.root.getByTestId('quiz-saved')).toHaveCount(0);
  await expect(page.locator(`[data-testid=outline] a[data-quiz-passed]`)).toHaveCount(0);
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!);
  expect(stored.lessons).toEqual({});
});

test('another open tab marks the lesson as soon as this one saves it (the storage event)', async ({ context, page }) => {
  const other = await context.newPage();
  await other.goto(urlOf(lessonRoute('zh', PAGE_ID!)));
  // The other tab's progress store is running (its outline marks have hydrated) before anything is saved.
  await expect(other.locator('astro-island[component-url*="ProgressMarks"]')).toHaveCount(1);
  await expect(other.locator('astro-island[component-url*="ProgressMarks"][ssr]')).toHaveCount(0);
  const link = other.locator(`[data-testid=outline] a[href$="/zh/lessons/${PAGE_ID}/"]`);
  await expect(link).not.toHaveAttribute('data-quiz-passed', '');

  await answerAllCorrectly(await openQuiz(page, 'en'));
  await expect(link).toHaveAttribute('data-quiz-passed', '');
  await expect(link).toContainText(p('zh', 'progress.completed'));
  await other.close();
});

test('corrupt stored progress is set aside with a notice, and the quiz works', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, '{"version": 1, "lessons": garbage');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_KEY],
  );
  const quiz = await openQuiz(page, 'en');
  const notice = page.getByTestId('progress-notice');
  await expect(notice).toHaveAttribute('data-notice', 'corrupt');
  await expect(notice).toContainText(p('en', 'progress.notice.corrupt'));
  const [backup, fresh] = await page.evaluate(([a, b]) => [localStorage.getItem(a!), localStorage.getItem(b!)], [PROGRESS_BACKUP_KEY, PROGRESS_KEY]);
  expect(backup).toBe('{"version": 1, "lessons": garbage');
  expect(JSON.parse(fresh!)).toEqual(EMPTY_PROGRESS);

  await answerAllCorrectly(quiz);
  await expect(quiz.root.getByTestId('quiz-saved')).toBeVisible();
  await notice.getByRole('button', { name: p('en', 'progress.dismiss') }).click();
  await expect(notice).toHaveCount(0);
  // Shown once: the next visit reads the fresh record without complaint.
  await page.reload();
  await liveQuiz(page);
  await expect(page.getByTestId('progress-notice')).toHaveCount(0);
});

test('storage that refuses writes keeps progress in memory, with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  const quiz = await openQuiz(page, 'zh');
  await expect(page.getByTestId('progress-notice')).toHaveAttribute('data-notice', 'unavailable');
  await answerAllCorrectly(quiz);
  await expect(quiz.root.getByTestId('quiz-saved')).toHaveAttribute('data-completed', 'true');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no violations with the quiz answered, ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const quiz = await openQuiz(page, theme === 'light' ? 'en' : 'zh');
    for (let i = 0; i < quiz.questions.length; i++) {
      const q = quiz.questions[i]!;
      // Half wrong (an out-of-range number, a wrong state), so every kind of feedback is on the page.
      const response = i % 2 === 0 ? correctResponse(q) : q.kind === 'next-state' ? (q.options.find((o) => o !== q.answer) ?? q.answer) : q.kind === 'which-flags' ? ['URG'] : '4294967296';
      await respond(quiz, i, response as string | string[]);
    }
    await quiz.root.getByRole('button', { name: /check all|检查全部/i }).click();
    await expect(quiz.root.locator('.quiz-feedback').first()).toBeVisible();
    for (const width of [1440, 360]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page), `at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `no sideways scroll at ${width} px`).toBe(true);
    }
  });
}
