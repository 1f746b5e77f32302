/**
 * A stepper's place in the URL, so a link (or a reload) opens the same frame of the same run. Every
 * stepper has its own link, `#<stepper id>-step-N`: its static picture's step list carries those
 * ids, so the browser scrolls to the stepper before any script runs (and so hydrates it). The
 * page's first stepper also answers the older `#step=N`, and writes that form. A profile other than
 * the default is added as `&profile=linux`. The store owns it: `followStepHash` opens the stepper
 * where the URL says, writes every move back and follows a link to it clicked on the page.
 */
import type { Profile } from '../core/types.ts';
import type { StepperStore } from './stepper.ts';

export interface HashState {
  readonly step: number | null;
  readonly profile: Profile | null;
}

/** Which links a stepper answers: its own id's, and `#step=N` when it is the page's first. */
export interface StepLink {
  readonly id: string;
  readonly answersStepEquals: boolean;
}

const NONE: HashState = { step: null, profile: null };

function profileOf(value: string | null): Profile | null {
  return value === 'rfc9293' || value === 'linux' ? value : null;
}

/** `#step=N[&profile=P]`, the first stepper's link (parameters in any order). */
export function parseStepHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const step = /^\d{1,6}$/.test(params.get('step') ?? '') ? Number(params.get('step')) : null;
  return { step, profile: profileOf(params.get('profile')) };
}

/** The id of the element a stepper's link points at (`normal-open-step-3`). */
export function stepAnchor(id: string, step: number): string {
  return `${id}-step-${step}`;
}

/** What the hash says to the stepper `link`: nothing (both null) when it is another's link. */
export function parseStepperHash(hash: string, link: StepLink): HashState {
  const raw = hash.replace(/^#/, '');
  const [head = '', ...rest] = raw.split('&');
  const own = head.startsWith(`${link.id}-step-`) ? head.slice(link.id.length + '-step-'.length) : null;
  if (own !== null) {
    if (!/^\d{1,6}$/.test(own)) return NONE;
    return { step: Number(own), profile: profileOf(new URLSearchParams(rest.join('&')).get('profile')) };
  }
  return link.answersStepEquals ? parseStepHash(hash) : NONE;
}

export function formatStepHash(step: number, profile: Profile, defaultProfile: Profile, link?: StepLink): string {
  const head = !link || link.answersStepEquals ? `#step=${step}` : `#${stepAnchor(link.id, step)}`;
  return profile === defaultProfile ? head : `${head}&profile=${profile}`;
}

/** The part of `window` the hash needs (tests pass a fake). */
export interface HashWindow {
  readonly location: { readonly hash: string };
  readonly history: { readonly state: unknown; replaceState(state: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

export interface FollowOptions {
  readonly win?: HashWindow;
  /** Called when the URL pointed at this stepper (on opening, or a link followed): to bring it into view. */
  readonly onLanded?: () => void;
}

/**
 * Keeps a stepper and the page's URL hash in step, starting from what the URL says now: it answers
 * its own link (and `#step=N` if it is the first), and writes its link on every move. Returns the
 * function that stops it.
 */
export function followStepHash(store: StepperStore, link: StepLink, { win = window, onLanded }: FollowOptions = {}): () => void {
  const defaultProfile = store.profiles[0] as Profile;
  const fromHash = () => {
    const { step, profile } = parseStepperHash(win.location.hash, link);
    if (profile) store.setProfile(profile);
    if (step !== null) store.seek(step);
    if (step !== null || profile) onLanded?.();
  };
  fromHash();
  const write = () => win.history.replaceState(win.history.state, '', formatStepHash(store.$index.get(), store.$profile.get(), defaultProfile, link));
  const stopIndex = store.$index.listen(write);
  const stopProfile = store.$profile.listen(write);
  win.addEventListener('hashchange', fromHash);
  return () => {
    stopIndex();
    stopProfile();
    win.removeEventListener('hashchange', fromHash);
  };
}
