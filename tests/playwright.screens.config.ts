/**
 * The screenshot baselines (tests/e2e/screens/): `npm run test:screens` against a build in
 * DIST_DIR (dist/ by default), served like the e2e tests. See the spec for why this is apart.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({
  ...base,
  testDir: 'e2e/screens',
  testMatch: '**/*.screens.ts',
  snapshotPathTemplate: '{testDir}/baselines/{arg}{ext}',
  outputDir: '../test-results/screens-artifacts',
  reporter: [['list']],
});
