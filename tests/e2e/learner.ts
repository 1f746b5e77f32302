/**
 * What a learner does on a page, for the specs that measure what that costs (budget.spec.ts,
 * long-tasks.spec.ts): scroll through it, use each island once, and the files the browser
 * fetched meanwhile. Islands are found by what they render, never by a lesson's name.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';
import { quizStrings } from '../../src/i18n/sections/quiz.ts';
import { expect } from './fixtures.ts';
import type { Lang } from './site.ts';

/** A file fetched for the page's scripts, with the size a server would send it at (gzip level 9). */
export interface Fetched {
  url: string;
  gzip: number;
}

export const gzipBytes = (body: Buffer | string): number => gzipSync(body, { level: 9 }).byteLength;

/**
 * Whether a response is something the page's scripts run on: a script (module, chunk, preload)
 * or any JSON the page fetches (messages, data), whatever its name. HTML, CSS, images and fonts
 * are not: HTML has its own budget.
 */
export function isScriptOrData(response: Response): boolean {
  const type = (response.headers()['content-type'] ?? '').split(';')[0]!.trim();
  const resourceType = response.request().resourceType();
  return resourceType === 'script' || /javascript|ecmascript/.test(type) || /[/+]json$/.test(type) || new URL(response.url()).pathname.endsWith('.json');
}

export interface RequestWatch {
  /**
   * Waits until no request the page made since the watch started is in flight, and none has
   * started or ended for `quietMs`. Not Playwright's 'networkidle': that is a moment in a page's
   * load, so waiting for it again after the learner has scrolled or clicked returns at once,
   * with what those actions fetched still on its way. 100 ms by default: a script's imports are
   * requested as soon as it is parsed, well within that here.
   */
  settled(quietMs?: number): Promise<void>;
}

/** A RequestWatch that also keeps the page's script and data files. */
export interface FetchLog extends RequestWatch {
  /** Every script or data file fetched since the log started, once per URL (bodies read and gzipped). */
  files(): Promise<Fetched[]>;
  /** How many script or data responses have arrived so far (synchronously, bodies not read). */
  count(): number;
}

/** Starts counting the page's requests in flight (every request, whatever it fetches). */
export function watchRequests(page: Page): RequestWatch {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  page.on('request', (request) => {
    inFlight.add(request);
    lastChange = Date.now();
  });
  const ended = (request: Request) => {
    if (inFlight.delete(request)) lastChange = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    settled: (quietMs = 100) =>
      expect
        .poll(
          () => {
            if (inFlight.size > 0) return [...inFlight].map((request) => request.url());
            return Date.now() - lastChange >= quietMs ? [] : [`none in flight, but for less than ${quietMs} ms`];
          },
          { message: 'the requests still in flight', intervals: [50], timeout: 20_000 },
        )
        .toEqual([]),
  };
}

/** Starts logging the page's script and data responses (or, with another test, those it accepts). */
export function logScriptFetches(page: Page, accepts: (response: Response) => boolean = isScriptOrData): FetchLog {
  const seen = new Map<string, Promise<Fetched>>();
  page.on('response', (response) => {
    if (!accepts(response) || seen.has(response.url())) return;
    seen.set(response.url(), response.body().then((body) => ({ url: response.url(), gzip: gzipBytes(body) })));
  });
  const requests = watchRequests(page);
  return {
    files: async () => (await Promise.all(seen.values())).sort((a, b) => b.gzip - a.gzip),
    count: () => seen.size,
    settled: requests.settled,
  };
}

export const totalGzip = (files: readonly Fetched[]): number => files.reduce((sum, file) => sum + file.gzip, 0);

/**
 * Scrolls to the bottom half a viewport at a time, giving each position two frames: an
 * IntersectionObserver update (what a `client:visible` island waits for) runs in every frame, so
 * each island that comes near the viewport is seen there. One call inside the page: a round trip
 * from the test and a fixed pause per step took twice as long (a long lesson: 1.5–2.6 s).
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise<void>((drawn) => requestAnimationFrame(() => drawn()));
    for (let y = 0; y < document.documentElement.scrollHeight; ) {
      y += innerHeight / 2;
      scrollTo({ top: y, behavior: 'instant' });
      await frame();
      await frame();
    }
  });
}

/** Waits until every island has hydrated: each one drops its `ssr` attribute when it has. */
export async function expectAllHydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/**
 * Uses each island once, as a learner would: one step forward on every stepper, a flag and a field
 * of the header explorer, and one checked answer to the first quiz question.
 */
export async function useIslands(page: Page, lang: Lang): Promise<void> {
  for (const stepper of await page.locator('.stp.is-live').all()) {
    await stepper.locator('[data-action="forward"]').click();
  }
  for (const explorer of await page.getByTestId('header-explorer').all()) {
    await explorer.scrollIntoViewIfNeeded();
    await explorer.locator('[data-flag="ACK"]').click();
    await explorer.locator('[data-field]').first().click();
  }
  const card = page.getByTestId('quiz-question').first();
  if ((await card.count()) === 0) return;
  await card.scrollIntoViewIfNeeded();
  await answerSomething(card);
  const check = card.getByRole('button', { name: quizStrings[lang]['quiz.check'], exact: true });
  if (await check.count()) await check.click();
  else await handIn(page); // an exam's questions are graded together, at the end
  await expect(card.locator('.quiz-feedback')).toBeVisible();
}

/** Hands the page's exam in, confirming that the questions left unanswered count as wrong. */
async function handIn(page: Page): Promise<void> {
  const exam = page.getByTestId('exam');
  await exam.getByTestId('exam-submit').click();
  const confirm = exam.locator('[role=group] button').first();
  if (await confirm.count()) await confirm.click();
}

/** Gives any answer to a question card (right or wrong does not matter for what it costs). */
export async function answerSomething(card: ReturnType<Page['getByTestId']>): Promise<void> {
  const radio = card.locator('input[type=radio]').first();
  const checkbox = card.locator('input[type=checkbox]').first();
  if (await radio.count()) await radio.check();
  else if (await checkbox.count()) await checkbox.check();
  else await card.getByRole('textbox').fill('0');
}
