// The connection stepper's pure parts: the store (stepping, clamping, profiles, play), the URL
// hash it owns, the ladder's geometry, the step explanations in both languages, and the build-time choice
// of which profiles to offer.
import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS, lostFinalAck, normalOpen, threeSegmentClose } from '../../src/core/scenarios.ts';
import { simulate } from '../../src/core/simulate.ts';
import { createTimeline } from '../../src/core/timeline.ts';
import { PROFILES, type Profile } from '../../src/core/types.ts';
import { stepperBuild } from '../../src/lessons/stepper-build.ts';
import { explain, seconds } from '../../src/islands/stepper/explain.ts';
import { followStepHash, formatStepHash, parseStepHash, parseStepperHash, stepAnchor, type HashWindow } from '../../src/stores/stepper-hash.ts';
import { arrowEnds, ladderOf } from '../../src/islands/stepper/ladder.ts';
import { LADDER, rowY } from '../../src/islands/stepper/ladder-geometry.ts';
import { stepperStrings, stepperStringsOf, type StepperStrings } from '../../src/i18n/sections/stepper.ts';
import { stepperIslandStrings } from '../../src/lessons/island-strings.ts';
import { reasonMessagesOf } from '../../src/i18n/reason-format.ts';
import { reasonsStrings } from '../../src/i18n/sections/reasons.ts';
import { byProfile, createStepperStore, PLAY_INTERVAL_MS } from '../../src/stores/stepper.ts';
import { packRun, unpackRun, type PackedRun } from '../../src/core/run-data.ts';

// What the island has once its strings and (every group of) its reason templates are loaded.
const enMessages = { strings: stepperStringsOf(stepperStrings.en), reasons: reasonMessagesOf(reasonsStrings.en) };
const zhMessages = { strings: stepperStringsOf(stepperStrings.zh), reasons: reasonMessagesOf(reasonsStrings.zh) };

/** A clock the test advances by hand. */
function fakeClock() {
  let handler: (() => void) | null = null;
  return {
    setInterval: (fn: () => void, ms: number) => {
      expect(ms).toBe(PLAY_INTERVAL_MS);
      handler = fn;
      return 1;
    },
    clearInterval: () => {
      handler = null;
    },
    tick: () => handler?.(),
    get running() {
      return handler !== null;
    },
  };
}

describe('createStepperStore', () => {
  const runs = { rfc9293: simulate(threeSegmentClose({ profile: 'rfc9293' })), linux: simulate(threeSegmentClose()) };
  const last = (p: Profile) => runs[p].steps.length;

  it('steps forward and back, clamped to the run', () => {
    const store = createStepperStore({ runs });
    expect(store.$index.get()).toBe(0);
    store.back();
    expect(store.$index.get()).toBe(0);
    store.forward();
    store.forward();
    expect(store.$index.get()).toBe(2);
    expect(store.$frame.get().index).toBe(2);
    store.back();
    expect(store.$index.get()).toBe(1);
    store.toEnd();
    expect(store.$index.get()).toBe(last('rfc9293'));
    store.forward();
    expect(store.$index.get()).toBe(last('rfc9293'));
    store.reset();
    expect(store.$index.get()).toBe(0);
  });

  it.each([
    [-5, 0],
    [3, 3],
    [10_000, 'end'],
    [Number.NaN, 0],
  ] as const)('starts at seek(%s) → %s', (asked, expected) => {
    const store = createStepperStore({ runs, index: asked });
    expect(store.$index.get()).toBe(expected === 'end' ? last('rfc9293') : expected);
  });

  it('switches profile at the same step, clamped to the other run, and shows that run', () => {
    const store = createStepperStore({ runs });
    expect(store.profiles).toEqual(['rfc9293', 'linux']);
    store.toEnd();
    store.setProfile('linux');
    expect(store.$profile.get()).toBe('linux');
    expect(store.$index.get()).toBe(Math.min(last('rfc9293'), last('linux')));
    expect(store.runOf('linux')).toBe(runs.linux);
    expect(store.$frame.get().event).toBe(runs.linux.steps[store.$index.get() - 1]?.event);
    expect(store.$timeline.get().length).toBe(last('linux') + 1);
  });

  it('ignores a profile it has no run for, and starts in the one asked for', () => {
    const store = createStepperStore({ runs: { linux: runs.linux } });
    store.setProfile('rfc9293');
    expect(store.$profile.get()).toBe('linux');
    expect(createStepperStore({ runs, profile: 'linux' }).$profile.get()).toBe('linux');
  });

  it('plays one step per tick and stops at the end; playing from the end starts over', () => {
    const clock = fakeClock();
    const store = createStepperStore({ runs, clock });
    store.play();
    expect(store.$playing.get()).toBe(true);
    clock.tick();
    clock.tick();
    expect(store.$index.get()).toBe(2);
    for (let i = 0; i < 100; i++) clock.tick();
    expect(store.$index.get()).toBe(last('rfc9293'));
    expect(store.$playing.get()).toBe(false);
    expect(clock.running).toBe(false);
    store.togglePlay();
    expect(store.$index.get()).toBe(0);
    expect(store.$playing.get()).toBe(true);
    store.togglePlay();
    expect(store.$playing.get()).toBe(false);
    expect(clock.running).toBe(false);
  });

  it('keeps two stores apart', () => {
    const a = createStepperStore({ runs });
    const b = createStepperStore({ runs });
    a.forward();
    expect(b.$index.get()).toBe(0);
  });
});

describe('#step=N', () => {
  it.each([
    ['#step=3', { step: 3, profile: null }],
    ['#step=0&profile=linux', { step: 0, profile: 'linux' }],
    ['#profile=rfc9293&step=12', { step: 12, profile: 'rfc9293' }],
    ['#step=-1', { step: null, profile: null }],
    ['#step=abc', { step: null, profile: null }],
    ['#step=2&profile=bsd', { step: 2, profile: null }],
    ['', { step: null, profile: null }],
    ['#intro', { step: null, profile: null }],
  ])('%s → %o', (hash, parsed) => {
    expect(parseStepHash(hash)).toEqual(parsed);
  });

  it.each([
    [4, 'rfc9293', 'rfc9293', '#step=4'],
    [4, 'linux', 'rfc9293', '#step=4&profile=linux'],
    [0, 'linux', 'linux', '#step=0'],
  ] as const)('step %s in %s (default %s) → %s', (step, profile, byDefault, hash) => {
    expect(formatStepHash(step, profile, byDefault)).toBe(hash);
    expect(parseStepHash(hash).step).toBe(step);
  });

  /** A window with a hash, a history that records what is written, and hashchange listeners. */
  function fakeWindow(hash: string) {
    const listeners = new Set<() => void>();
    const written: string[] = [];
    const win: HashWindow = {
      location: { hash },
      history: { state: null, replaceState: (_state, _unused, url) => void written.push(url) },
      addEventListener: (_type, listener) => void listeners.add(listener),
      removeEventListener: (_type, listener) => void listeners.delete(listener),
    };
    const follow = (to: string) => {
      (win.location as { hash: string }).hash = to;
      for (const listener of listeners) listener();
    };
    return { win, written, follow, listeners };
  }
  const twoProfiles = () =>
    createStepperStore({ runs: { rfc9293: simulate(normalOpen({ profile: 'rfc9293' })), linux: simulate(normalOpen({ profile: 'linux' })) } });

  it('the store opens where the URL says, writes each move back, follows a clicked link and stops', () => {
    const store = twoProfiles();
    const { win, written, follow, listeners } = fakeWindow('#step=2&profile=linux');
    const landed: string[] = [];
    const stop = followStepHash(store, { id: 'normal-open', answersStepEquals: true }, { win, onLanded: () => landed.push(win.location.hash) });
    expect([store.$index.get(), store.$profile.get()]).toEqual([2, 'linux']);
    expect(landed).toEqual(['#step=2&profile=linux']);
    expect(written).toEqual([]);
    store.forward();
    store.setProfile('rfc9293');
    expect(written).toEqual(['#step=3&profile=linux', '#step=3']);
    follow('#step=1');
    expect(store.$index.get()).toBe(1);
    follow('#normal-open-step-4');
    expect(store.$index.get()).toBe(4);
    follow('#simultaneous-open-step-2');
    expect(store.$index.get()).toBe(4);
    expect(landed).toEqual(['#step=2&profile=linux', '#step=1', '#normal-open-step-4']);
    stop();
    expect(listeners.size).toBe(0);
    store.forward();
    expect(written.at(-1)).toBe('#step=4');
  });

  const first = { id: 'normal-open', answersStepEquals: true };
  const second = { id: 'simultaneous-open', answersStepEquals: false };
  it.each([
    ['#normal-open-step-3', first, { step: 3, profile: null }],
    ['#step=3', first, { step: 3, profile: null }],
    ['#step=3', second, { step: null, profile: null }],
    ['#simultaneous-open-step-5', second, { step: 5, profile: null }],
    ['#simultaneous-open-step-5&profile=linux', second, { step: 5, profile: 'linux' }],
    ['#simultaneous-open-step-5', first, { step: null, profile: null }],
    ['#simultaneous-open-step-x', second, { step: null, profile: null }],
    ['#simultaneous-open', second, { step: null, profile: null }],
  ] as const)('%s for %o → %o', (hash, link, parsed) => {
    expect(parseStepperHash(hash, link)).toEqual(parsed);
  });

  it('a stepper that is not the first writes its own link, which its static step list carries', () => {
    expect(formatStepHash(2, 'rfc9293', 'rfc9293', second)).toBe(`#${stepAnchor('simultaneous-open', 2)}`);
    expect(formatStepHash(2, 'linux', 'rfc9293', second)).toBe('#simultaneous-open-step-2&profile=linux');
    expect(parseStepperHash(formatStepHash(7, 'linux', 'rfc9293', second), second)).toEqual({ step: 7, profile: 'linux' });
    const store = twoProfiles();
    const { win, written } = fakeWindow('#step=3');
    followStepHash(store, second, { win });
    expect(store.$index.get()).toBe(0);
    store.forward();
    expect(written).toEqual(['#simultaneous-open-step-1']);
  });
});

describe('ladderOf', () => {
  it('draws the handshake: three arrows, each from the row that sent it to the row it arrived', () => {
    const run = simulate(normalOpen());
    const ladder = ladderOf(run);
    expect(ladder.frames).toBe(run.steps.length + 1);
    expect(ladder.arrows.map((a) => [a.from, a.flags, a.numbers, a.sentAt, a.endsAt])).toEqual([
      ['client', 'SYN', 'seq=100', 2, 3],
      ['server', 'SYN+ACK', 'seq=300 ack=101', 3, 4],
      ['client', 'ACK', 'seq=101 ack=301', 4, 5],
    ]);
    expect(ladder.marks.find((m) => m.frame === 2)).toEqual({ frame: 2, side: 'client', call: 'connect', state: 'SYN_SENT' });
    expect(ladder.height).toBe(rowY(ladder.frames - 1) + LADDER.bottom);
  });

  it('stops a lost segment halfway and marks the timer that resends it', () => {
    const ladder = ladderOf(simulate(lostFinalAck()));
    const lost = ladder.arrows.filter((a) => a.lost);
    expect(lost).toHaveLength(1);
    const ends = arrowEnds(lost[0]!);
    expect(ends.x2).toBe((LADDER.x.client + LADDER.x.server) / 2);
    expect(ladder.marks.some((m) => m.side === 'server' && m.timer === 'retransmit')).toBe(true);
  });

  it('every arrow of every library run goes down the page and ends at its event', () => {
    for (const id of SCENARIO_IDS) {
      for (const profile of PROFILES) {
        const run = simulate((SCENARIOS[id].build as (p: { profile: Profile }) => Parameters<typeof simulate>[0])({ profile }));
        const ladder = ladderOf(run);
        const events = run.steps.filter((s) => s.event.kind === 'arrive' || s.event.kind === 'lost').length;
        expect(ladder.arrows, `${id} ${profile}`).toHaveLength(events);
        for (const a of ladder.arrows) expect(a.sentAt, `${id} ${a.id}`).toBeLessThan(a.endsAt);
        const injected = run.segments.filter((s) => s.injected).length;
        expect(ladder.arrows.filter((a) => a.injected)).toHaveLength(injected);
      }
    }
  });
});

describe('explain', () => {
  const languages = { en: enMessages, zh: zhMessages } as const;

  it('says something complete about every frame of every library run, in both languages', () => {
    for (const [locale, { strings, reasons }] of Object.entries(languages) as [keyof typeof languages, typeof enMessages][]) {
      for (const id of SCENARIO_IDS) {
        for (const profile of PROFILES) {
          const run = simulate((SCENARIOS[id].build as (p: { profile: Profile }) => Parameters<typeof simulate>[0])({ profile }));
          const timeline = createTimeline(run);
          for (let i = 0; i < timeline.length; i++) {
            const x = explain(timeline.at(i), timeline.length - 1, strings, reasons, locale);
            const text = [x.heading, x.event, ...x.reasons.map((r) => `${r.text} ${r.cite}`), ...x.notes].join(' ');
            expect(text, `${locale} ${id} ${profile} frame ${i}`).not.toMatch(/undefined|\{\w+\}|NaN/);
            expect(x.event.length).toBeGreaterThan(0);
            if (i > 0) expect(x.reasons.length + x.notes.length, `${locale} ${id} ${profile} frame ${i}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('tells the handshake in English', () => {
    const timeline = createTimeline(simulate(normalOpen()));
    const x = explain(timeline.at(2), timeline.length - 1, enMessages.strings, enMessages.reasons, 'en');
    expect(x.heading).toBe('Step 2 of 5 · t = 0.1 s');
    expect(x.event).toBe('The client calls connect().');
    expect(x.reasons.map((r) => r.cite)).toEqual(['RFC 9293 §3.10.1', 'RFC 9293 §3.10.1']);
    expect(x.reasons[0]?.text).toContain('ISS = 100');
    const arrival = explain(timeline.at(4), timeline.length - 1, enMessages.strings, enMessages.reasons, 'en');
    expect(arrival.event).toBe('SYN+ACK seq=300 ack=101 arrives at the client.');
    expect(arrival.notes).toEqual(['connect() returns.']);
  });

  it('tells a loss in Chinese, from the sender’s side', () => {
    const timeline = createTimeline(simulate(lostFinalAck()));
    const frame = [...Array(timeline.length).keys()].map((i) => timeline.at(i)).find((f) => f.event?.kind === 'lost')!;
    const x = explain(frame, timeline.length - 1, zhMessages.strings, zhMessages.reasons, 'zh');
    expect(x.event).toMatch(/^客户端发出的 ACK seq=\d+ ack=\d+ 在网络中丢失。$/);
    expect(x.notes).toEqual([zhMessages.strings.lost]);
  });

  it.each([
    [0.1, '0.1'],
    [0.25, '0.25'],
    [240.3504, '240.35'],
    [60.7, '60.7'],
  ])('writes %s s as %s', (t, text) => {
    expect(seconds(t)).toBe(text);
  });
});

describe('stepperBuild', () => {
  it.each([
    ['normal-open', ['rfc9293']],
    ['close-from-client', ['rfc9293', 'linux']],
    ['three-segment-close', ['linux', 'rfc9293']],
    ['old-duplicate-after-reconnect', ['rfc9293']],
  ] as const)('offers %s in %o (only profiles whose trace differs)', (scenario, offered) => {
    expect(stepperBuild({ scenario }, 'en').profiles).toEqual(offered);
  });

  it('puts the profile the lesson asks for first', () => {
    expect(stepperBuild({ scenario: 'close-from-client', params: { profile: 'linux' } }, 'zh').profiles).toEqual(['linux', 'rfc9293']);
  });

  it('hands the island the run of each offered profile, built from the lesson\'s params', () => {
    const built = stepperBuild({ scenario: 'close-from-client', params: { clientIsn: 7 } }, 'en');
    expect(built.runs).toEqual([
      simulate(SCENARIOS['close-from-client'].build({ clientIsn: 7, profile: 'rfc9293' })),
      simulate(SCENARIOS['close-from-client'].build({ clientIsn: 7, profile: 'linux' })),
    ]);
    expect(Object.keys(byProfile(built.runs))).toEqual(['rfc9293', 'linux']);
  });

  it.each(SCENARIO_IDS)('%s: its runs come through their data file (packed, as JSON) as they were built, all but the scenario', (scenario) => {
    for (const { scenario: _scenario, ...replay } of stepperBuild({ scenario }, 'en').runs) {
      const shipped = unpackRun(JSON.parse(JSON.stringify(packRun({ scenario: _scenario, ...replay }))) as PackedRun);
      expect(shipped).toEqual(replay);
      // Shared again: a step's sent segment is the run's own object.
      for (const step of shipped.steps) for (const segment of step.sent) expect(segment).toBe(shipped.segments[segment.id]);
    }
  });

  it('a packed run is smaller than the run as plain JSON', () => {
    const [run] = stepperBuild({ scenario: 'old-duplicate-after-reconnect' }, 'en').runs;
    expect(JSON.stringify(packRun(run)).length).toBeLessThan(JSON.stringify(run).length * 0.7);
  });

  it('builds the run of the lesson\'s params (ack 0 after ISN 2^32 − 1)', () => {
    expect(stepperBuild({ scenario: 'normal-open', params: { clientIsn: 4294967295 } }, 'en').runs[0].segments[1]?.segment.ack).toBe(0);
  });

  it('refuses an unknown scenario with a message naming it', () => {
    expect(() => stepperBuild({ scenario: 'jump' as never }, 'en')).toThrow(/scenario="jump"/);
  });
});

describe('stepperIslandStrings', () => {
  /** The strings, failing the test on any read of one that was left out. */
  const strict = (picked: Partial<StepperStrings>): StepperStrings =>
    new Proxy(picked, {
      get: (target, key) => {
        if (typeof key === 'string' && !(key in target)) throw new Error(`stepper string "${key}" was left out`);
        return target[key as keyof StepperStrings];
      },
    }) as StepperStrings;

  it.each(SCENARIO_IDS)('leaves out nothing a stepper of %s shows, frame by frame, in every profile it offers', (scenario) => {
    for (const [locale, messages] of [['en', enMessages], ['zh', zhMessages]] as const) {
      const built = stepperBuild({ scenario }, locale);
      const picked = stepperIslandStrings(messages.strings, built.runs);
      const s = strict(picked);
      for (const run of built.runs) {
        const timeline = createTimeline(run);
        for (let i = 0; i < timeline.length; i++) explain(timeline.at(i), timeline.length - 1, s, messages.reasons, locale);
        // The ladder names the timers that fire; the controls are always there.
        for (const step of run.steps) if (step.event.kind === 'timer') expect(picked[`timer.${step.event.timer}`]).toBeDefined();
      }
      for (const key of ['label', 'diagram', 'back', 'forward', 'reset', 'play', 'pause', 'keys'] as const) expect(picked[key]).toBeDefined();
      expect(picked.profile !== undefined, 'the profile choice is labelled exactly when there is one').toBe(built.profiles.length > 1);
      for (const p of built.profiles) if (built.profiles.length > 1) expect(picked[`profile.${p}`]).toBeDefined();
    }
  });

  it('leaves out the strings of events the runs do not have', () => {
    const built = stepperBuild({ scenario: 'normal-open' }, 'en');
    const picked = stepperIslandStrings(enMessages.strings, built.runs);
    for (const key of ['event.lost', 'lost', 'event.inject', 'event.timer', 'timer.retransmit', 'fails', 'profile'] as const) expect(picked[key], key).toBeUndefined();
    const lossy = stepperBuild({ scenario: 'lost-final-ack' }, 'en');
    const withLoss = stepperIslandStrings(enMessages.strings, lossy.runs);
    expect(withLoss['event.lost']).toBeDefined();
    expect(withLoss['timer.retransmit']).toBeDefined();
  });
});
