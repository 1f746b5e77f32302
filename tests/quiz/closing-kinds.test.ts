// The closing half's own kinds: how many segments a close takes, how long TIME_WAIT lasts, which
// side ends in it. Each answer is checked against what the core does (its run, or its profile's
// constants), each kind's generation is deterministic per seed, and every wrong answer the
// misconceptions name is named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINUX_FIN_TIMEOUT, LINUX_TIMEWAIT_LEN, PROFILE_RULES } from '../../src/core/profiles.ts';
import type { Profile } from '../../src/core/types.ts';
import { closeRun, CLOSE_WAITS_MS, closeSegments, closeSegmentsQuestion, gradeCloseSegments } from '../../src/quiz/kinds/close-segments.ts';
import { FIN_TIMEOUTS, gradeTimeWaitLength, MSLS, nominalTimeWait, timeWaitLength, timeWaitLengthQuestion } from '../../src/quiz/kinds/time-wait-length.ts';
import { gradeTimeWaitSide, timeWaitSide, timeWaitSideQuestion, type CloseStory } from '../../src/quiz/kinds/time-wait-side.ts';
import { createRng } from '../../src/quiz/random.ts';
import { seedOf } from '../../src/quiz/seed.ts';
import type { QuizPool } from '../../src/quiz/pool.ts';

const NO_POOL: QuizPool = { segments: [], situations: [] };
const seeds = fc.integer({ min: 0, max: 0xffffffff }).map(seedOf);
const isn = fc.integer({ min: 0, max: 0xffffffff });
const profiles = fc.constantFrom<Profile>('rfc9293', 'linux');
/** The questions a kind makes from one seed. */
const dealt = <Q>(module: { generator: (pool: QuizPool, rng: ReturnType<typeof createRng>) => () => Q }, seed: number, n = 4) => {
  const make = module.generator(NO_POOL, createRng(seedOf(seed)));
  return Array.from({ length: n }, make);
};

describe('close-segments', () => {
  it('is the same quiz for the same seed', () => {
    fc.assert(fc.property(seeds, (seed) => {
        expect(dealt(closeSegments, seed)).toEqual(dealt(closeSegments, seed));
      }), { numRuns: 20 });
  });

  // [profile, bytes before the close, the server's wait (ms), segments from the client's FIN on]
  const counts: [Profile, number, number, number][] = [
    ['rfc9293', 5, 0, 4],
    ['rfc9293', 0, 500, 4],
    // Linux holds the ACK of a FIN 40 ms after data, so a close within that time sends FIN+ACK.
    ['linux', 5, 0, 3],
    ['linux', 5, 25, 3],
    ['linux', 5, 100, 4],
    // With nothing received, Linux acknowledges the FIN after about 1.5 ms.
    ['linux', 0, 0, 3],
    ['linux', 0, 10, 4],
  ];
  it.each(counts)('%s, %i bytes, close after %i ms: %i segments', (profile, bytes, waitMs, expected) => {
    const q = closeSegmentsQuestion({ profile, bytes, waitMs, clientIsn: 100, serverIsn: 300 });
    expect(q.answer).toBe(expected);
    expect(gradeCloseSegments(q, String(expected))).toMatchObject({ correct: true, given: expected });
    expect(q.story.at(-1)).toEqual({ type: 'call', side: 'client', call: 'close' });
    expect(q.prompt).toEqual({ key: 'quiz.ask.close_segments', params: { wait: waitMs } });
  });

  it('answers what the run put on the wire from the client’s FIN on, whatever the numbers', () => {
    fc.assert(
      fc.property(profiles, fc.constantFrom(...CLOSE_WAITS_MS), fc.constantFrom(0, 5), isn, isn, (profile, waitMs, bytes, clientIsn, serverIsn) => {
        const params = { profile, waitMs, bytes, clientIsn, serverIsn };
        const run = closeRun(params);
        const fin = run.segments.find((s) => s.from === 'client' && s.segment.flags.includes('FIN'))!;
        const q = closeSegmentsQuestion(params);
        expect(q.answer).toBe(run.segments.filter((s) => s.id >= fin.id).length);
        expect([3, 4]).toContain(q.answer);
        // Three segments: the FIN+ACK takes FIN_WAIT_1 straight to TIME_WAIT; four: FIN_WAIT_2 first.
        expect(q.explanation.map((r) => r.key)).toContain(q.answer === 3 ? 'fin_wait_1.rcv_fin_ack_of_fin' : 'fin_wait_2.rcv_fin');
      }),
      { numRuns: 40 },
    );
  });

  it('names an ACK TIME_WAIT is thought to send by itself, and reads typed amounts strictly', () => {
    const four = closeSegmentsQuestion({ profile: 'rfc9293', bytes: 5, waitMs: 100, clientIsn: 1, serverIsn: 2 });
    expect(gradeCloseSegments(four, '5')).toMatchObject({ correct: false, misconception: 'time_wait_sends_ack' });
    expect(gradeCloseSegments(four, '3').misconception).toBeUndefined();
    expect(gradeCloseSegments(four, ' 4 ').correct).toBe(true);
    expect(gradeCloseSegments(four, '-4')).toMatchObject({ correct: false, inputError: 'negative_amount' });
    expect(gradeCloseSegments(four, '')).toMatchObject({ correct: false, inputError: 'empty' });
    expect(gradeCloseSegments(four, 'four')).toMatchObject({ correct: false, inputError: 'not_a_number' });
    const three = closeSegmentsQuestion({ profile: 'linux', bytes: 5, waitMs: 0, clientIsn: 1, serverIsn: 2 });
    expect(gradeCloseSegments(three, '4').misconception).toBeUndefined();
  });
});

describe('time-wait-length', () => {
  it('is the same quiz for the same seed', () => {
    fc.assert(fc.property(seeds, (seed) => {
        expect(dealt(timeWaitLength, seed)).toEqual(dealt(timeWaitLength, seed));
      }), { numRuns: 20 });
  });

  it('is the profile’s nominal TIME_WAIT: 2 × MSL in the textbook, TCP_TIMEWAIT_LEN on Linux', () => {
    expect(LINUX_TIMEWAIT_LEN).toBe(60);
    fc.assert(
      fc.property(profiles, fc.constantFrom(...MSLS), fc.constantFrom(...FIN_TIMEOUTS), isn, isn, (profile, msl, finTimeout, c, s) => {
        const q = timeWaitLengthQuestion(profile, msl, finTimeout, c, s);
        expect(q.answer).toBe(profile === 'linux' ? LINUX_TIMEWAIT_LEN : PROFILE_RULES.rfc9293.timeWait(msl));
        expect(q.answer).toBe(nominalTimeWait(profile, msl));
        expect(gradeTimeWaitLength(q, String(q.answer)).correct).toBe(true);
        // The story ends with the client's last ACK, the one that starts TIME_WAIT.
        expect(q.story.at(-1)).toMatchObject({ type: 'segment', from: 'client', flags: ['ACK'] });
        expect(q.explanation.map((r) => r.key)).toEqual(['fin_wait_2.rcv_fin', 'time_wait.send_ack_fin', 'time_wait.timeout']);
      }),
      { numRuns: 30 },
    );
  });

  it('is the nominal value, not the simulated exit (Linux’s timer wheel makes that later)', () => {
    const q = timeWaitLengthQuestion('linux', 120, 30, 1, 2);
    expect(PROFILE_RULES.linux.timerDelay(PROFILE_RULES.linux.timeWait(120))).toBeGreaterThan(q.answer);
    expect(q.answer).toBe(60);
    expect(q.prompt).toEqual({ key: 'quiz.ask.time_wait_length.linux', params: { finTimeout: 30 } });
    expect(timeWaitLengthQuestion('rfc9293', 30, 30, 1, 2)).toMatchObject({ answer: 60, prompt: { key: 'quiz.ask.time_wait_length.rfc9293', params: { msl: 30 } } });
  });

  it('names tcp_fin_timeout taken for TIME_WAIT, on Linux', () => {
    for (const finTimeout of FIN_TIMEOUTS) {
      const q = timeWaitLengthQuestion('linux', 120, finTimeout, 1, 2);
      expect(gradeTimeWaitLength(q, String(finTimeout))).toMatchObject({ correct: false, misconception: 'fin_timeout_for_time_wait' });
    }
    // The default tcp_fin_timeout equals TIME_WAIT's 60 s: the quiz never shows it, or the trap would be the answer.
    expect(FIN_TIMEOUTS).not.toContain(LINUX_FIN_TIMEOUT);
    const textbook = timeWaitLengthQuestion('rfc9293', 120, 30, 1, 2);
    expect(gradeTimeWaitLength(textbook, '30').misconception).toBeUndefined();
    expect(gradeTimeWaitLength(textbook, '240').correct).toBe(true);
  });
});

describe('time-wait-side', () => {
  it('is the same quiz for the same seed', () => {
    fc.assert(fc.property(seeds, (seed) => {
        expect(dealt(timeWaitSide, seed)).toEqual(dealt(timeWaitSide, seed));
      }), { numRuns: 20 });
  });

  const sides: [CloseStory, string, string | null][] = [
    ['close-from-client', 'client', 'client'],
    ['close-from-server', 'server', 'server'],
    ['simultaneous-close', 'both', null],
  ];
  for (const profile of ['rfc9293', 'linux'] as const) {
    it.each(sides)(`${profile}: %s → %s`, (story, answer, closedFirst) => {
      const q = timeWaitSideQuestion(story, profile, 100, 300);
      expect(q.answer).toBe(answer);
      expect(q.closedFirst).toBe(closedFirst);
      expect(gradeTimeWaitSide(q, q.answer).correct).toBe(true);
      expect(q.options).toEqual(['client', 'server', 'both']);
    });
  }

  it('names TIME_WAIT on the side that closed second, and only that', () => {
    const q = timeWaitSideQuestion('close-from-server', 'linux', 1, 2);
    expect(gradeTimeWaitSide(q, 'client')).toMatchObject({ correct: false, misconception: 'time_wait_on_passive_closer' });
    expect(gradeTimeWaitSide(q, 'both').misconception).toBeUndefined();
    expect(gradeTimeWaitSide(q, null)).toMatchObject({ correct: false, given: null });
    const both = timeWaitSideQuestion('simultaneous-close', 'rfc9293', 1, 2);
    expect(gradeTimeWaitSide(both, 'client').misconception).toBeUndefined();
  });

  it('explains with the arcs into TIME_WAIT and out of LAST_ACK', () => {
    expect(timeWaitSideQuestion('close-from-client', 'rfc9293', 1, 2).explanation.map((r) => r.key)).toEqual(['fin_wait_2.rcv_fin', 'last_ack.rcv_ack_of_fin']);
    expect(timeWaitSideQuestion('simultaneous-close', 'rfc9293', 1, 2).explanation.map((r) => r.key)).toEqual(['closing.rcv_ack_of_fin', 'closing.rcv_ack_of_fin']);
  });
});
