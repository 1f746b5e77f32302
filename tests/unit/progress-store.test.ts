// The progress store against a stand-in localStorage: the earlier site's data is migrated and
// written back with nothing set aside; a newer version's or garbage is backed up and refused.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROGRESS, PROGRESS_VERSION, writeProgress } from '../../src/quiz/progress.ts';

const SAVED_V1 = readFileSync(new URL('../fixtures/progress/v1.json', import.meta.url), 'utf8');

/** Loads the store module fresh in a "browser" whose storage holds `raw` under hw:progress. */
async function storeWith(raw: string | null) {
  const items = new Map<string, string>(raw === null ? [] : [['hw:progress', raw]]);
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  });
  vi.stubGlobal('window', { addEventListener: () => undefined });
  vi.resetModules();
  const store = { ...(await import('../../src/stores/progress.ts')), ...(await import('../../src/stores/progress-file.ts')) };
  return { store, items };
}

afterEach(() => vi.unstubAllGlobals());

describe('progress store', () => {
  it('migrates version 1 and writes it back as version 2, nothing backed up, no notice', async () => {
    const { store, items } = await storeWith(SAVED_V1);
    expect(store.$progress.get().lessons).toEqual(JSON.parse(SAVED_V1).lessons);
    expect(JSON.parse(items.get('hw:progress')!).version).toBe(PROGRESS_VERSION);
    expect(items.has('hw:progress:backup')).toBe(false);
    expect(store.$progressNotice.get()).toBeNull();
  });

  const refused: [string, string, string][] = [
    ['a newer version', JSON.stringify({ ...EMPTY_PROGRESS, version: PROGRESS_VERSION + 1 }), 'newer_version'],
    ['garbage', '{"version": 1, "lessons": garbage', 'corrupt'],
  ];
  it.each(refused)('%s is backed up and a fresh record starts, with a notice', async (_, raw, notice) => {
    const { store, items } = await storeWith(raw);
    expect(items.get('hw:progress:backup')).toBe(raw);
    expect(items.get('hw:progress')).toBe(writeProgress(EMPTY_PROGRESS));
    expect(store.$progressNotice.get()).toBe(notice);
  });

  it('recordLabSolved keeps a level with the time it was first solved', async () => {
    const { store, items } = await storeWith(null);
    vi.spyOn(Date, 'now').mockReturnValue(1234);
    store.recordLabSolved('lose-the-syn');
    store.recordLabSolved('lose-the-syn');
    expect(JSON.parse(items.get('hw:progress')!).lab).toEqual({ 'lose-the-syn': { solvedAt: 1234 } });
    vi.restoreAllMocks();
  });

  it('a refused import changes nothing; a good one merges', async () => {
    const { store, items } = await storeWith(SAVED_V1);
    const before = items.get('hw:progress');
    expect(store.importProgress('{"name":"x"}', 'replace')).toEqual({ ok: false, problem: 'foreign' });
    expect(items.get('hw:progress')).toBe(before);
    const file = store.exportProgress();
    store.resetProgress();
    expect(store.importProgress(file, 'merge')).toEqual({ ok: true });
    expect(store.$progress.get().lessons).toEqual(JSON.parse(SAVED_V1).lessons);
  });
});
