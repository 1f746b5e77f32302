// A scenario: the oracle README's input format plus a few extensions for the lessons, and the
// validator that turns untrusted JSON into one (or a one-line ScenarioError naming the field).
import { isUint32 } from './seq.ts';
import { CALL_NAMES, FLAG_ORDER, PROFILES, SIDES } from './types.ts';
import type { CallName, Flag, Profile, Side } from './types.ts';

export interface ScenarioEvent {
  /** Earliest time (s) of the call; it may run later if the side's previous call blocks. */
  readonly t: number;
  readonly who: Side;
  readonly call: CallName;
  /** Payload size of a `send`. */
  readonly bytes?: number;
  /** ISN of the new connection for a second `connect`/`listen` on the same side. */
  readonly isn?: number;
}

/** Which of a side's transmitted segments (1-based, retransmissions included) something applies to. */
export interface NthSent {
  readonly from: Side;
  readonly nth: number;
}

export interface InjectedSegment {
  /** Arrival time at `to`. */
  readonly t: number;
  readonly to: Side;
  readonly segment: {
    readonly flags: readonly Flag[];
    readonly seq: number;
    readonly ack: number | null;
    readonly len: number;
  };
}

export interface Scenario {
  readonly profile: Profile;
  /** One-way delay in seconds; `delays` overrides it per sender. */
  readonly link?: { readonly delay: number; readonly delays?: { readonly client?: number; readonly server?: number } };
  readonly client: { readonly isn: number };
  readonly server: { readonly isn: number };
  /** Segments the network loses (the core's rule is literal: nth is the lost segment). */
  readonly drops?: readonly NthSent[];
  /** Segments the network delivers twice. */
  readonly duplicates?: readonly NthSent[];
  /** Segments held back `extra` seconds (reordering). */
  readonly delays?: readonly (NthSent & { readonly extra: number })[];
  /** Segments that arrive out of nowhere: old duplicates from an earlier connection. */
  readonly inject?: readonly InjectedSegment[];
  readonly events: readonly ScenarioEvent[];
  /** Stop the simulation at this time (s); default: when nothing is left to happen. */
  readonly until?: number;
  /** Maximum segment lifetime (s) for the rfc9293 profile; TIME_WAIT lasts 2 × msl. */
  readonly msl?: number;
  /** 'two-way' is the hypothetical handshake of the "why three" lesson. */
  readonly handshake?: 'three-way' | 'two-way';
}

/** Thrown by parseScenario; the message is one line, starting with the offending field's path. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

type Json = Record<string, unknown>;

function fail(path: string, message: string): never {
  throw new ScenarioError(`${path}: ${message}`);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
  return value as Json;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value;
}

function nonNegative(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(path, 'must be a non-negative number');
  return value;
}

function positiveInteger(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) fail(path, 'must be a positive integer');
  return value;
}

function byteCount(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(path, 'must be a non-negative integer');
  return value;
}

function uint32(value: unknown, path: string): number {
  if (!isUint32(value)) fail(path, 'must be an integer in 0..4294967295');
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, `unknown ${what} ${JSON.stringify(value)} (expected ${allowed.join(', ')})`);
  }
  return value as T;
}

function side(value: unknown, path: string): Side {
  return oneOf(value, SIDES, path, 'side');
}

function isn(value: unknown, path: string): { isn: number } {
  const o = object(value, path);
  return { isn: uint32(o['isn'], `${path}.isn`) };
}

function link(value: unknown): NonNullable<Scenario['link']> {
  const o = object(value, 'link');
  const delay = o['delay'] === undefined ? 0 : nonNegative(o['delay'], 'link.delay');
  if (o['delays'] === undefined) return { delay };
  const d = object(o['delays'], 'link.delays');
  const delays: { client?: number; server?: number } = {};
  for (const s of SIDES) if (d[s] !== undefined) delays[s] = nonNegative(d[s], `link.delays.${s}`);
  return { delay, delays };
}

function pick(value: unknown, path: string): NthSent {
  const o = object(value, path);
  return { from: side(o['from'], `${path}.from`), nth: positiveInteger(o['nth'], `${path}.nth`) };
}

function event(value: unknown, path: string): ScenarioEvent {
  const o = object(value, path);
  const t = nonNegative(o['t'], `${path}.t`);
  const who = side(o['who'], `${path}.who`);
  const call = oneOf(o['call'], CALL_NAMES, `${path}.call`, 'call');
  const base: { t: number; who: Side; call: CallName; bytes?: number; isn?: number } = { t, who, call };
  if (call === 'send') base.bytes = positiveInteger(o['bytes'], `${path}.bytes`);
  else if (o['bytes'] !== undefined) fail(`${path}.bytes`, `only a send carries bytes`);
  if (o['isn'] !== undefined) {
    if (call !== 'connect' && call !== 'listen') fail(`${path}.isn`, 'only connect and listen take an isn');
    base.isn = uint32(o['isn'], `${path}.isn`);
  }
  return base;
}

function injected(value: unknown, path: string): InjectedSegment {
  const o = object(value, path);
  const seg = object(o['segment'], `${path}.segment`);
  const flags = array(seg['flags'], `${path}.segment.flags`).map((f, i) =>
    oneOf(f, FLAG_ORDER, `${path}.segment.flags[${i}]`, 'flag'),
  );
  const ack = seg['ack'] === null || seg['ack'] === undefined ? null : uint32(seg['ack'], `${path}.segment.ack`);
  if ((ack !== null) !== flags.includes('ACK')) fail(`${path}.segment.ack`, 'must be set exactly when ACK is in flags');
  return {
    t: nonNegative(o['t'], `${path}.t`),
    to: side(o['to'], `${path}.to`),
    segment: {
      flags: FLAG_ORDER.filter((f) => flags.includes(f)),
      seq: uint32(seg['seq'], `${path}.segment.seq`),
      ack,
      len: byteCount(seg['len'] ?? 0, `${path}.segment.len`),
    },
  };
}

function list<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): T[] {
  if (value === undefined) return [];
  return array(value, path).map((v, i) => item(v, `${path}[${i}]`));
}

/** Validates untrusted JSON as a Scenario; throws ScenarioError naming the first bad field. */
export function parseScenario(json: unknown): Scenario {
  const o = object(json, 'scenario');
  const profile = oneOf(o['profile'], PROFILES, 'profile', 'profile');
  const scenario: {
    -readonly [K in keyof Scenario]: Scenario[K];
  } = {
    profile,
    link: o['link'] === undefined ? { delay: 0 } : link(o['link']),
    client: isn(o['client'], 'client'),
    server: isn(o['server'], 'server'),
    drops: list(o['drops'], 'drops', pick),
    events: list(o['events'], 'events', event),
  };
  if (o['events'] === undefined) fail('events', 'must be an array');
  if (o['duplicates'] !== undefined) scenario.duplicates = list(o['duplicates'], 'duplicates', pick);
  if (o['delays'] !== undefined) {
    scenario.delays = list(o['delays'], 'delays', (v, p) => ({
      ...pick(v, p),
      extra: nonNegative(object(v, p)['extra'], `${p}.extra`),
    }));
  }
  if (o['inject'] !== undefined) scenario.inject = list(o['inject'], 'inject', injected);
  if (o['until'] !== undefined) scenario.until = nonNegative(o['until'], 'until');
  if (o['msl'] !== undefined) {
    const msl = nonNegative(o['msl'], 'msl');
    if (msl === 0) fail('msl', 'must be a positive number');
    scenario.msl = msl;
  }
  if (o['handshake'] !== undefined) {
    scenario.handshake = oneOf(o['handshake'], ['three-way', 'two-way'] as const, 'handshake', 'handshake');
  }
  return scenario;
}
