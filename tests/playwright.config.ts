/**
 * End-to-end tests against the BUILT site (dist/), served the way GitHub Pages serves it:
 * under the base path (BASE_PATH, "/" by default), with 404.html for anything missing.
 * `npm test` builds with BASE_PATH=/handshake-and-wave/ and runs this; to run it alone:
 *   BASE_PATH=/handshake-and-wave/ npm run build && BASE_PATH=/handshake-and-wave/ npx playwright test -c tests
 */
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import { BASE, DIST, PORT, SERVER_ORIGIN } from './e2e/site.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results/playwright-artifacts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // 60 s: the stepper walks (every frame of several runs) take 25-35 s on a 2-core machine.
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }], ['./e2e/budget-reporter.ts']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    baseURL: `${SERVER_ORIGIN}${BASE}`,
    trace: 'retain-on-failure',
  },
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
