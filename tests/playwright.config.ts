/**
 * End-to-end tests against the BUILT site (dist/), served the way GitHub Pages serves it:
 * under the base path (BASE_PATH, "/" by default), with 404.html for anything missing.
 * `npm test` builds with BASE_PATH=/handshake-and-wave/ and runs this; to run it alone:
 *   BASE_PATH=/handshake-and-wave/ npm run build && BASE_PATH=/handshake-and-wave/ npx playwright test -c tests
 */
import { defineConfig } from '@playwright/test';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import { BASE, DIST, PORT, SERVER_ORIGIN } from './e2e/site.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results/playwright-artifacts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A failing test runs once more, recording a trace for the failure (recording one for every
  // test, and throwing it away when it passes, made the whole run 27 % slower: 351 s against
  // 255 s for pages.spec and theme.spec); passing only on that second run still fails the run.
  retries: 1,
  failOnFlakyTests: true,
  // One worker more than there are cores (three at least): in the headless shell a test leaves a
  // core idle while it waits (for the network to settle, for a frame), and a third worker fills
  // that. The site project on two cores: 5.9 min with two workers (83 % of the CPU busy), 5.0 with
  // three (91 %), 4.7 with four (95 %, but more tests racing each other for a core).
  workers: Math.max(3, availableParallelism() + 1),
  // 60 s: the stepper walks (every frame of several runs) take 25-35 s on a 2-core machine.
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }], ['./e2e/budget-reporter.ts']],
  use: {
    browserName: 'chromium',
    // The headless shell where there is one: what a page shows and does is the browser's, at
    // far less CPU (src/plugins/chromium.ts). What is timed runs in the browser (the 'cpu' project).
    launchOptions: chromiumLaunchOptions('rendering'),
    baseURL: `${SERVER_ORIGIN}${BASE}`,
    trace: 'on-first-retry',
  },
  // The long-task measurements time the page on a CPU slowed 4 ×: run beside other tests they
  // measure the other tests too (steps of 20–70 ms in a full run, 7–14 ms alone). They run last,
  // after every other test, one at a time (their spec is serial), in a learner's browser.
  projects: [
    { name: 'site', testIgnore: /long-tasks\.spec\.ts$/ },
    { name: 'cpu', testMatch: /long-tasks\.spec\.ts$/, dependencies: ['site'], use: { launchOptions: chromiumLaunchOptions('timing') } },
  ],
  webServer: {
    // The Node running Playwright (>= 22.12 here) runs the TypeScript server directly.
    command: `"${process.execPath}" scripts/serve.ts --dir "${DIST}" --base "${BASE}" --port ${PORT}`,
    cwd: root,
    url: `${SERVER_ORIGIN}${BASE}`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
