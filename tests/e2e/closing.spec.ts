/**
 * The closing lessons (the four-way teardown, why four), in both languages: each stepper walks its
 * run frame by frame as the core computes it; the client's close offers the profile switch, and
 * the textbook's four closing segments become Linux's three on it; the server's close, the
 * simultaneous close and the half-close show the states the lessons teach; without JavaScript
 * every stepper is a full static picture; each quiz grades right and wrong answers as the engine
 * does. Expected states and answers come from the core and the quiz engine, never typed in.
 */
import type { Locator, Page } from '@playwright/test';
import type { Replay } from '../../src/core/simulate.ts';
import type { Profile, Side, TcpState } from '../../src/core/types.ts';
import { quizStrings } from '../../src/i18n/sections/quiz.ts';
import { correctResponse, makeQuiz, parseSeed, type QuizKind } from '../../src/quiz/index.ts';
import { quizPools } from '../lesson-front-matter.ts';
import { expect, test } from './fixtures.ts';
import { builtPages, lessonRoute, type Lang, type SitePage } from './site.ts';
import { expectFrame, liveStepper, runOf, steppersIn, timelineOf, type StepperOnPage } from './steppers.ts';

const LANGS: readonly Lang[] = ['en', 'zh'];

function lessonPage(lang: Lang, id: string): SitePage {
  const page = builtPages().find((p) => p.route === lessonRoute(lang, id));
  if (!page) throw new Error(`the build has no ${lang} page for lesson ${id}`);
  return page;
}

function stepperOf(lang: Lang, id: string, scenarioHint: (run: Replay) => boolean): StepperOnPage {
  const found = steppersIn(lessonPage(lang, id)).find((s) => scenarioHint(runOf(s)));
  if (!found) throw new Error(`lesson ${id} (${lang}) has no such stepper`);
  return found;
}

/** The states a side passes through in a run, in order, without repeats. */
function statesOf(run: Replay, side: Side): TcpState[] {
  const seen: TcpState[] = [run.initial[side].state];
  for (const step of run.steps) if (step[side].state !== seen.at(-1)) seen.push(step[side].state);
  return seen;
}

/** The segments from the first FIN on: the close. */
const closingSegments = (run: Replay) => run.segments.slice(run.segments.findIndex((s) => s.segment.flags.includes('FIN')));

/** Walks the live stepper from the first frame to the last with the → key, checking every frame against the core. */
async function walk(live: Locator, stepper: StepperOnPage, profile?: Profile): Promise<void> {
  const timeline = timelineOf(stepper, profile);
  await live.focus();
  await live.page().keyboard.press('Home');
  for (let i = 0; i < timeline.length; i++) {
    await expectFrame(live, timeline, i);
    await live.page().keyboard.press('ArrowRight');
  }
}

async function open(page: Page, stepper: StepperOnPage): Promise<Locator> {
  await page.goto(stepper.page.url);
  return liveStepper(page, stepper);
}

for (const lang of LANGS) {
  test.describe(`closing lessons (${lang})`, () => {
    test('close from the client: four segments in the textbook, three on Linux, switched in place', async ({ page }) => {
      const stepper = stepperOf(lang, 'four-way-teardown', (run) => closingSegments(run)[0]?.from === 'client' && statesOf(run, 'server').includes('CLOSE_WAIT'));
      expect(stepper.profiles).toEqual(['rfc9293', 'linux']);
      const textbook = runOf(stepper, 'rfc9293');
      const linux = runOf(stepper, 'linux');
      expect(closingSegments(textbook).map((s) => s.segment.flags.join('+'))).toEqual(['ACK+FIN', 'ACK', 'ACK+FIN', 'ACK']);
      expect(closingSegments(linux).map((s) => s.segment.flags.join('+'))).toEqual(['ACK+FIN', 'ACK+FIN', 'ACK']);
      // The lesson's point on Linux: the client goes from FIN_WAIT_1 straight to TIME_WAIT.
      expect(statesOf(textbook, 'client')).toContain('FIN_WAIT_2');
      expect(statesOf(linux, 'client')).not.toContain('FIN_WAIT_2');

      const live = await open(page, stepper);
      const arrows = live.locator('svg.lad .lad-arrow');
      await walk(live, stepper, 'rfc9293');
      await expect(arrows).toHaveCount(textbook.segments.length);
      await live.locator('.stp-profiles [data-profile="linux"]').click();
      await expect(live).toHaveAttribute('data-profile', 'linux');
      await expect(arrows).toHaveCount(linux.segments.length);
      await walk(live, stepper, 'linux');
      await expect(page).toHaveURL(/#step=\d+&profile=linux$/);
    });

    test('close from the server and simultaneous close: the states the lesson names, frame by frame', async ({ page }) => {
      test.setTimeout(90_000); // four runs walked frame by frame
      const fromServer = stepperOf(lang, 'four-way-teardown', (run) => closingSegments(run)[0]?.from === 'server');
      const simultaneous = stepperOf(lang, 'four-way-teardown', (run) => statesOf(run, 'client').includes('CLOSING'));
      const run = runOf(fromServer);
      expect(statesOf(run, 'server').slice(-4)).toEqual(['FIN_WAIT_1', 'FIN_WAIT_2', 'TIME_WAIT', 'CLOSED']);
      expect(statesOf(run, 'client').slice(-3)).toEqual(['CLOSE_WAIT', 'LAST_ACK', 'CLOSED']);
      for (const side of ['client', 'server'] as const) {
        expect(statesOf(runOf(simultaneous), side).slice(-4)).toEqual(['FIN_WAIT_1', 'CLOSING', 'TIME_WAIT', 'CLOSED']);
      }
      for (const stepper of [fromServer, simultaneous]) {
        expect(stepper.profiles).toEqual(['rfc9293', 'linux']);
        const live = await open(page, stepper);
        await walk(live, stepper);
        await live.locator('.stp-profiles [data-profile="linux"]').click();
        await walk(live, stepper, 'linux');
      }
    });

    test('the half-close: the client reads the answer in FIN_WAIT_2', async ({ page }) => {
      const stepper = stepperOf(lang, 'why-four', (run) => run.segments.some((s) => s.from === 'server' && s.segment.len > 0));
      const run = runOf(stepper);
      const answers = run.steps.filter((s) => s.event.kind === 'arrive' && s.event.side === 'client' && s.event.segment.segment.len > 0);
      expect(answers.length).toBeGreaterThan(0);
      for (const step of answers) expect([step.client.state, step.server.state]).toEqual(['FIN_WAIT_2', 'CLOSE_WAIT']);
      await walk(await open(page, stepper), stepper);
    });

    test('without JavaScript every stepper is a full static picture', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const id of ['four-way-teardown', 'why-four']) {
        const steppers = steppersIn(lessonPage(lang, id));
        await page.goto(lessonPage(lang, id).url);
        await expect(page.locator('.stp-static')).toHaveCount(steppers.length);
        for (const stepper of steppers) {
          const still = page.locator('.stp-static').nth(stepper.index);
          await expect(still.locator('ol.stp-steps > li')).toHaveCount(runOf(stepper).steps.length);
          await expect(still.locator('svg.lad .lad-arrow')).toHaveCount(runOf(stepper).segments.length);
        }
        await expect(page.locator('.stp button')).toHaveCount(0);
      }
      await context.close();
    });

    for (const id of ['four-way-teardown', 'why-four']) {
      test(`${id} quiz: one wrong answer and the rest right, graded as the engine grades them`, async ({ page }) => {
        await page.goto(lessonPage(lang, id).url);
        const section = page.locator('section.quiz');
        await section.locator('h2').scrollIntoViewIfNeeded();
        const root = page.getByTestId('quiz');
        await expect(root).toHaveAttribute('data-live', 'true');
        expect(await section.getAttribute('data-lesson')).toBe(id);
        const kinds = (await section.getAttribute('data-kinds'))!.split(' ') as QuizKind[];
        const parsed = parseSeed((await root.getAttribute('data-seed'))!);
        if (!parsed.ok) throw new Error('the page shows an unreadable seed');
        const questions = makeQuiz(quizPools().get(id)!, parsed.seed, kinds, Number(await section.getAttribute('data-count')));
        expect(questions.length).toBeGreaterThan(0);

        for (let i = 0; i < questions.length; i++) {
          const card = root.getByTestId('quiz-question').nth(i);
          const right = correctResponse(questions[i]!);
          const radios = card.locator('input[type=radio]');
          if (Array.isArray(right)) {
            // A flags question: the right set, or for the wrong answer URG alone (never a closing segment's flags).
            for (const flag of i === 0 ? ['URG'] : right) await card.locator(`input[type=checkbox][value="${flag}"]`).check();
          } else if ((await radios.count()) > 0) {
            const values = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
            const wrong = values.find((v) => v !== right);
            await card.locator(`input[type=radio][value="${i === 0 ? wrong : right}"]`).check();
          } else {
            await card.getByRole('textbox').fill(i === 0 ? String((Number(right) + 1) % 2 ** 32) : String(right));
          }
        }
        await root.getByRole('button', { name: quizStrings[lang]['quiz.checkAll'] }).click();
        for (let i = 0; i < questions.length; i++) {
          const feedback = root.getByTestId('quiz-question').nth(i).locator('.quiz-feedback');
          await expect(feedback).toHaveAttribute('data-correct', String(i !== 0));
          await expect(feedback.locator('.quiz-verdict')).toContainText(quizStrings[lang][i === 0 ? 'quiz.wrong' : 'quiz.correct']);
        }
        // Every reason shown is a sentence: a template missing from the lesson's file shows its bare key.
        for (const why of await root.locator('.quiz-why li').allTextContents()) expect(why).not.toMatch(/^[a-z_*0-9]+\.[a-z_0-9]+\s/);
        const total = questions.length;
        await expect(root.getByTestId('quiz-score')).toContainText(
          quizStrings[lang]['quiz.scoreDone'].replace('{correct}', String(total - 1)).replace('{total}', String(total)),
        );
      });
    }
  });
}
