/**
 * The Chromium lookup of src/plugins/chromium.ts from the command line (scripts/ensure-browser.sh
 * uses it); it prints the path found by one source (or all of them):
 *
 *   node scripts/chromium.ts [env|playwright|system|any]    the browser; exit 1 when nothing is found
 *   node scripts/chromium.ts shell                          the headless shell (env, then PATH); exit 1 without one
 *   node scripts/chromium.ts launch <path>                  start it once headless, exit 1 if it cannot
 */
import { chromium } from 'playwright';
import {
  CHROMIUM_ARGS,
  chromiumFromEnv,
  chromiumFromPlaywright,
  chromiumFromSystem,
  findChromium,
  findHeadlessShell,
  type ChromiumSource,
} from '../src/plugins/chromium.ts';

export * from '../src/plugins/chromium.ts';

const lookups: Record<ChromiumSource, () => string | undefined> = {
  env: chromiumFromEnv,
  playwright: chromiumFromPlaywright,
  system: chromiumFromSystem,
  shell: findHeadlessShell,
};

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
    console.error(`usage: node scripts/chromium.ts [env|playwright|system|any|shell] | launch <path>`);
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
