// One TCP endpoint as a pure step function, in the manner of XState's
// `transition(logic, snapshot, event)`: given the endpoint, an input (a user call, an arriving
// segment, or a timer), the time and the profile, return the new endpoint and what it did — the
// segments to send and the state changes, each with its reason — without touching anything else.
import { makeCall, resume } from './calls.ts';
import { DEFAULT_MSL, PROFILE_RULES } from './profiles.ts';
import { segmentArrives } from './receive.ts';
import { beginStep, finishStep } from './tcb.ts';
import type { Endpoint, Input, StepResult } from './tcb.ts';
import { onTimer } from './timers.ts';
import type { Profile } from './types.ts';

export { createEndpoint, snapshot } from './tcb.ts';
export type { CallResult, Emission, Endpoint, Input, StepResult } from './tcb.ts';

export interface StepOptions {
  /** Maximum segment lifetime (s) for the rfc9293 profile's TIME_WAIT; default 120. */
  readonly msl?: number;
  /** The "why three" lesson's hypothetical two-way handshake. */
  readonly handshake?: 'three-way' | 'two-way';
}

export function step(endpoint: Endpoint, input: Input, now: number, profile: Profile, options: StepOptions = {}): StepResult {
  const ctx = beginStep(endpoint, now, PROFILE_RULES[profile], options.msl ?? DEFAULT_MSL, options.handshake === 'two-way');
  switch (input.kind) {
    case 'call':
      makeCall(ctx, input.call, input.isn);
      break;
    case 'segment':
      segmentArrives(ctx, input.segment);
      break;
    case 'timer':
      onTimer(ctx, input.timer);
      break;
  }
  // Whatever happened may let a blocked call return (or a waiting server call go ahead).
  resume(ctx);
  return finishStep(ctx);
}
