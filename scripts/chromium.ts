/**
 * Where is a Chromium that Playwright (our e2e tests) and mermaid-isomorphic (the build's
 * diagram renderer) can drive? One answer for everybody, looked up in this order:
 *
 *   env        PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, if set (it must then exist: a typo should
 *              fail loudly, not silently fall back to another browser)
 *   playwright Playwright's own download (`npx playwright install chromium`)
 *   system     chromium / chromium-browser / google-chrome on PATH, or Chrome on macOS
 *
 * Installing a browser when none is found is scripts/ensure-browser.sh's job; this module
 * only looks. Run as a script it prints the path found by one source (or all of them):
 *
 *   node scripts/chromium.ts [env|playwright|system|any]    exit 1 when nothing is found
 *   node scripts/chromium.ts launch <path>                  start it once headless, exit 1 if it cannot
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

const lookups: Record<ChromiumSource, () => string | undefined> = {
  env: chromiumFromEnv,
  playwright: chromiumFromPlaywright,
  system: chromiumFromSystem,
};

/** The first Chromium found, in the documented order, or undefined. */
export function findChromium(): string | undefined {
  return chromiumFromEnv() ?? chromiumFromPlaywright() ?? chromiumFromSystem();
}

/** Launch options for Playwright and mermaid-isomorphic alike. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}

async function canLaunch(executablePath: string): Promise<boolean> {
  try {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    await browser.close();
    return true;
  } catch (error) {
    console.error(String(error).split('\n').slice(0, 6).join('\n'));
    return false;
  }
}

async function main(args: string[]): Promise<number> {
  const [command = 'any', argument] = args;
  if (command === 'launch') return argument && (await canLaunch(argument)) ? 0 : 1;
  const lookup = command === 'any' ? findChromium : lookups[command as ChromiumSource];
  if (!lookup) {
    console.error(`usage: node scripts/chromium.ts [env|playwright|system|any] | launch <path>`);
    return 2;
  }
  const found = lookup();
  if (!found) return 1;
  console.log(found);
  return 0;
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
