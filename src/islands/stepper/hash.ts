/**
 * The stepper's place in the URL: `#step=N`, plus `&profile=linux` when the learner chose a
 * profile other than the default, so a link (or a reload) opens the same frame of the same run.
 */
import type { Profile } from '../../core/types.ts';

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
