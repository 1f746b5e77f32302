/**
 * The stepper's place in the URL: `#step=N`, plus `&profile=linux` when the learner chose a
 * profile other than the default, so a link (or a reload) opens the same frame of the same run.
 * The store owns it: `followStepHash` opens the stepper where the URL says, writes every move back
 * and follows a `#step=N` link clicked on the page.
 */
import type { Profile } from '../core/types.ts';
import type { StepperStore } from './stepper.ts';

export interface HashState {
  readonly step: number | null;
  readonly profile: Profile | null;
}

export function parseStepHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const step = /^\d{1,6}$/.test(params.get('step') ?? '') ? Number(params.get('step')) : null;
  const p = params.get('profile');
  return { step, profile: p === 'rfc9293' || p === 'linux' ? p : null };
}

export function formatStepHash(step: number, profile: Profile, defaultProfile: Profile): string {
  return profile === defaultProfile ? `#step=${step}` : `#step=${step}&profile=${profile}`;
}

/** The part of `window` the hash needs (tests pass a fake). */
export interface HashWindow {
  readonly location: { readonly hash: string };
  readonly history: { readonly state: unknown; replaceState(state: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/**
 * Keeps a stepper and the page's URL hash in step, starting from what the URL says now; only one
 * stepper per page may. Returns the function that stops it.
 */
export function followStepHash(store: StepperStore, win: HashWindow = window): () => void {
  const defaultProfile = store.profiles[0] as Profile;
  const fromHash = () => {
    const { step, profile } = parseStepHash(win.location.hash);
    if (profile) store.setProfile(profile);
    if (step !== null) store.seek(step);
  };
  fromHash();
  const write = () => win.history.replaceState(win.history.state, '', formatStepHash(store.$index.get(), store.$profile.get(), defaultProfile));
  const stopIndex = store.$index.listen(write);
  const stopProfile = store.$profile.listen(write);
  win.addEventListener('hashchange', fromHash);
  return () => {
    stopIndex();
    stopProfile();
    win.removeEventListener('hashchange', fromHash);
  };
}
