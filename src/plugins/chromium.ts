/**
 * Where is a Chromium that Playwright (the e2e tests) and mermaid-isomorphic (the build's diagram
 * renderer) can drive? One answer for everybody, looked up in this order:
 *
 *   env        PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, if set (it must then exist: a typo should
 *              fail loudly, not silently fall back to another browser)
 *   playwright Playwright's own download (`npx playwright install chromium`)
 *   system     chromium / chromium-browser / google-chrome on PATH, or Chrome on macOS
 *
 * Build time only. Installing a browser when none is found is scripts/ensure-browser.sh's job;
 * this module only looks (scripts/chromium.ts runs it from the command line).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright';

export const CHROMIUM_ENV = 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH';

/** Flags every headless launch uses (root in a container needs --no-sandbox). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MACOS_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

export type ChromiumSource = 'env' | 'playwright' | 'system';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function chromiumFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env[CHROMIUM_ENV];
  if (!configured) return undefined;
  if (!isExecutable(configured)) {
    throw new Error(`${CHROMIUM_ENV}=${configured} is not an executable file`);
  }
  return configured;
}

export function chromiumFromPlaywright(): string | undefined {
  try {
    const downloaded = chromium.executablePath();
    return existsSync(downloaded) ? downloaded : undefined;
  } catch {
    return undefined; // Playwright has no build for this platform
  }
}

export function chromiumFromSystem(searchPath: string = process.env.PATH ?? ''): string | undefined {
  const directories = searchPath.split(delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES) {
    for (const directory of directories) {
      const candidate = join(directory, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return process.platform === 'darwin' && isExecutable(MACOS_CHROME) ? MACOS_CHROME : undefined;
}

/** The first Chromium found, in the documented order, or undefined. */
export function findChromium(): string | undefined {
  return chromiumFromEnv() ?? chromiumFromPlaywright() ?? chromiumFromSystem();
}

/** Launch options for Playwright and mermaid-isomorphic alike. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
