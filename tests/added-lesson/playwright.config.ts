/**
 * The e2e configuration for scripts/check-added-lesson.sh's build: the site's own configuration
 * (same server, browser and base path; DIST_DIR names that build), with this folder's specs.
 */
import { defineConfig } from '@playwright/test';
import site from '../playwright.config.ts';

export default defineConfig({
  ...site,
  testDir: '.',
  outputDir: '../../test-results/added-lesson-artifacts',
  reporter: [['list'], ['json', { outputFile: '../../test-results/added-lesson.json' }]],
});
