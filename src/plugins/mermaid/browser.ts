/**
 * Finds a Chromium for rendering diagrams at build time, in this order:
 * $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, Playwright's own download, then a
 * system Chromium (Debian's `chromium` package and the usual names).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/** Flags for a headless Chromium in containers and CI (no sandbox as root, no background traffic). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const systemChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH is ${fromEnv}, but no file is there.`);
    }
    return fromEnv;
  }
  const candidates = [playwrightChromium(), ...systemChromiums];
  const found = candidates.find((path) => path !== undefined && existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found to render mermaid diagrams at build time. ' +
      'Run `bash scripts/ensure-browser.sh`, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH to a Chromium binary.',
  );
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined; // Playwright knows no build for this platform.
  }
}
