// The workbench's store: opens from the URL (or from the level's start, saying what was wrong),
// writes every change back, and counts a level solved only when the learner's own change solves it.
import { describe, expect, it, vi } from 'vitest';
import { encodeSetup, SETUP_PARAM } from '../../src/lab/codec.ts';
import { levelById } from '../../src/lab/levels.ts';
import { createLabStore, type LabWindow } from '../../src/stores/lab.ts';

const PAGE = 'https://example.github.io/handshake-and-wave/lab/lost-syn/';
const level = levelById('lost-syn')!;

function fakeWindow(href: string): LabWindow & { urls: string[] } {
  const urls: string[] = [];
  const win = {
    urls,
    location: { href },
    history: {
      state: null,
      replaceState(_state: unknown, _unused: string, url: string) {
        urls.push(url);
        win.location.href = url;
      },
    },
  };
  return win;
}

const open = (href: string) => {
  const win = fakeWindow(href);
  const onSolved = vi.fn();
  const store = createLabStore({ levelId: level.id, goal: level.goal, start: level.start, solution: level.solution, win, onSolved });
  return { win, onSolved, store };
};

describe('lab store', () => {
  it('opens at the start without a setup in the URL, and says nothing is wrong', () => {
    const { store } = open(PAGE);
    expect(store.$setup.get()).toBe(level.start);
    expect(store.problem).toBeNull();
    expect(store.$solved.get()).toBe(false);
  });

  it('opens exactly the setup a link carries, without counting it as solved', () => {
    const { store, onSolved } = open(`${PAGE}?${SETUP_PARAM}=${encodeSetup(level.solution)}#step=3`);
    expect(store.$setup.get()).toEqual(level.solution);
    expect(store.$solved.get()).toBe(true);
    expect(onSolved).not.toHaveBeenCalled();
  });

  it.each([
    ['malformed', `${PAGE}?${SETUP_PARAM}=%%%`],
    ['invalid', `${PAGE}?${SETUP_PARAM}=${btoa('{"profile":"bsd"}').replace(/=+$/, '')}`],
  ] as const)('a %s link opens the start and says so', (problem, href) => {
    const { store } = open(href);
    expect(store.problem).toBe(problem);
    expect(store.$setup.get()).toBe(level.start);
  });

  it('writes each change to the URL, keeping the hash; start over clears it', () => {
    const { store, win } = open(`${PAGE}#step=2`);
    store.edit({ ...level.start, delay: 0.1 });
    const url = new URL(win.location.href);
    expect(url.hash).toBe('#step=2');
    expect(url.searchParams.get(SETUP_PARAM)).toBe(encodeSetup({ ...level.start, delay: 0.1 }));
    expect(store.link()).toBe(win.location.href);
    store.startOver();
    expect(new URL(win.location.href).searchParams.has(SETUP_PARAM)).toBe(false);
  });

  it('applies a change to the setup as it is then, so two changes before a render both count', () => {
    const { store } = open(PAGE);
    store.edit((setup) => ({ ...setup, faults: [...setup.faults, { kind: 'lose', from: 'client', nth: 1 }] }));
    store.edit((setup) => ({ ...setup, delay: 0.2 }));
    expect(store.$setup.get()).toEqual({ ...level.start, faults: [...level.start.faults, { kind: 'lose', from: 'client', nth: 1 }], delay: 0.2 });
  });

  it('ignores a change outside the lab bounds', () => {
    const { store, win } = open(PAGE);
    store.edit({ ...level.start, delay: -1 });
    expect(store.$setup.get()).toBe(level.start);
    expect(win.urls).toEqual([]);
  });

  it('counts the learner’s own solving change, not "show me"', () => {
    const { store, onSolved } = open(PAGE);
    store.showMe();
    expect(store.$solved.get()).toBe(true);
    expect(store.$shown.get()).toBe(true);
    expect(onSolved).not.toHaveBeenCalled();
    store.startOver();
    store.edit({ ...level.start, faults: [{ kind: 'lose', from: 'client', nth: 1 }] });
    expect(store.$shown.get()).toBe(false);
    expect(onSolved).toHaveBeenCalledWith('lost-syn');
  });
});
