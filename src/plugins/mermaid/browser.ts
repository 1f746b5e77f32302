/**
 * The Chromium that renders diagrams at build time: the same one the e2e
 * tests use, found by src/plugins/chromium.ts ($PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
 * then Playwright's own download, then a system Chromium).
 */
import type { LaunchOptions } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';

export function diagramBrowserLaunchOptions(): LaunchOptions {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found to render mermaid diagrams at build time. ' +
        'Run `bash scripts/ensure-browser.sh`, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH to a Chromium binary.',
    );
  }
  return { executablePath, args: CHROMIUM_ARGS };
}
