/**
 * Every e2e test runs with a watch on the page: a console error, an uncaught exception, a
 * failed request or an HTTP error response fails the test that caused it, whatever that test
 * checks otherwise. Tests that expect an error status (the 404 page) say which URL may fail.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  /** Problems seen so far, minus the ones allowed. */
  list(): string[];
}

export function watchForProblems(page: Page, allowedUrls: readonly string[] = []): PageProblems {
  const problems: { text: string; url?: string }[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ text: `console error: ${message.text()}`, url: message.location().url });
  });
  page.on('pageerror', (error) => problems.push({ text: `uncaught exception: ${error.message}` }));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // A navigation (reload, link click) cancels requests still in flight: not a site problem.
    if (reason !== 'net::ERR_ABORTED') problems.push({ text: `request failed (${reason}): ${request.url()}`, url: request.url() });
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push({ text: `HTTP ${response.status()}: ${response.url()}`, url: response.url() });
  });
  return {
    list: () =>
      problems
        .filter(({ text, url }) => !allowedUrls.some((allowed) => url === allowed || text.endsWith(allowed)))
        .map(({ text }) => text),
  };
}

interface Options {
  /** URLs whose error status this test expects (e.g. the unknown page it visits). */
  allowedErrorUrls: string[];
}

export const test = base.extend<Options>({
  allowedErrorUrls: [[], { option: true }],
  page: async ({ page, allowedErrorUrls }, use) => {
    const problems = watchForProblems(page, allowedErrorUrls);
    await use(page);
    expect(problems.list(), 'console errors, failed requests or HTTP errors on the page').toEqual([]);
  },
});

export { expect };
