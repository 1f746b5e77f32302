/**
 * The TIME_WAIT lesson in both languages: its three steppers show what the core computes at the
 * steps the lesson is about (a resent FIN acknowledged from TIME_WAIT, in each profile; an old
 * duplicate taken as new data after a reconnect; the same duplicate answered and dropped in
 * TIME_WAIT, then the reset that ends it), without JavaScript every ladder is there, and its quiz
 * grades right and wrong answers. Expected states and answers come from the core and the quiz
 * engine, as the islands compute them, never typed in here.
 */
import type { Locator, Page } from '@playwright/test';
import type { Replay } from '../../src/core/simulate.ts';
import { createTimeline, type Frame, type TimelineCursor } from '../../src/core/timeline.ts';
import type { Profile } from '../../src/core/types.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { quizStrings } from '../../src/i18n/sections/quiz.ts';
import { correctResponse, makeQuiz, parseSeed, type Question, type QuizKind } from '../../src/quiz/index.ts';
import { quizPools } from '../lesson-front-matter.ts';
import { expect, test } from './fixtures.ts';
import { liveStepper, steppersInRoute } from './steppers.ts';
import { lessonRoute, urlOf, type Lang } from './site.ts';

const LESSON = 'time-wait';
const POOL = quizPools().get(LESSON)!;

/** The runs each stepper of the page was built with (one per profile it offers), in document order. */
const steppersOf = (lang: Lang): Replay[][] => steppersInRoute(lessonRoute(lang, LESSON)).map((stepper) => stepper.runs);

const timelineOf = (runs: Replay[], profile: Profile): TimelineCursor => createTimeline(runs.find((run) => run.profile === profile) ?? (runs[0] as Replay));

/** The first frame whose reasons include `key` (as the core names it, e.g. 'time_wait.rcv_rst'). */
function frameWith(timeline: TimelineCursor, key: string): Frame {
  for (let i = 1; i < timeline.length; i++) if (timeline.at(i).reasons.some((r) => r.key === key)) return timeline.at(i);
  throw new Error(`no step of this run has the reason ${key}`);
}

async function stepTo(page: Page, live: Locator, index: number): Promise<void> {
  await live.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
  await expect(live).toHaveAttribute('data-step', String(index));
}

async function expectStates(live: Locator, frame: Frame): Promise<void> {
  await expect(live.getByTestId('stepper-state')).toHaveText([frame.client.state, frame.server.state]);
}

const reasonText = (lang: Lang, key: string): string => (dictionaries[lang] as Readonly<Record<string, string>>)[`reasons.${key}`] ?? key;

for (const lang of ['en', 'zh'] as const) {
  test.describe(`${lang}: the TIME_WAIT lesson's steppers`, () => {
    const steppers = steppersOf(lang);

    test('there are three: a lost final ACK with both profiles, and the old duplicate twice', () => {
      expect(steppers.map((s) => s.map((scenario) => scenario.profile))).toEqual([['rfc9293', 'linux'], ['rfc9293'], ['rfc9293']]);
    });

    for (const profile of ['rfc9293', 'linux'] as const) {
      test(`a lost final ACK (${profile}): the resent FIN is acknowledged from TIME_WAIT, then both close`, async ({ page }) => {
        const timeline = timelineOf(steppers[0]!, profile);
        const answered = frameWith(timeline, 'time_wait.send_ack_fin_again');
        await page.goto(`${urlOf(lessonRoute(lang, LESSON))}#step=${answered.index}${profile === 'rfc9293' ? '' : `&profile=${profile}`}`);
        const live = await liveStepper(page, { index: 0 });
        await expect(live).toHaveAttribute('data-profile', profile);
        await expect(live).toHaveAttribute('data-step', String(answered.index));
        expect([answered.client.state, answered.server.state]).toEqual(['TIME_WAIT', 'LAST_ACK']);
        await expectStates(live, answered);
        await expect(live.getByTestId('stepper-explanation')).toContainText(reasonText(lang, 'time_wait.send_ack_fin_again'));
        // The final ACK was lost on the way before this, and the ladder marks it so.
        expect([...Array(answered.index).keys()].some((i) => timeline.at(i).event?.kind === 'lost')).toBe(true);
        await expect(live.locator('svg.lad .lad-arrow.is-lost')).toHaveCount(1);
        await live.focus();
        await page.keyboard.press('End');
        const last = timeline.at(timeline.length - 1);
        expect([last.client.state, last.server.state]).toEqual(['CLOSED', 'CLOSED']);
        await expectStates(live, last);
      });
    }

    test('the profile switch changes the lost-ACK ladder', async ({ page }) => {
      await page.goto(urlOf(lessonRoute(lang, LESSON)));
      const live = await liveStepper(page, { index: 0 });
      const ladder = () => live.locator('svg.lad').textContent();
      const before = await ladder();
      await live.locator('.stp-profiles [data-profile="linux"]').click();
      await expect(live).toHaveAttribute('data-profile', 'linux');
      await expect.poll(ladder).not.toBe(before);
    });

    test('TIME_WAIT too short: the old duplicate is taken as the new request', async ({ page }) => {
      const timeline = timelineOf(steppers[1]!, 'rfc9293');
      const stray = timeline.at([...Array(timeline.length).keys()].find((i) => i > 0 && timeline.at(i).event?.kind === 'arrive' && (timeline.at(i).event as { segment: { injected: boolean } }).segment.injected)!);
      expect(stray.server.state).toBe('ESTABLISHED');
      await page.goto(urlOf(lessonRoute(lang, LESSON)));
      const live = await liveStepper(page, { index: 1 });
      await stepTo(page, live, stray.index);
      await expectStates(live, stray);
      await page.keyboard.press('End');
      await expectStates(live, timeline.at(timeline.length - 1));
    });

    test('TIME_WAIT long enough: the duplicate is answered and dropped, then a reset ends TIME_WAIT', async ({ page }) => {
      const timeline = timelineOf(steppers[2]!, 'rfc9293');
      const dropped = frameWith(timeline, 'time_wait.send_ack_unacceptable');
      const reset = frameWith(timeline, 'time_wait.rcv_rst');
      expect([dropped.server.state, reset.server.state]).toEqual(['TIME_WAIT', 'CLOSED']);
      await page.goto(urlOf(lessonRoute(lang, LESSON)));
      const live = await liveStepper(page, { index: 2 });
      await stepTo(page, live, dropped.index);
      await expectStates(live, dropped);
      await stepTo(page, live, reset.index);
      await expectStates(live, reset);
      await expect(live.getByTestId('stepper-explanation')).toContainText(reasonText(lang, 'time_wait.rcv_rst'));
    });

    test('without JavaScript every stepper is a full ladder with its list of steps', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(urlOf(lessonRoute(lang, LESSON)));
      for (const [i, scenarios] of steppers.entries()) {
        const run = scenarios[0]!;
        const still = page.locator('.stp-static').nth(i);
        await expect(still.locator('svg.lad')).toBeVisible();
        await expect(still.locator('ol.stp-steps > li')).toHaveCount(run.steps.length);
      }
      await expect(page.locator('.stp button')).toHaveCount(0);
      await context.close();
    });
  });

  test.describe(`${lang}: the TIME_WAIT lesson's quiz`, () => {
    async function openQuiz(page: Page, search: string): Promise<{ root: Locator; questions: Question[] }> {
      await page.goto(urlOf(lessonRoute(lang, LESSON)) + search);
      const section = page.locator('section.quiz');
      await section.locator('h2').scrollIntoViewIfNeeded();
      const root = page.getByTestId('quiz');
      await expect(root).toHaveAttribute('data-live', 'true');
      expect(await section.getAttribute('data-lesson')).toBe(LESSON);
      const kinds = (await section.getAttribute('data-kinds'))!.split(' ') as QuizKind[];
      const parsed = parseSeed((await root.getAttribute('data-seed'))!);
      if (!parsed.ok) throw new Error('the page shows an unreadable seed');
      return { root, questions: makeQuiz(POOL, parsed.seed, kinds, Number(await section.getAttribute('data-count'))) };
    }

    async function respond(root: Locator, q: Question, i: number, response: string | readonly string[]): Promise<void> {
      const card = root.getByTestId('quiz-question').nth(i);
      if ('options' in q && !Array.isArray(response)) await card.locator(`input[type=radio][value="${response as string}"]`).check();
      else if (Array.isArray(response)) for (const flag of response as readonly string[]) await card.locator(`input[type=checkbox][value="${flag}"]`).check();
      else await card.getByRole('textbox').fill(response as string);
    }

    // What the lesson's <Quiz> asks (its MDX), to find a seed before the page is open.
    const QUIZ_KINDS_ASKED: QuizKind[] = ['time-wait-length', 'time-wait-side', 'next-state', 'ack-value'];

    test('all right answers score full marks; a trap answer is marked wrong with its misconception', async ({ page }) => {
      // A seed whose quiz has a number question with a known trap (the engine decides, not this test).
      const seed = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8'].find((s) => {
        const parsed = parseSeed(s);
        return parsed.ok && makeQuiz(POOL, parsed.seed, QUIZ_KINDS_ASKED, 6).some((q) => (q.kind === 'ack-value' || q.kind === 'seq-value') && q.traps.length > 0);
      })!;
      const { root, questions } = await openQuiz(page, `?seed=${seed}`);
      const wrongAt = questions.findIndex((q) => (q.kind === 'ack-value' || q.kind === 'seq-value') && q.traps.length > 0);
      expect(wrongAt).toBeGreaterThanOrEqual(0);
      const wrong = questions[wrongAt]!;
      if (wrong.kind !== 'ack-value' && wrong.kind !== 'seq-value') throw new Error('unreachable');
      const trap = wrong.traps[0]!;
      for (const [i, q] of questions.entries()) await respond(root, q, i, i === wrongAt ? String(trap.value) : (correctResponse(q) as string | string[]));
      await root.getByRole('button', { name: quizStrings[lang]['quiz.checkAll'] }).click();
      for (const i of questions.keys()) {
        await expect(root.getByTestId('quiz-question').nth(i).locator('.quiz-feedback')).toHaveAttribute('data-correct', String(i !== wrongAt));
      }
      const bad = root.getByTestId('quiz-question').nth(wrongAt);
      await expect(bad.getByTestId('quiz-expected')).toHaveText(String(wrong.answer));
      await expect(bad.locator('.quiz-misconception')).toHaveText(quizStrings[lang][`quiz.misconception.${trap.misconception}` as keyof (typeof quizStrings)['en']]);
      const total = questions.length;
      await expect(root.getByTestId('quiz-score')).toContainText(
        quizStrings[lang]['quiz.scoreDone'].replace('{correct}', String(total - 1)).replace('{total}', String(total)),
      );
    });
  });
}
