/**
 * Which Chromium does which job: the headless shell renders (diagrams, the tests that time
 * nothing), the browser times (the long-task spec, Lighthouse), and a missing shell falls back
 * to the browser rather than failing.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumFromSystem, chromiumLaunchOptions, headlessShellFromSystem } from '../../src/plugins/chromium.ts';

/** A directory holding an executable file for each name. */
function binDirectory(...names: string[]): string {
  const directory = mkdtempSync(join(tmpdir(), 'hw-chromium-'));
  for (const name of names) {
    writeFileSync(join(directory, name), '#!/bin/sh\n');
    chmodSync(join(directory, name), 0o755);
  }
  return directory;
}

afterEach(() => vi.unstubAllEnvs());

describe('the Chromium for each job', () => {
  it('finds the headless shell and the browser on PATH apart', () => {
    const both = binDirectory('chromium', 'chromium-headless-shell');
    expect(headlessShellFromSystem(both)).toBe(join(both, 'chromium-headless-shell'));
    expect(chromiumFromSystem(both)).toBe(join(both, 'chromium'));
    expect(headlessShellFromSystem(binDirectory('chromium'))).toBeUndefined();
  });

  it.each([
    // [named browser, named shell, rendering runs, timing runs]
    ['browser', 'shell', 'shell', 'browser'],
    ['browser', undefined, 'browser', 'browser'],
  ] as const)('browser %s, shell %s: rendering in the %s, timing in the %s', (browser, shell, rendering, timing) => {
    const directory = binDirectory('browser', 'shell');
    // PATH without a shell, so only the variables decide.
    vi.stubEnv('PATH', binDirectory());
    vi.stubEnv('PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', join(directory, browser));
    vi.stubEnv('CHROMIUM_HEADLESS_SHELL', shell ? join(directory, shell) : '');
    expect(chromiumLaunchOptions('rendering')?.executablePath).toBe(join(directory, rendering));
    expect(chromiumLaunchOptions('timing')?.executablePath).toBe(join(directory, timing));
  });

  it('refuses a named shell that is not there, as it does a named browser', () => {
    vi.stubEnv('CHROMIUM_HEADLESS_SHELL', '/nonexistent/chromium-headless-shell');
    expect(() => chromiumLaunchOptions('rendering')).toThrow(/CHROMIUM_HEADLESS_SHELL/);
  });
});
