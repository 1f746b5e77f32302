// What the types in src/core/reasons.ts and src/i18n/sections/reasons.ts cannot prove about the
// reason messages: that no template names a parameter its reason does not carry, that English and
// Chinese templates take the same parameters, and that a template no run exercised takes none.
// Reasons are collected from runs: the scenario library in both profiles, targeted scenarios for
// resets and give-ups, and random scenarios with loss, duplication, reordering and stray segments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS } from '../../src/core/scenarios.ts';
import type { Scenario, ScenarioEvent } from '../../src/core/scenario.ts';
import { open, scenario, silence, type Ev } from '../core/targeted.ts';
import { simulate } from '../../src/core/simulate.ts';
import { PROFILES, type Profile, type Reason, type Side } from '../../src/core/types.ts';
import {
  citation,
  citationHref,
  formatReason,
  reasonMessagesOf,
  reasonTemplate,
  reasonValues,
} from '../../src/i18n/reason-format.ts';
import { fillTemplate, templateParams } from '../../src/i18n/template.ts';
import { reasonsStrings } from '../../src/i18n/sections/reasons.ts';
import { statusExplanation } from '../../src/quiz/kinds/status-code.ts';
import { STATUS_CODES } from '../../src/quiz/status-codes.ts';

const LANGUAGES = { en: reasonMessagesOf(reasonsStrings.en), zh: reasonMessagesOf(reasonsStrings.zh) };

// ---------------------------------------------------------------------------
// What runs really emit

const stray = (to: Side, t: number, flags: ('SYN' | 'ACK' | 'RST' | 'FIN' | 'PSH')[], seq: number, ack: number | null, len = 0) => ({
  t,
  to,
  segment: { flags, seq, ack, len },
});

/** Resets, give-ups, challenge ACKs and unacceptable segments that no lesson story needs. */
function targeted(profile: Profile): Scenario[] {
  const established: Ev[] = [...open, [0.5, 'client', 'close'], [0.7, 'server', 'close']];
  return [
    scenario(profile, open, { drops: silence('client', 1) }),
    // An ACK of data the server never sent (SEG.ACK > SND.NXT) is answered with an ACK.
    scenario(profile, open, { inject: [stray('server', 0.3, ['ACK'], 101, 400)] }),
    scenario(profile, open, { drops: silence('client', 2) }),
    scenario(profile, [...open, [0.2, 'server', 'close']], { drops: [{ from: 'client', nth: 2 }] }),
    scenario(profile, [...open, [0.2, 'server', 'abort']]),
    scenario(profile, [[0.1, 'client', 'connect'], [0.1, 'server', 'connect']], { inject: [stray('client', 0.17, ['RST'], 301, null)] }),
    scenario(profile, [...open, [0.3, 'client', 'send', 5], [0.5, 'server', 'close']]),
    scenario(profile, [...open, [0.3, 'client', 'send', 5]], { drops: silence('client', 3) }),
    scenario(profile, [...open, [0.5, 'client', 'close']], { drops: silence('client', 3) }),
    scenario(profile, [...open, [0.5, 'client', 'close'], [0.51, 'server', 'send', 5]]),
    scenario(profile, [...open, [0.5, 'client', 'close'], [0.7, 'server', 'send', 5]]),
    scenario(profile, [...open, [0.5, 'client', 'close']], { until: 100 }),
    scenario(profile, [...open, [0.5, 'client', 'shutdown'], [0.7, 'server', 'send', 5]], { drops: silence('server', 3) }),
    scenario(profile, [...open, [0.5, 'client', 'close'], [0.5, 'server', 'close']], { drops: silence('server', 3) }),
    scenario(profile, established, { drops: silence('client', 4) }),
    // Stray segments in ESTABLISHED: a reset off RCV.NXT, a SYN, an ACK of unsent data, data ahead of a gap, old data.
    scenario(profile, [...open, [0.3, 'server', 'recv'], [0.35, 'client', 'send', 5]], {
      inject: [
        stray('server', 0.3, ['RST'], 105, null),
        stray('server', 0.31, ['SYN'], 101, null),
        stray('server', 0.32, ['ACK'], 101, 9999),
        stray('server', 0.33, ['ACK', 'PSH'], 120, 301, 5),
        stray('server', 0.34, ['ACK', 'PSH'], 50, 301, 5),
      ],
    }),
    scenario(profile, [...open, [0.3, 'client', 'connect']], { inject: [stray('client', 0.15, ['SYN', 'ACK'], 700, 5)] }),
  ];
}

const MAX = 4294967295;
const side = fc.constantFrom<Side>('client', 'server');
const randomScenario: fc.Arbitrary<Scenario> = fc.record({
  profile: fc.constantFrom<Profile>('rfc9293', 'linux'),
  link: fc.record({ delay: fc.double({ min: 0.001, max: 0.2, noNaN: true }) }),
  client: fc.record({ isn: fc.integer({ min: 0, max: MAX }) }),
  server: fc.record({ isn: fc.integer({ min: 0, max: MAX }) }),
  drops: fc.array(fc.record({ from: side, nth: fc.integer({ min: 1, max: 10 }) }), { maxLength: 3 }),
  duplicates: fc.array(fc.record({ from: side, nth: fc.integer({ min: 1, max: 10 }) }), { maxLength: 2 }),
  events: fc
    .record({
      clientBytes: fc.array(fc.integer({ min: 1, max: 3000 }), { maxLength: 2 }),
      serverBytes: fc.array(fc.integer({ min: 1, max: 3000 }), { maxLength: 2 }),
      clientEnd: fc.constantFrom<ScenarioEvent['call']>('close', 'shutdown', 'abort'),
      closeAt: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ clientBytes, serverBytes, clientEnd, closeAt }): ScenarioEvent[] => [
      { t: 0, who: 'server', call: 'listen' },
      { t: 0.1, who: 'client', call: 'connect' },
      ...clientBytes.map((bytes): ScenarioEvent => ({ t: 0.1, who: 'client', call: 'send', bytes })),
      { t: closeAt, who: 'client', call: clientEnd },
      { t: 0, who: 'server', call: 'recv_until_eof' },
      ...serverBytes.map((bytes): ScenarioEvent => ({ t: 0, who: 'server', call: 'send', bytes })),
      { t: closeAt, who: 'server', call: 'close' },
    ]),
  msl: fc.constant(1),
});

function emitted(): Reason[] {
  const library = PROFILES.flatMap((profile) =>
    SCENARIO_IDS.map((id) => (SCENARIOS[id].build as (p: { profile: Profile }) => Scenario)({ profile })),
  );
  const random = fc.sample(randomScenario, { numRuns: 300, seed: 4 });
  return [...library, ...PROFILES.flatMap(targeted), ...random]
    .map(simulate)
    .flatMap((run) => [...run.steps.flatMap((s) => s.reasons), ...run.segments.map((s) => s.reason)]);
}
// The status-code questions explain with reasons of their own (HTTP's, not the core's): every one.
const statusReasons = STATUS_CODES.flatMap(statusExplanation);
const reasons = [...emitted(), ...statusReasons];

// ---------------------------------------------------------------------------

describe('reason messages', () => {
  for (const [language, messages] of Object.entries(LANGUAGES)) {
    describe(language, () => {
      it('names only parameters the reason carries', () => {
        const wrong = new Set<string>();
        for (const r of reasons) {
          const template = reasonTemplate(r.key, messages) ?? '';
          const values = reasonValues(r, language as 'en' | 'zh');
          for (const p of templateParams(template)) if (values[p] === undefined) wrong.add(`${r.key}: {${p}}`);
        }
        expect([...wrong]).toEqual([]);
      });
    });
  }

  it('the collection saw enough of the core to mean something', () => {
    expect(new Set(reasons.map((r) => r.key)).size).toBeGreaterThan(60);
  });

  it('a template no run exercised uses no parameters (nothing could check them)', () => {
    const used = new Set<string>();
    for (const r of reasons) {
      const dot = r.key.indexOf('.');
      used.add(LANGUAGES.en[r.key] !== undefined ? r.key : `*${r.key.slice(dot)}`);
    }
    const unchecked = Object.keys(LANGUAGES.en).filter(
      (k) => !used.has(k) && (templateParams(LANGUAGES.en[k] ?? '').length > 0 || templateParams(LANGUAGES.zh[k] ?? '').length > 0),
    );
    expect(unchecked).toEqual([]);
  });

  it('English and Chinese templates of a key use the same parameters', () => {
    const differ = Object.keys(LANGUAGES.en).filter(
      (k) => templateParams(LANGUAGES.en[k] ?? '').sort().join() !== templateParams(LANGUAGES.zh[k] ?? '').sort().join(),
    );
    expect(differ).toEqual([]);
  });

  it('no template names a side outright: either side can listen, connect or answer, so the core passes {side}', () => {
    const named = { en: /\b(client|server)\b/i, zh: /客户端|服务器/ };
    for (const [language, messages] of Object.entries(LANGUAGES)) {
      const pattern = named[language as 'en' | 'zh'];
      expect(Object.entries(messages).filter(([, template]) => pattern.test(template)).map(([key]) => key)).toEqual([]);
    }
  });

  it('every reason an endpoint gives carries its side', () => {
    // The status-code questions' reasons are HTTP's definitions, given by no endpoint.
    const statusKeys = new Set(statusReasons.map((r) => r.key));
    const sideless = new Set(
      reasons.filter((r) => !r.key.startsWith('network.') && !statusKeys.has(r.key) && r.params?.side === undefined).map((r) => r.key),
    );
    expect([...sideless]).toEqual([]);
  });

});

describe('formatReason', () => {
  // Any key will do for citations; the type admits only the core's.
  const K = 'closed.call_listen' as const;
  const messages = {
    'syn_sent.rcv_syn_ack': 'IRS = {irs}.',
    '*.send_data': '{bytes} bytes.',
    'established.send_data': 'Exactly {bytes}.',
  };
  it.each([
    [{ key: 'syn_sent.rcv_syn_ack', section: '3.10.7.3', params: { irs: 4294967295 } }, 'IRS = 4294967295.'],
    [{ key: 'close_wait.send_data', section: '3.10.2', params: { bytes: 1000 } }, '1000 bytes.'],
    [{ key: 'established.send_data', section: '3.10.2', params: { bytes: 5 } }, 'Exactly 5.'],
    [{ key: 'syn_sent.rcv_syn_ack', section: '3.10.7.3' }, 'IRS = {irs}.'],
    [{ key: 'nowhere.unknown' as Reason['key'], section: '1' }, 'nowhere.unknown'],
  ] satisfies [Reason, string][])('%o → %s', (reason, text) => {
    expect(formatReason(reason, messages, 'en').text).toBe(text);
  });

  it.each([
    [{ key: K, section: '3.10.7.3' }, 'en', 'RFC 9293 §3.10.7.3', 'https://www.rfc-editor.org/rfc/rfc9293.html#section-3.10.7.3'],
    [{ key: K, section: '5', source: 'rfc6298' }, 'en', 'RFC 6298 §5', 'https://www.rfc-editor.org/rfc/rfc6298.html#section-5'],
    [{ key: K, section: 'tcp_fin_timeout', source: 'linux' }, 'en', 'Linux: tcp_fin_timeout', null],
    [{ key: K, section: 'tcp_fin_timeout', source: 'linux' }, 'zh', 'Linux：tcp_fin_timeout', null],
    [{ key: K, section: '3.5', source: 'hypothetical' }, 'en', 'Hypothetical, not TCP: see RFC 9293 §3.5', 'https://www.rfc-editor.org/rfc/rfc9293.html#section-3.5'],
  ] satisfies [Reason, 'en' | 'zh', string, string | null][])('cites %o in %s as %s', (reason, locale, cite, href) => {
    expect(citation(reason, locale)).toBe(cite);
    expect(citationHref(reason)).toBe(href);
  });

  it('names the side that acts: in a simultaneous open the server connects and picks its own ISS', () => {
    const run = simulate(SCENARIOS['simultaneous-open'].build({ profile: 'rfc9293' }));
    const serverCalls = run.steps.filter((s) => s.event.kind === 'call' && s.event.side === 'server');
    const said = (locale: 'en' | 'zh') =>
      serverCalls.flatMap((s) => s.reasons).map((r) => formatReason(r, LANGUAGES[locale], locale).text).join(' ');
    expect(said('en')).toContain('the server picks its initial sequence number, ISS = 300');
    expect(said('en')).toContain('the server knows nothing of the client’s numbers yet');
    expect(said('en')).not.toMatch(/the client picks|the client knows/);
    expect(said('zh')).toContain('服务器选定自己的初始序号 ISS = 300');
    expect(said('zh')).toContain('服务器还不知道客户端的序号');
  });

  it('fills {side} and {peer} in the page\'s language', () => {
    const reason: Reason = { key: 'closed.call_connect', section: '1', params: { side: 'server', iss: 7 } };
    expect(formatReason(reason, { 'closed.call_connect': '{side} and {peer}: {iss}' }, 'en').text).toBe('the server and the client: 7');
    expect(formatReason(reason, { 'closed.call_connect': '{side}和{peer}：{iss}' }, 'zh').text).toBe('服务器和客户端：7');
  });

  it('fills every occurrence and leaves unknown placeholders visible', () => {
    expect(fillTemplate('{a}+{a}={b} {c}', { a: 1, b: 2 })).toBe('1+1=2 {c}');
    expect(templateParams('{a} {b} {a}')).toEqual(['a', 'b']);
  });
});
