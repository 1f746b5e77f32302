// The setup in a URL: a link gives back exactly its setup; anything else, whatever it is, gives a
// problem and the fallback, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate.ts';
import { CALL_NAMES, PROFILES, SIDES } from '../../src/core/types.ts';
import { decodeSetup, encodeSetup, isValidSetup, LIMITS } from '../../src/lab/codec.ts';
import { LEVELS } from '../../src/lab/levels.ts';
import { EMPTY_SETUP, FAULT_KINDS, HANDSHAKES, OLD_SEGMENT_KINDS, toScenario, type LabSetup } from '../../src/lab/setup.ts';

const time = fc.integer({ min: 0, max: 4000 }).map((ms) => ms / 1000);
const side = fc.constantFrom(...SIDES);
const call = fc.oneof(
  fc.record({ t: time, who: side, call: fc.constantFrom(...CALL_NAMES.filter((n) => n !== 'send')) }),
  fc.record({ t: time, who: side, call: fc.constant('send' as const), bytes: fc.integer({ min: 1, max: 3000 }) }),
);
const fault = fc.oneof(
  fc.record({ kind: fc.constantFrom(...FAULT_KINDS.filter((k) => k !== 'delay')), from: side, nth: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('delay' as const), from: side, nth: fc.integer({ min: 1, max: 8 }), extra: fc.integer({ min: 1, max: 500 }).map((ms) => ms / 1000) }),
);
export const setupArb: fc.Arbitrary<LabSetup> = fc.record({
  profile: fc.constantFrom(...PROFILES),
  handshake: fc.constantFrom(...HANDSHAKES),
  delay: fc.integer({ min: 0, max: 200 }).map((ms) => ms / 1000),
  msl: fc.integer({ min: 1, max: 120 }),
  calls: fc.array(call, { maxLength: 8 }),
  faults: fc.array(fault, { maxLength: 3 }),
  old: fc.array(fc.record({ kind: fc.constantFrom(...OLD_SEGMENT_KINDS), to: side, t: time }), { maxLength: 2 }),
});

const FALLBACK = LEVELS[0]!.start;
const b64 = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('setup codec', () => {
  it('round-trips every setup, and every level start and solution', () => {
    for (const level of LEVELS) for (const s of [level.start, level.solution]) expect(decodeSetup(encodeSetup(s), FALLBACK)).toEqual({ ok: true, setup: s });
    fc.assert(
      fc.property(setupArb, (s) => {
        expect(decodeSetup(encodeSetup(s), FALLBACK)).toEqual({ ok: true, setup: s });
      }),
    );
  });

  it('encodes URL-safely: letters, digits, - and _ only', () => {
    fc.assert(fc.property(setupArb, (s) => /^[A-Za-z0-9_-]+$/.test(encodeSetup(s))));
  });

  it('no setup parameter is the fallback, without a problem', () => {
    expect(decodeSetup(null, FALLBACK)).toEqual({ ok: true, setup: FALLBACK });
    expect(decodeSetup('', FALLBACK)).toEqual({ ok: true, setup: FALLBACK });
  });

  const good = encodeSetup(LEVELS[1]!.solution);
  const json = (patch: (o: Record<string, unknown>) => unknown) => b64(JSON.stringify(patch({ ...(JSON.parse(JSON.stringify(LEVELS[1]!.solution)) as Record<string, unknown>) })));
  it.each([
    ['cut short', good.slice(0, good.length - 7), 'malformed'],
    ['a character no link has', `${good.slice(0, 10)}%${good.slice(11)}`, 'malformed'],
    ['base64 of no JSON', b64('hello, world'), 'malformed'],
    ['JSON that is no object', b64('[1,2,3]'), 'invalid'],
    ['an unknown profile', json((o) => ({ ...o, profile: 'bsd' })), 'invalid'],
    ['a negative delay', json((o) => ({ ...o, delay: -1 })), 'invalid'],
    ['an MSL of zero', json((o) => ({ ...o, msl: 0 })), 'invalid'],
    ['a send without bytes', json((o) => ({ ...o, calls: [{ t: 0, who: 'client', call: 'send' }] })), 'invalid'],
    ['a fractional nth', json((o) => ({ ...o, faults: [{ kind: 'lose', from: 'client', nth: 1.5 }] })), 'invalid'],
    ['too many calls', json((o) => ({ ...o, calls: Array.from({ length: LIMITS.calls + 1 }, () => ({ t: 0, who: 'client', call: 'recv' })) })), 'invalid'],
    ['too many bytes', json((o) => ({ ...o, calls: [{ t: 0, who: 'client', call: 'send', bytes: LIMITS.bytes + 1 }] })), 'invalid'],
    ['a missing field', json(({ faults: _faults, ...rest }) => rest), 'invalid'],
  ] as const)('%s gives %s and the fallback', (_what, value, problem) => {
    expect(decodeSetup(value, FALLBACK)).toEqual({ ok: false, problem, setup: FALLBACK });
  });

  it('never throws, and always answers with a setup within the bounds (fuzzed)', () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String().map((s) => s.replace(/=/g, '')));
    const anyJson = fc.jsonValue().map((v) => b64(JSON.stringify(v) ?? 'null'));
    const mutated = fc.tuple(setupArb, fc.nat(), fc.constantFrom(...'AZaz09-_'.split(''))).map(([s, i, ch]) => {
      const e = encodeSetup(s);
      const at = i % e.length;
      return e.slice(0, at) + ch + e.slice(at + 1);
    });
    fc.assert(
      fc.property(fc.oneof(anyText, anyJson, mutated), (value) => {
        const decoded = decodeSetup(value, FALLBACK);
        expect(isValidSetup(decoded.setup)).toBe(true);
        if (!decoded.ok) expect(decoded.setup).toBe(FALLBACK);
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it('every setup a link can carry runs in the core without throwing', () => {
    fc.assert(
      fc.property(setupArb, (s) => {
        const run = simulate(toScenario(s));
        expect(run.steps.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
    expect(simulate(toScenario(EMPTY_SETUP)).steps).toEqual([]);
  }, 20_000);
});
