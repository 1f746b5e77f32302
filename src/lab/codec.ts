/**
 * A lab setup in a URL: `?setup=<base64url of its JSON>`, so a link reproduces a run exactly. The
 * decoder takes anything (a link typed by hand, cut short, tampered with) and never throws: it
 * answers with the setup, or with a problem and the caller's clean default. Bounds keep any link
 * a small simulation: a few calls and faults, payloads and times of a sensible size.
 */
import { CALL_NAMES, PROFILES, SIDES, type CallName, type Profile, type Side } from '../core/types.ts';
import {
  FAULT_KINDS,
  HANDSHAKES,
  OLD_SEGMENT_KINDS,
  type FaultKind,
  type Handshake,
  type LabCall,
  type LabFault,
  type LabOldSegment,
  type LabSetup,
  type OldSegmentKind,
} from './setup.ts';

/** The URL query parameter that carries a setup. */
export const SETUP_PARAM = 'setup';

export const LIMITS = {
  calls: 16,
  faults: 8,
  old: 3,
  /** Latest time (s) of a call or an old segment's arrival. */
  time: 600,
  bytes: 20_000,
  nth: 40,
  delay: 2,
  extra: 10,
  msl: 300,
} as const;

/** Why a link's setup could not be used: not decodable at all, or decodable but not a setup. */
export type SetupProblem = 'malformed' | 'invalid';

export type Decoded = { readonly ok: true; readonly setup: LabSetup } | { readonly ok: false; readonly problem: SetupProblem; readonly setup: LabSetup };

class Invalid extends Error {}

function fail(): never {
  throw new Invalid();
}

type Json = Record<string, unknown>;

function object(v: unknown): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail();
  return v as Json;
}

function list(v: unknown, max: number): unknown[] {
  if (!Array.isArray(v) || v.length > max) fail();
  return v;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) fail();
  return v as T;
}

function number(v: unknown, min: number, max: number, { integer = false, positive = false } = {}): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail();
  if (integer && !Number.isInteger(v)) fail();
  if (positive && v <= 0) fail();
  return v;
}

function call(v: unknown): LabCall {
  const o = object(v);
  const name: CallName = oneOf(o['call'], CALL_NAMES);
  const base = { t: number(o['t'], 0, LIMITS.time), who: oneOf<Side>(o['who'], SIDES), call: name };
  if (name === 'send') return { ...base, bytes: number(o['bytes'], 1, LIMITS.bytes, { integer: true }) };
  if (o['bytes'] !== undefined) fail();
  return base;
}

function fault(v: unknown): LabFault {
  const o = object(v);
  const kind: FaultKind = oneOf(o['kind'], FAULT_KINDS);
  const base = { kind, from: oneOf<Side>(o['from'], SIDES), nth: number(o['nth'], 1, LIMITS.nth, { integer: true }) };
  if (kind === 'delay') return { ...base, extra: number(o['extra'], 0, LIMITS.extra, { positive: true }) };
  if (o['extra'] !== undefined) fail();
  return base;
}

function old(v: unknown): LabOldSegment {
  const o = object(v);
  return { kind: oneOf<OldSegmentKind>(o['kind'], OLD_SEGMENT_KINDS), to: oneOf<Side>(o['to'], SIDES), t: number(o['t'], 0, LIMITS.time) };
}

/** Validates untrusted JSON as a setup (throws Invalid). */
function setupOf(json: unknown): LabSetup {
  const o = object(json);
  return {
    profile: oneOf<Profile>(o['profile'], PROFILES),
    handshake: oneOf<Handshake>(o['handshake'], HANDSHAKES),
    delay: number(o['delay'], 0, LIMITS.delay),
    msl: number(o['msl'], 0, LIMITS.msl, { positive: true }),
    calls: list(o['calls'], LIMITS.calls).map(call),
    faults: list(o['faults'], LIMITS.faults).map(fault),
    old: list(o['old'], LIMITS.old).map(old),
  };
}

/** Whether a setup is within the lab's bounds (what a link may carry). */
export function isValidSetup(setup: unknown): setup is LabSetup {
  try {
    setupOf(setup);
    return true;
  } catch {
    return false;
  }
}

const toBase64Url = (text: string): string => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** The setup as the `setup` parameter's value: URL-safe, no padding. Fields in a fixed order, so equal setups give equal links. */
export function encodeSetup(setup: LabSetup): string {
  const ordered = setupOf(setup); // also refuses to encode what no link could carry
  return toBase64Url(JSON.stringify(ordered));
}

/**
 * The setup a `setup` parameter carries; `fallback` (the level's start) with the problem when it
 * cannot be read. A missing parameter is no problem: it is the fallback.
 */
export function decodeSetup(value: string | null, fallback: LabSetup): Decoded {
  if (value === null || value === '') return { ok: true, setup: fallback };
  let json: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length > 4000) return { ok: false, problem: 'malformed', setup: fallback };
    const padded = value.replace(/-/g, '+').replace(/_/g, '/');
    json = JSON.parse(atob(padded + '='.repeat((4 - (padded.length % 4)) % 4)));
  } catch {
    return { ok: false, problem: 'malformed', setup: fallback };
  }
  try {
    return { ok: true, setup: setupOf(json) };
  } catch {
    return { ok: false, problem: 'invalid', setup: fallback };
  }
}
