/**
 * The Chromium that renders diagrams at build time: the same one the e2e tests use, found by
 * src/plugins/chromium.ts (the headless shell if there is one, else the browser).
 */
import type { LaunchOptions } from 'playwright';
import { chromiumLaunchOptions } from '../chromium.ts';

export function diagramBrowserLaunchOptions(): LaunchOptions {
  const options = chromiumLaunchOptions('rendering');
  if (!options) {
    throw new Error(
      'No Chromium found to render mermaid diagrams at build time. ' +
        'Run `bash scripts/ensure-browser.sh`, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH to a Chromium binary.',
    );
  }
  return options;
}
