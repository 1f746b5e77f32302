/**
 * Where is a Chromium that Playwright (the e2e tests) and mermaid-isomorphic (the build's diagram
 * renderer) can drive? Two answers, for two jobs:
 *
 * The browser, a learner's Chromium run headless, for what times the page as a learner meets it
 * (the long-task spec, Lighthouse), looked up in this order:
 *   env        PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, if set (it must then exist: a typo should
 *              fail loudly, not silently fall back to another browser)
 *   playwright Playwright's own download (`npx playwright install chromium`)
 *   system     chromium / chromium-browser / google-chrome on PATH, or Chrome on macOS
 *
 * The headless shell (`chromium-headless-shell`: the same Blink without the browser's windows and
 * UI, what Playwright itself launches for headless tests) for everything else: drawing the
 * diagrams and the tests that check what a page shows and does. Its layout and drawing are the
 * browser's (a build made with either is the same byte for byte, and the screenshot baselines
 * match both), and it costs far less: a fresh context and first load of a lesson take about 40 %
 * of the browser's CPU, and the e2e tests took 5.9 minutes instead of 10.1. Looked up as
 * CHROMIUM_HEADLESS_SHELL, if set, then `chromium-headless-shell` on PATH, then Playwright's own
 * (chromiumLaunchOptions); without one, the browser does both jobs.
 *
 * Build time only. Installing a browser when none is found is scripts/ensure-browser.sh's job;
 * this module only looks (scripts/chromium.ts runs it from the command line).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright';

export const CHROMIUM_ENV = 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH';
export const HEADLESS_SHELL_ENV = 'CHROMIUM_HEADLESS_SHELL';

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
const HEADLESS_SHELL_NAME = 'chromium-headless-shell';
const MACOS_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

export type ChromiumSource = 'env' | 'playwright' | 'system' | 'shell';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function chromiumFromEnv(env: NodeJS.ProcessEnv = process.env, name: string = CHROMIUM_ENV): string | undefined {
  const configured = env[name];
  if (!configured) return undefined;
  if (!isExecutable(configured)) {
    throw new Error(`${name}=${configured} is not an executable file`);
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

function onPath(names: readonly string[], searchPath: string): string | undefined {
  const directories = searchPath.split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const directory of directories) {
      const candidate = join(directory, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

export function chromiumFromSystem(searchPath: string = process.env.PATH ?? ''): string | undefined {
  return onPath(SYSTEM_NAMES, searchPath) ?? (process.platform === 'darwin' && isExecutable(MACOS_CHROME) ? MACOS_CHROME : undefined);
}

export function headlessShellFromSystem(searchPath: string = process.env.PATH ?? ''): string | undefined {
  return onPath([HEADLESS_SHELL_NAME], searchPath);
}

/** The browser: the first Chromium found, in the documented order, or undefined. */
export function findChromium(): string | undefined {
  return chromiumFromEnv() ?? chromiumFromPlaywright() ?? chromiumFromSystem();
}

/** A headless shell named by CHROMIUM_HEADLESS_SHELL or on PATH, or undefined. */
export function findHeadlessShell(): string | undefined {
  return chromiumFromEnv(process.env, HEADLESS_SHELL_ENV) ?? headlessShellFromSystem();
}

/** What a launch is for: timing pages as a learner's browser runs them, or anything else. */
export type ChromiumJob = 'timing' | 'rendering';

/**
 * Launch options for Playwright and mermaid-isomorphic alike, or undefined when there is no
 * Chromium at all. For rendering: the headless shell found, or, where the browser is Playwright's
 * own download, Playwright's own headless shell (the one it launches when no executable is named;
 * `playwright install chromium` brings it), or else the browser.
 */
export function chromiumLaunchOptions(job: ChromiumJob = 'rendering'): { executablePath?: string; args: string[] } | undefined {
  const shell = job === 'rendering' ? findHeadlessShell() : undefined;
  if (shell) return { executablePath: shell, args: CHROMIUM_ARGS };
  const browser = findChromium();
  if (!browser) return undefined;
  // Named by PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH or found, Playwright's own download comes with its shell.
  if (job === 'rendering' && browser === chromiumFromPlaywright()) return { args: CHROMIUM_ARGS };
  return { executablePath: browser, args: CHROMIUM_ARGS };
}
